//! A share page: what a shared link shows to chat apps and people without the app. One per
//! role (clear fits and leanings) and one per outcome that names no single role.

use crate::components::facts::{emerging, source_note};
use crate::components::role_details::role_details;
use crate::quiz::{Role, TEXT};
use yew::prelude::*;

/// Props for [`RolePage`].
#[derive(Properties, PartialEq)]
pub struct RolePageProps {
    /// The page's heading: a role's title, or the outcome ("Fits both about equally").
    pub heading: AttrValue,
    /// The roles whose facts the page shows.
    pub roles: Vec<&'static Role>,
    /// Link to the quiz, relative to the page.
    pub quiz_href: AttrValue,
}

/// The roles' facts and a way into the quiz; the page's script opens a shared result from here.
#[function_component]
pub fn RolePage(p: &RolePageProps) -> Html {
    let single = p.roles.len() == 1;
    html! {
        <main class="quiz" id="main">
            <section class="screen role-page">
                <p class="kicker">{ TEXT.app_title }</p>
                <h1 id="screen-heading" tabindex="-1">{ p.heading.clone() }</h1>
                // The way into the quiz on the first phone screen: many open this page without
                // the result it was shared from.
                <div class="actions">
                    <a class="button primary" href={p.quiz_href.clone()}>{ TEXT.role_page_cta }</a>
                </div>
                { for p.roles.iter().map(|r| if single {
                    role_details(r)
                } else {
                    let id = ["role-", r.id].concat();
                    html! {
                        <section class="role" aria-labelledby={id.clone()}>
                            <h2 {id}>{ r.title }</h2>
                            { role_details(r) }
                        </section>
                    }
                }) }
                { emerging() }
                { source_note() }
            </section>
        </main>
    }
}
