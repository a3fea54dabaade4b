//! The roles side by side: title, salary and open positions always shown; the article's longer
//! facts (about the role, responsibilities, skills, career path) in rows that open on demand, so
//! one tap compares the same fact for both roles.

use super::facts::fact_list;
use super::ladder::career_ladder;
use crate::quiz::{model::Role, text::fill, Bank, Text, EMERGING, TEXT};
use yew::prelude::*;

/// What [`compare`] shows.
pub struct CompareProps<'a> {
    /// The bank the roles come from.
    pub bank: &'a Bank,
    /// Role indices in display order (the leading role first).
    pub roles: &'a [usize],
    /// The recommended role, marked; `None` when the result names no single role.
    pub pick: Option<usize>,
    /// Own or shared wording.
    pub text: &'a Text,
}

/// A role's skills by group, as chips.
pub fn skills(r: &Role) -> Html {
    html! {
        <dl class="skills">
            { for r.skills.iter().map(|g| html! {
                <div>
                    <dt>{ g.group.get() }</dt>
                    <dd><ul class="chips" role="list">
                        { for g.items.iter().map(|s| html! { <li>{ s.get() }</li> }) }
                    </ul></dd>
                </div>
            }) }
        </dl>
    }
}

fn about(r: &Role) -> Html {
    html! {
        <>
            <p class="headline">{ r.headline.get() }</p>
            <p>{ r.summary.get() }{ " " }{ r.focus.get() }</p>
        </>
    }
}

/// One row that opens on demand: the same fact for each role, side by side.
fn row(heading: &str, p: &CompareProps, cell: fn(&Role) -> Html) -> Html {
    html! {
        <details class="compare-row">
            <summary>{ heading.to_string() }</summary>
            <div class="compare-cols">
                { for p.roles.iter().map(|&r| {
                    let role = &p.bank.roles[r];
                    html! {
                        <div class="compare-cell" data-role={role.id}>
                            <h4 class="cell-role">{ role.title }</h4>
                            { cell(role) }
                        </div>
                    }
                }) }
            </div>
        </details>
    }
}

/// The comparison section.
pub fn compare(p: &CompareProps) -> Html {
    let t = p.text;
    html! {
        <section class="compare" aria-labelledby="compare-h">
            <h2 id="compare-h">{ t.compare_heading.get() }</h2>
            <div class="compare-cols compare-head">
                { for p.roles.iter().map(|&r| {
                    let role = &p.bank.roles[r];
                    let pick = p.pick == Some(r);
                    html! {
                        <div class="compare-role" data-pick={pick.then_some("")} data-role={role.id}>
                            if pick {
                                <p class="pick-badge">{ t.compare_pick.get() }</p>
                            }
                            <h3 id={["role-", role.id].concat()}>{ role.title }</h3>
                            <p class="salary"><strong class="salary-value">{ role.salary.get() }</strong>
                                <span class="salary-label">{ t.salary_label.get() }</span></p>
                            if !role.jobs_url.is_empty() {
                                <a class="jobs" href={role.jobs_url}>{ fill(t.jobs_link.get(), &[("role", role.title)]) }</a>
                            }
                        </div>
                    }
                }) }
            </div>
            { row(t.about_heading.get(), p, about) }
            { row(t.duties_heading.get(), p, |r| fact_list(r.responsibilities)) }
            { row(t.skills_heading.get(), p, skills) }
            { row(t.career_heading.get(), p, |r| career_ladder(r.career_path)) }
            <details class="compare-row">
                <summary>{ TEXT.emerging_heading.get() }</summary>
                { fact_list(EMERGING) }
            </details>
        </section>
    }
}
