//! The top component: picks the page for the current screen.

use crate::components::share::SharePanel;
use crate::hooks::use_quiz::use_quiz;
use crate::pages::{
    intro::IntroPage,
    message::{message_page, MessageProps},
    question::QuestionPage,
    result::ResultPage,
};
use crate::quiz::{bank, score, share, text::fill, Answer, Outcome, Role, CONTENT_VERSION, TEXT};
use crate::route::Route;
use crate::state::{to_answers, Action, Screen};
use crate::web;
use yew::prelude::*;

/// The scored result of complete answers with its public share link, which opens the lead
/// role's static page (it carries the link preview) and from there the shared result.
pub fn result_link(answers: &[Answer]) -> Option<(Outcome, &'static Role, String)> {
    let b = bank();
    let out = score(&b, answers).ok()?;
    let code = share::encode(CONTENT_VERSION, answers)?;
    let role = &b.roles[out.verdict.lead()];
    let url = share_url(&web::share_base(), role.id, &code);
    Some((out, role, url))
}

fn share_panel(answers: &[Answer]) -> Html {
    match result_link(answers) {
        Some((_, role, url)) => html! { <SharePanel url={url} role={role.title} /> },
        None => Html::default(),
    }
}

/// `<base>r/<role>.html#<code>`: the static role page, with the answers in the fragment so they
/// never reach a server log.
pub fn share_url(base: &str, role_id: &str, code: &str) -> String {
    let sep = if base.ends_with('/') { "" } else { "/" };
    format!("{base}{sep}r/{role_id}.html#{code}")
}

/// The whole quiz.
#[function_component]
pub fn App() -> Html {
    let quiz = use_quiz();
    let s = quiz.state();
    let total = bank().questions.len();
    let (page, announce) = match &s.screen {
        Screen::Intro => (
            html! { <IntroPage has_progress={s.has_progress()} on_start={quiz.on(Action::Start)}
            on_resume={quiz.on(Action::Resume)} /> },
            TEXT.intro_heading.to_string(),
        ),
        Screen::Question(i) => (
            html! { <QuestionPage index={*i} answer={s.answers.get(*i).copied().flatten()}
            on_choose={quiz.on_choose(*i)} on_next={quiz.on(Action::Next)} on_back={quiz.on(Action::Back)} /> },
            fill(
                TEXT.progress,
                &[("n", &(i + 1).to_string()), ("total", &total.to_string())],
            ),
        ),
        Screen::Result => (
            html! { <ResultPage answers={s.answers.clone()} share={share_panel(&s.answers)}
            on_retake={quiz.on(Action::Start)} on_start_over={quiz.on(Action::StartOver)} /> },
            TEXT.result_kicker.to_string(),
        ),
        Screen::Shared { answers: Ok(a), .. } => (
            html! { <ResultPage answers={to_answers(&a.answers)} version={a.content_version} shared=true
            on_retake={quiz.on(Action::Navigate(Route::Intro))} /> },
            TEXT.shared_banner.to_string(),
        ),
        Screen::Shared {
            answers: Err(e), ..
        } => {
            let text = if e.is_quiz_changed() {
                TEXT.quiz_changed
            } else {
                TEXT.bad_link
            };
            (
                message_page(&MessageProps {
                    text,
                    action: TEXT.take_yourself,
                    on_action: quiz.on(Action::Navigate(Route::Intro)),
                }),
                text.to_string(),
            )
        }
        Screen::NotFound => (
            message_page(&MessageProps {
                text: TEXT.not_found,
                action: TEXT.go_start,
                on_action: quiz.on(Action::Navigate(Route::Intro)),
            }),
            TEXT.not_found.to_string(),
        ),
    };
    html! {
        <main class="quiz" id="main">
            { page }
            <p class="sr-only" aria-live="polite" aria-atomic="true">{ announce }</p>
        </main>
    }
}
