//! The career path drawn as a ladder: first promotion at the bottom, top job at the top.

use crate::quiz::model::Late;
use yew::prelude::*;

/// An ordered list, so screen readers read the steps in career order; CSS flips it visually.
pub fn career_ladder(steps: &[Late]) -> Html {
    html! {
        <ol class="ladder">
            { for steps.iter().enumerate().map(|(i, step)| html! {
                <li class="rung"><span class="rung-n" aria-hidden="true">{ i + 1 }</span>{ step.get() }</li>
            }) }
        </ol>
    }
}
