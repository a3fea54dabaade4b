//! Fixtures shared by the native test files: one PRNG, answer generators, answers by label,
//! and the SSR render helper. Each file takes what it needs (`mod common;`).
#![allow(dead_code)]

use role_quiz::quiz::{bank, order, Answer, Bank, QuestionKind};

/// The project's one generator (SplitMix64 over `quiz::order::mix`), so failures reproduce.
pub use role_quiz::sim::Rng;

/// A complete answer set picked uniformly at random.
pub fn random_full(b: &Bank, rng: &mut Rng) -> Vec<Answer> {
    b.questions
        .iter()
        .map(|q| Some(rng.below(q.options.len()) as u8))
        .collect()
}

/// Index of the option of question `qi` whose label starts with `prefix`; panics with the
/// question and prefix so a persona typo reads clearly.
pub fn option_starting(b: &Bank, qi: usize, prefix: &str) -> u8 {
    let q = &b.questions[qi];
    let found = q
        .options
        .iter()
        .position(|o| o.label.get().starts_with(prefix));
    found.unwrap_or_else(|| panic!("{} has no option starting {prefix:?}", q.id.get())) as u8
}

/// Answers given as (question id, label prefix) pairs, in any order; every question must be
/// answered.
pub fn answers_by_label(who: &str, pairs: &[(&str, &str)]) -> Vec<Answer> {
    let b = bank();
    b.questions
        .iter()
        .enumerate()
        .map(|(qi, q)| {
            let (_, label) = pairs
                .iter()
                .find(|(id, _)| *id == q.id.get())
                .unwrap_or_else(|| panic!("{who}: no answer for {}", q.id.get()));
            Some(option_starting(&b, qi, label))
        })
        .collect()
}

/// The option shown at `position` (from 0) to the person with `seed`.
pub fn shown_at(b: &Bank, seed: u32, qi: usize, position: usize) -> u8 {
    let o = order::shown(seed, qi, &b.questions[qi]);
    o[position.min(o.len() - 1)]
}

/// True for statements.
pub fn is_statement(b: &Bank, qi: usize) -> bool {
    b.questions[qi].kind == QuestionKind::Scale
}

/// The answer of someone drawn to role `r` at question `qi`: "Strongly agree" with its
/// statements and "Strongly disagree" with the others; in a scenario, the first option of that
/// role in the order the person with `seed` sees (file order without a seed).
pub fn keyed_answer(b: &Bank, qi: usize, r: usize, seed: Option<u32>) -> u8 {
    let q = &b.questions[qi];
    let mine = |o: u8| q.options[usize::from(o)].weights[r] > 0;
    match q.kind {
        QuestionKind::Scale if mine(4) => 4,
        QuestionKind::Scale => 0,
        QuestionKind::Choice => {
            let order = match seed {
                Some(seed) => order::shown(seed, qi, q),
                None => (0..q.options.len() as u8).collect(),
            };
            order.into_iter().find(|&o| mine(o)).unwrap_or(0)
        }
    }
}

/// Every answer of someone drawn to the role with this id, in file order.
pub fn answers_as(b: &Bank, id: &str) -> Vec<Answer> {
    let r = role(b, id);
    (0..b.questions.len())
        .map(|qi| Some(keyed_answer(b, qi, r, None)))
        .collect()
}

/// The role index with this id.
pub fn role(b: &Bank, id: &str) -> usize {
    b.roles
        .iter()
        .position(|r| r.id == id)
        .unwrap_or_else(|| panic!("no role {id}"))
}

/// Text as a person reads it: HTML escapes undone for the few characters our content uses.
pub fn readable(html: &str) -> String {
    html.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Props of [`Show`].
#[derive(yew::Properties, PartialEq)]
pub struct ShowProps {
    pub html: yew::Html,
}

/// Shows ready-made markup: pages that are plain functions, not components (a component costs
/// the WebAssembly ~1 KB gzip), render and mount through it.
#[yew::function_component]
pub fn Show(p: &ShowProps) -> yew::Html {
    p.html.clone()
}

/// Renders markup made by a page function, as [`render`] does a component.
#[cfg(not(target_arch = "wasm32"))]
pub async fn render_html(html: yew::Html) -> String {
    render::<Show>(ShowProps { html }).await
}

/// Renders a component to HTML the way a browser would first see it (no hydration markers).
#[cfg(not(target_arch = "wasm32"))]
pub async fn render<C: yew::BaseComponent>(props: C::Properties) -> String {
    let html = yew::LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    readable(&html)
}
