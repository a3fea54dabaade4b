//! Hooks that connect the pure state to the browser.

pub mod use_quiz;
