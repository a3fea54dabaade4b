//! The result: how sure it is, the recommended role (or both, or none yet), the interest shown
//! in each role, why, and the roles' facts.

use crate::components::affinity::interest_bars;
use crate::components::facts::{emerging, source_note};
use crate::components::role_details::role_details;
use crate::components::HEADING_ID;
use crate::quiz::{text::fill, Finished, Level, QuestionKind, CALL_TO_ACTION, TEXT};
use std::rc::Rc;
use yew::prelude::*;

/// Props for [`ResultPage`].
#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// The finished, scored result.
    pub result: Rc<Finished>,
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

/// The words for a level, as the kicker above the result's heading.
pub fn level_label(level: Level) -> &'static str {
    match level {
        Level::Clear => TEXT.level_clear,
        Level::Leaning => TEXT.level_leaning,
        Level::Both => TEXT.level_both,
        Level::Open => TEXT.level_open,
    }
}

/// The "why" as groups of answers per role, leading role first. Only answers that showed
/// interest are reasons; a dislike never is.
fn why(done: &Finished) -> Html {
    let b = &done.bank;
    let a = &done.assessment;
    let groups = a.ranking.iter().take(2).filter_map(|&role| {
        let items: Vec<Html> = a
            .reasons
            .iter()
            .filter(|r| r.toward == role)
            .map(|r| {
                let q = &b.questions[r.question];
                let answer = q.options[r.option].label;
                let text = match q.kind {
                    QuestionKind::Choice => fill(TEXT.why_choice, &[("answer", answer)]),
                    QuestionKind::Scale => fill(
                        TEXT.why_statement,
                        &[("answer", answer), ("prompt", q.prompt)],
                    ),
                };
                html! { <li>{ text }</li> }
            })
            .collect();
        (!items.is_empty()).then(|| {
            let heading = fill(TEXT.why_toward, &[("role", b.roles[role].title)]);
            html! {
                <div class="why-group" data-toward={b.roles[role].id}>
                    <h3>{ heading }</h3>
                    <ul>{ for items }</ul>
                </div>
            }
        })
    });
    html! {
        <section aria-labelledby="why-h" class="why">
            <h2 id="why-h">{ TEXT.why_heading }</h2>
            { for groups }
        </section>
    }
}

/// The result screen for own and shared results alike.
#[function_component]
pub fn ResultPage(p: &ResultProps) -> Html {
    let done = &*p.result;
    let b = &done.bank;
    let a = &done.assessment;
    let (lead, second) = (a.lead(), a.runner_up());
    let (role, other) = (b.roles[lead].title, b.roles[second].title);
    let pair = [("role", role), ("other", other)];
    let (title, explain) = match a.level {
        Level::Clear => (role.to_string(), fill(TEXT.explain_clear, &pair)),
        Level::Leaning => (role.to_string(), fill(TEXT.explain_leaning, &pair)),
        Level::Both => (
            fill(TEXT.result_both, &pair),
            fill(TEXT.explain_both, &pair),
        ),
        Level::Open => (TEXT.result_open.to_string(), fill(TEXT.explain_open, &pair)),
    };
    // A clear fit shows its role; anything less shows the two roles it is between.
    let featured: &[usize] = if a.level == Level::Clear {
        &[lead]
    } else {
        &[lead, second]
    };
    let rows: Vec<(&'static str, u8, bool)> = a
        .ranking
        .iter()
        .map(|&r| (b.roles[r].title, a.interest[r], a.named() == Some(r)))
        .collect();
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
    let named = a.named().map(|r| b.roles[r].id).unwrap_or_default();
    html! {
        <section class="screen result" data-level={a.level.id()} data-role={named} data-page={done.page()}>
            if p.shared {
                <p class="shared-banner">{ TEXT.shared_banner }</p>
            }
            <p class="kicker">{ level_label(a.level) }</p>
            <h1 id={HEADING_ID} tabindex="-1">{ title }</h1>
            <p class="explain">{ explain }</p>
            if a.mixed {
                <p class="note mixed">{ TEXT.explain_mixed }</p>
            }
            // What candidates look for first, on the first screen: the salary of each role the
            // result is about, and the next step.
            <div class="summary">
                <ul class="summary-salaries" role="list">
                    { for featured.iter().map(|&r| html! {
                        <li><span class="summary-role">{ b.roles[r].title }</span>
                            <span class="salary-label">{ TEXT.salary_label }</span>
                            <strong class="salary-value">{ b.roles[r].salary }</strong></li>
                    }) }
                </ul>
                <a class="button primary" href={CALL_TO_ACTION.url} target="_top">{ CALL_TO_ACTION.link_text }</a>
            </div>
            <section aria-labelledby="affinity-h">
                <h2 id="affinity-h">{ TEXT.affinity_heading }</h2>
                { interest_bars(&rows) }
            </section>
            { why(done) }
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
