//! "Question 3 of at least 10" with a progress bar.
//!
//! The stateless pieces of the UI are plain functions returning `Html`, not components: each
//! function component costs about 2 KB of WebAssembly in lifecycle code that they do not need.

use crate::quiz::{text::fill, TEXT};
use yew::prelude::*;

/// Where the person is in the quiz: `current` counts from 1. The quiz asks at least `core`
/// questions and at most `total`, so the words never promise a fixed end and the bar runs to
/// the most there can be.
pub fn progress(current: usize, core: usize, total: usize) -> Html {
    let (n, core_s, total) = (current.to_string(), core.to_string(), total.to_string());
    let template = if current > core {
        TEXT.progress_more
    } else {
        TEXT.progress
    };
    let label = fill(template, &[("n", &n), ("core", &core_s), ("total", &total)]);
    html! {
        <div class="progress">
            <p class="progress-text">{ label }</p>
            <progress max={total} value={n} aria-label={TEXT.progress_label}></progress>
        </div>
    }
}
