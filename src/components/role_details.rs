//! A role's facts from the article: salary, career path, duties and skills.

use super::compare::skills;
use super::facts::fact_list;
use super::ladder::career_ladder;
use crate::quiz::{Role, TEXT};
use yew::prelude::*;

/// Everything the article says about one role.
pub fn role_details(r: &Role) -> Html {
    html! {
        <div class="role-details">
            <p class="headline">{ r.headline.get() }</p>
            <p>{ r.summary.get() }{ " " }{ r.focus.get() }</p>
            <p class="salary"><span class="salary-label">{ TEXT.salary_label.get() }</span>
                <strong class="salary-value">{ r.salary.get() }</strong></p>
            <section>
                <h3>{ TEXT.career_heading.get() }</h3>
                { career_ladder(r.career_path) }
            </section>
            <section>
                <h3>{ TEXT.duties_heading.get() }</h3>
                { fact_list(r.responsibilities) }
            </section>
            <section>
                <h3>{ TEXT.skills_heading.get() }</h3>
                { skills(r) }
            </section>
        </div>
    }
}
