//! "Question 3 of 14" with a progress bar.
//!
//! The stateless pieces of the UI are plain functions returning `Html`, not components: each
//! function component costs about 2 KB of WebAssembly in lifecycle code that they do not need.

use crate::quiz::{text::fill, TEXT};
use yew::prelude::*;

/// Where the person is in the quiz: `current` counts from 1.
pub fn progress(current: usize, total: usize) -> Html {
    let (n, total) = (current.to_string(), total.to_string());
    let label = fill(TEXT.progress, &[("n", &n), ("total", &total)]);
    html! {
        <div class="progress">
            <p class="progress-text">{ label }</p>
            <progress max={total} value={n} aria-label={TEXT.progress_label}></progress>
        </div>
    }
}
