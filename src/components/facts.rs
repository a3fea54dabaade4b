//! Article facts shared by the result and the role pages.

use crate::quiz::model::Fact;
use crate::quiz::{text::fill, EMERGING, SOURCE, TEXT};
use yew::prelude::*;

/// Named facts as a description list.
pub fn fact_list(facts: &[Fact]) -> Html {
    html! {
        <dl class="facts">
            { for facts.iter().map(|f| html! { <div><dt>{ f.name.get() }</dt><dd>{ f.detail.get() }</dd></div> }) }
        </dl>
    }
}

/// The article's emerging technologies, common to every role.
pub fn emerging() -> Html {
    html! {
        <section aria-labelledby="emerging-h">
            <h2 id="emerging-h">{ TEXT.emerging_heading.get() }</h2>
            { fact_list(EMERGING) }
        </section>
    }
}

/// Where the facts come from.
pub fn source_note() -> Html {
    html! {
        <p class="source">{ fill(TEXT.source_note.get(), &[("publisher", SOURCE.publisher.get()), ("title", SOURCE.title.get())]) }</p>
    }
}
