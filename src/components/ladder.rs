//! The career path as a ladder: first promotion first, top job last, as the list reads.

use crate::quiz::{model::Late, text::num};
use yew::prelude::*;

/// An ordered list: screen readers and eyes read the steps in the same career order.
pub fn career_ladder(steps: &[Late]) -> Html {
    html! {
        <ol class="ladder">
            { for steps.iter().enumerate().map(|(i, step)| html! {
                <li class="rung"><span class="rung-n" aria-hidden="true">{ num(i + 1) }</span>{ step.get() }</li>
            }) }
        </ol>
    }
}
