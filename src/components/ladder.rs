//! The career path drawn as a ladder: first promotion at the bottom, top job at the top.

use yew::prelude::*;

/// Props for [`CareerLadder`].
#[derive(Properties, PartialEq)]
pub struct LadderProps {
    /// Steps in order, first promotion first.
    pub steps: &'static [&'static str],
}

/// An ordered list, so screen readers read the steps in career order; CSS flips it visually.
#[function_component]
pub fn CareerLadder(p: &LadderProps) -> Html {
    html! {
        <ol class="ladder">
            { for p.steps.iter().enumerate().map(|(i, step)| html! {
                <li class="rung"><span class="rung-n" aria-hidden="true">{ i + 1 }</span>{ *step }</li>
            }) }
        </ol>
    }
}
