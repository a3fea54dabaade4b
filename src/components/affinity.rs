//! The interest shown in each role, as labelled bars.

use crate::quiz::{text::fill, TEXT};
use yew::prelude::*;

/// The words for an interest figure. Words, not percentages: "0 %" would read as "no fit at
/// all", and two middling figures would read as a strong fit for both.
pub fn interest_word(percent: u8) -> &'static str {
    match percent {
        67.. => TEXT.interest_strong,
        34.. => TEXT.interest_some,
        _ => TEXT.interest_little,
    }
}

/// Bars whose text carries the level, so nothing depends on seeing the bar. `rows` holds
/// (role title, interest in %, is the recommended role) in display order.
pub fn interest_bars(rows: &[(&'static str, u8, bool)]) -> Html {
    html! {
        <ul class="affinity" role="list">
            { for rows.iter().enumerate().map(|(i, (title, pct, named))| {
                let text = fill(TEXT.affinity_bar, &[("role", title), ("level", interest_word(*pct))]);
                let id = ["affinity-", &i.to_string()].concat();
                // States are data attributes, not extra classes: a class list that is not a
                // literal costs Yew's `Classes` set, ~3 KB of WebAssembly gzipped.
                // A <meter> instead of a styled div: no inline style (strict CSP) and it is
                // announced with its label's words.
                html! {
                    <li class="bar-row" data-lead={named.then_some("")}>
                        <span class="bar-label" id={id.clone()}>{ text }</span>
                        <meter min="0" max="100" value={pct.to_string()} aria-labelledby={id}></meter>
                    </li>
                }
            }) }
        </ul>
    }
}
