//! Article facts shared by the result and the role pages.

use crate::quiz::model::Fact;
use crate::quiz::{text::fill, EMERGING, SOURCE, TEXT};
use yew::prelude::*;

/// Props for [`FactList`].
#[derive(Properties, PartialEq)]
pub struct FactListProps {
    /// Name and explanation pairs.
    pub facts: &'static [Fact],
}

/// Named facts as a description list.
#[function_component]
pub fn FactList(p: &FactListProps) -> Html {
    html! {
        <dl class="facts">
            { for p.facts.iter().map(|f| html! { <div><dt>{ f.name }</dt><dd>{ f.detail }</dd></div> }) }
        </dl>
    }
}

/// The article's emerging technologies, common to every role.
#[function_component]
pub fn Emerging() -> Html {
    html! {
        <section aria-labelledby="emerging-h">
            <h2 id="emerging-h">{ TEXT.emerging_heading }</h2>
            <FactList facts={EMERGING} />
        </section>
    }
}

/// Where the facts come from.
#[function_component]
pub fn SourceNote() -> Html {
    html! {
        <p class="source">{ fill(TEXT.source_note, &[("publisher", SOURCE.publisher), ("title", SOURCE.title)]) }</p>
    }
}
