//! The result: recommended role (or close call), affinities, the why, and the role's facts.

use crate::components::affinity::affinity_bars;
use crate::components::facts::{emerging, source_note};
use crate::components::role_details::role_details;
use crate::components::HEADING_ID;
use crate::quiz::{
    bank, bank_for, score, text::fill, Answer, Verdict, CALL_TO_ACTION, CONTENT_VERSION, TEXT,
};
use yew::prelude::*;

/// Props for [`ResultPage`].
#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// Complete answers to score.
    pub answers: Vec<Answer>,
    /// Content version the answers were given to (older ones come from shared links).
    #[prop_or(CONTENT_VERSION)]
    pub version: u8,
    /// Opened from someone else's link.
    #[prop_or_default]
    pub shared: bool,
    /// Share panel, shown under the verdict (own results only).
    #[prop_or_default]
    pub share: Html,
    /// Own result: retake; shared result: take the quiz yourself.
    pub on_retake: Callback<()>,
    /// Forget saved answers (own results only).
    #[prop_or_default]
    pub on_start_over: Option<Callback<()>>,
}

/// The result screen for own and shared results alike.
#[function_component]
pub fn ResultPage(p: &ResultProps) -> Html {
    let b = bank_for(p.version).unwrap_or_else(bank);
    let Ok(out) = score(&b, &p.answers) else {
        return Html::default();
    };
    let lead = out.verdict.lead();
    let (kicker, title, featured): (&str, String, Vec<usize>) = match out.verdict {
        Verdict::Clear { role } => (
            TEXT.result_kicker,
            b.roles[role].title.to_string(),
            vec![role],
        ),
        Verdict::CloseCall { first, second } => (
            TEXT.result_close_kicker,
            fill(
                TEXT.result_close,
                &[
                    ("role", b.roles[first].title),
                    ("other", b.roles[second].title),
                ],
            ),
            vec![first, second],
        ),
    };
    // Roles by affinity, highest first (a selection loop: a sort would cost wasm bytes).
    let mut left: Vec<u32> = out.percents.iter().map(|&p| u32::from(p) + 1).collect();
    let rows = (0..b.roles.len())
        .map(|_| {
            let r = crate::quiz::score::top_index(&left);
            left[r] = 0;
            (b.roles[r].title, out.percents[r], r == lead)
        })
        .collect::<Vec<_>>();
    let why = out.reasons.iter().map(|r| {
        let q = &b.questions[r.question];
        let item = fill(
            TEXT.why_item,
            &[("answer", q.options[r.option].label), ("prompt", q.prompt)],
        );
        html! { <li data-toward={b.roles[r.toward].id}>{ item }</li> }
    });
    let retake = p.on_retake.clone();
    let retake_label = if p.shared {
        TEXT.take_yourself
    } else {
        TEXT.retake
    };
    let start_over = p.on_start_over.clone().map(|cb| {
        html! {
            <button type="button" class="secondary" onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>
                { TEXT.start_over }
            </button>
        }
    });
    html! {
        <section class="screen result" data-role={b.roles[lead].id}>
            if p.shared {
                <p class="shared-banner">{ TEXT.shared_banner }</p>
            }
            <p class="kicker">{ kicker }</p>
            <h1 id={HEADING_ID} tabindex="-1">{ title }</h1>
            <section aria-labelledby="affinity-h">
                <h2 id="affinity-h">{ TEXT.affinity_heading }</h2>
                { affinity_bars(&rows) }
            </section>
            <section aria-labelledby="why-h" class="why">
                <h2 id="why-h">{ TEXT.why_heading }</h2>
                <ul>{ for why }</ul>
            </section>
            { p.share.clone() }
            { for featured.iter().map(|&r| html! {
                <section class="role" aria-labelledby={format!("role-{}", b.roles[r].id)}>
                    <h2 id={format!("role-{}", b.roles[r].id)}>{ b.roles[r].title }</h2>
                    { role_details(&b.roles[r]) }
                </section>
            }) }
            { emerging() }
            <aside class="cta">
                <p>{ CALL_TO_ACTION.text }</p>
                <a class="button primary" href={CALL_TO_ACTION.url} target="_top">{ CALL_TO_ACTION.link_text }</a>
            </aside>
            <div class="actions">
                <button type="button" class={if p.shared { "primary" } else { "secondary" }}
                    onclick={Callback::from(move |_: MouseEvent| retake.emit(()))}>{ retake_label }</button>
                { for start_over }
            </div>
            { source_note() }
        </section>
    }
}
