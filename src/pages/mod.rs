//! The screens: one function per screen, returning `Html` (the app's only component is `App`,
//! which holds the state; `RolePage` is rendered by the build step only). A function is cheaper
//! than a component: README, "Why the code looks like this".

pub mod intro;
pub mod message;
pub mod question;
pub mod result;
pub mod role;
