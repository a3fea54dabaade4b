//! "Question 3 of at least 10" with a progress bar.
//!
//! The stateless pieces of the UI are plain functions returning `Html`, not components: a
//! function component costs WebAssembly in lifecycle code they do not need (README, "Why the
//! code looks like this").

use crate::quiz::{text::fill, TEXT};
use yew::prelude::*;

/// The words for question `current` (from 1) of a quiz that asks at least `core` questions:
/// they never promise a fixed end. Shown above the bar and announced to screen readers.
pub fn progress_label(current: usize, core: usize) -> String {
    let template = if current > core {
        TEXT.progress_more.get()
    } else {
        TEXT.progress.get()
    };
    fill(
        template,
        &[("n", &current.to_string()), ("core", &core.to_string())],
    )
}

/// Where the person is in the quiz: `current` counts from 1; the bar runs to `total`, the most
/// questions there can be.
pub fn progress(current: usize, core: usize, total: usize) -> Html {
    let (n, total) = (current.to_string(), total.to_string());
    let label = progress_label(current, core);
    html! {
        <div class="progress">
            <p class="progress-text">{ label }</p>
            <progress max={total} value={n} aria-label={TEXT.progress_label.get()}></progress>
        </div>
    }
}
