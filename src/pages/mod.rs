//! Route targets: one component per screen.

pub mod intro;
pub mod message;
pub mod question;
pub mod result;
pub mod role;
