//! "Question 3 of at least 10" with a progress bar.
//!
//! The stateless pieces of the UI are plain functions returning `Html`, not components: a
//! function component costs WebAssembly in lifecycle code they do not need (README, "Why the
//! code looks like this").

use crate::quiz::{text::num, words::progress_label, TEXT};
use yew::prelude::*;

/// Where the person is in the quiz: `current` counts from 1; the bar runs to `total`, the most
/// questions there can be.
pub fn progress(current: usize, core: usize, total: usize) -> Html {
    let (n, total) = (num(current), num(total));
    let label = progress_label(current, core, &TEXT);
    html! {
        <div class="progress">
            <p class="progress-text">{ label }</p>
            <progress max={total} value={n} aria-label={TEXT.progress_label.get()}></progress>
        </div>
    }
}
