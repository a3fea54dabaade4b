//! role-quiz: which AI role fits you? A Yew app over a pure quiz core.

pub mod quiz;
