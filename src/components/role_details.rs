//! A role's facts from the article: salary, career path, duties and skills.

use super::facts::FactList;
use super::ladder::CareerLadder;
use crate::quiz::{Role, TEXT};
use yew::prelude::*;

/// Props for [`RoleDetails`].
#[derive(Properties, PartialEq)]
pub struct RoleDetailsProps {
    /// The role to describe.
    pub role: &'static Role,
    /// Heading level is h2 for the lead role and h3 under a close call's second role heading.
    #[prop_or_default]
    pub nested: bool,
}

/// Everything the article says about one role.
#[function_component]
pub fn RoleDetails(p: &RoleDetailsProps) -> Html {
    let r = p.role;
    let heading = |text: &'static str| {
        if p.nested {
            html! { <h4>{ text }</h4> }
        } else {
            html! { <h3>{ text }</h3> }
        }
    };
    html! {
        <div class="role-details">
            <p class="headline">{ r.headline }</p>
            <p>{ r.summary }{ " " }{ r.focus }</p>
            <p class="salary"><span class="salary-label">{ TEXT.salary_label }</span>
                <strong class="salary-value">{ r.salary }</strong></p>
            <section>
                { heading(TEXT.career_heading) }
                <CareerLadder steps={r.career_path} />
            </section>
            <section>
                { heading(TEXT.duties_heading) }
                <FactList facts={r.responsibilities} />
            </section>
            <section>
                { heading(TEXT.skills_heading) }
                <dl class="skills">
                    { for r.skills.iter().map(|g| html! {
                        <div>
                            <dt>{ g.group }</dt>
                            <dd><ul class="chips" role="list">
                                { for g.items.iter().map(|s| html! { <li>{ *s }</li> }) }
                            </ul></dd>
                        </div>
                    }) }
                </dl>
            </section>
        </div>
    }
}
