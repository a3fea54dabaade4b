//! The interest shown in each role, as labelled bars.

use crate::quiz::{
    text::{fill, num},
    words::interest_word,
    TEXT,
};
use yew::prelude::*;

/// Bars whose text carries the level, so nothing depends on seeing the bar. `rows` holds
/// (role title, interest in %, interest shown, is the recommended role) in display order.
pub fn interest_bars(rows: &[(&'static str, u8, bool, bool)]) -> Html {
    html! {
        <ul class="affinity" role="list">
            { for rows.iter().enumerate().map(|(i, (title, pct, shown, named))| {
                let text = fill(TEXT.affinity_bar.get(), &[("role", title), ("level", interest_word(*pct, *shown, &TEXT))]);
                let id = ["affinity-", &num(i)].concat();
                // States are data attributes, not extra classes: a class list that is not a
                // literal costs Yew's `Classes` set, ~3 KB of WebAssembly gzipped.
                // A <meter> instead of a styled div: no inline style (strict CSP) and it is
                // announced with its label's words.
                html! {
                    <li class="bar-row" data-lead={named.then_some("")}>
                        <span class="bar-label" id={id.clone()}>{ text }</span>
                        <meter min="0" max="100" value={num(usize::from(*pct))} aria-labelledby={id}></meter>
                    </li>
                }
            }) }
        </ul>
    }
}
