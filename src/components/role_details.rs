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
            <p class="headline">{ r.headline }</p>
            <p>{ r.summary }{ " " }{ r.focus }</p>
            <p class="salary"><span class="salary-label">{ TEXT.salary_label }</span>
                <strong class="salary-value">{ r.salary }</strong></p>
            <section>
                <h3>{ TEXT.career_heading }</h3>
                { career_ladder(r.career_path) }
            </section>
            <section>
                <h3>{ TEXT.duties_heading }</h3>
                { fact_list(r.responsibilities) }
            </section>
            <section>
                <h3>{ TEXT.skills_heading }</h3>
                { skills(r) }
            </section>
        </div>
    }
}
