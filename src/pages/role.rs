//! A role's static page: what a shared link shows to chat apps and people without the app.

use crate::components::facts::{emerging, source_note};
use crate::components::role_details::role_details;
use crate::quiz::{Role, TEXT};
use yew::prelude::*;

/// Props for [`RolePage`].
#[derive(Properties, PartialEq)]
pub struct RolePageProps {
    /// The role.
    pub role: &'static Role,
    /// Link to the quiz, relative to the page.
    pub quiz_href: AttrValue,
}

/// The role's facts and a way into the quiz; the page's script opens a shared result from here.
#[function_component]
pub fn RolePage(p: &RolePageProps) -> Html {
    html! {
        <main class="quiz" id="main">
            <section class="screen role-page">
                <p class="kicker">{ TEXT.app_title }</p>
                <h1 id="screen-heading" tabindex="-1">{ p.role.title }</h1>
                <p class="status" id="opening" role="status" data-text={TEXT.opening_result}></p>
                { role_details(p.role) }
                { emerging() }
                <div class="actions">
                    <a class="button primary" href={p.quiz_href.clone()}>{ TEXT.role_page_cta }</a>
                </div>
                { source_note() }
            </section>
        </main>
    }
}
