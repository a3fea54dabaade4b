//! "Question 3 of 14" with a progress bar.

use crate::quiz::{text::fill, TEXT};
use yew::prelude::*;

/// Props for [`Progress`].
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// Question number from 1.
    pub current: usize,
    /// Number of questions.
    pub total: usize,
}

/// Where the person is in the quiz.
#[function_component]
pub fn Progress(p: &ProgressProps) -> Html {
    let (n, total) = (p.current.to_string(), p.total.to_string());
    let label = fill(TEXT.progress, &[("n", &n), ("total", &total)]);
    html! {
        <div class="progress">
            <p class="progress-text">{ label }</p>
            <progress max={total} value={n} aria-label={TEXT.progress_label}></progress>
        </div>
    }
}
