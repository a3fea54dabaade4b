//! Each role's affinity as a labelled bar.

use crate::quiz::{text::fill, TEXT};
use yew::prelude::*;

/// Bars whose text carries the figure, so nothing depends on seeing the bar. `rows` holds
/// (role title, percent, is the lead role) in display order.
pub fn affinity_bars(rows: &[(&'static str, u8, bool)]) -> Html {
    html! {
        <ul class="affinity" role="list">
            { for rows.iter().enumerate().map(|(i, (title, pct, lead))| {
                let percent = pct.to_string();
                let text = fill(TEXT.affinity_bar, &[("role", title), ("percent", &percent)]);
                let id = format!("affinity-{i}");
                // A <meter> instead of a styled div: no inline style (strict CSP) and it is
                // announced as a value.
                html! {
                    <li class={classes!("bar-row", lead.then_some("lead"))}>
                        <span class="bar-label" id={id.clone()}>{ text }</span>
                        <meter min="0" max="100" value={percent} aria-labelledby={id}></meter>
                    </li>
                }
            }) }
        </ul>
    }
}
