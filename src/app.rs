//! The top component: picks the page for the current screen.

use crate::components::share::SharePanel;
use crate::hooks::use_quiz::use_quiz;
use crate::pages::{
    intro::IntroPage,
    message::{message_page, MessageProps},
    question::QuestionPage,
    result::{level_label, ResultPage},
};
use crate::quiz::{bank, share, text::fill, Finished, Level, TEXT};
use crate::route::Route;
use crate::state::{Action, Screen, State};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

/// Props for [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The state to start from (saved progress and the address, read once before mounting);
    /// a fresh quiz by default, as the build prerenders it.
    #[prop_or_default]
    pub initial: State,
}

/// The share panel for a finished result: its public link and share texts that say what the
/// result is (a close call is shared as one, not as a single role).
fn share_panel(done: &Finished) -> Html {
    let a = &done.assessment;
    let roles = done.bank.roles;
    let (role, other) = (roles[a.lead()].title, roles[a.runner_up()].title);
    let template = match a.level {
        Level::Clear => TEXT.share_text_clear,
        Level::Leaning => TEXT.share_text_leaning,
        Level::Both => TEXT.share_text_both,
        Level::Open => TEXT.share_text_open,
    };
    let text = fill(template, &[("role", role), ("other", other)]);
    let url = share::url(&web::share_base(), done.page(), &done.code);
    html! { <SharePanel url={url} title={TEXT.share_title} text={text} /> }
}

/// The whole quiz.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let quiz = use_quiz(&props.initial);
    let s = quiz.state();
    let total = bank().questions.len();
    let (page, announce) = match &s.screen {
        Screen::Intro => (
            html! { <IntroPage has_progress={s.has_progress()} on_start={quiz.on_start()}
            on_resume={quiz.on(Action::Resume)} /> },
            TEXT.intro_heading.to_string(),
        ),
        Screen::Question(i) => (
            html! { <QuestionPage index={*i} seed={s.seed} answer={s.answers.get(*i).copied().flatten()}
            on_choose={quiz.on_choose(*i)} on_next={quiz.on(Action::Next)} on_back={quiz.on(Action::Back)} /> },
            fill(
                TEXT.progress,
                &[("n", &(i + 1).to_string()), ("total", &total.to_string())],
            ),
        ),
        Screen::Result(done) => (
            html! { <ResultPage result={Rc::clone(done)} share={share_panel(done)}
            on_retake={quiz.on_start()} on_start_over={quiz.on(Action::StartOver)} /> },
            level_label(done.assessment.level).to_string(),
        ),
        Screen::Shared {
            result: Ok(done), ..
        } => (
            html! { <ResultPage result={Rc::clone(done)} shared=true
            on_retake={quiz.on(Action::Navigate(Route::Intro))} /> },
            TEXT.shared_banner.to_string(),
        ),
        Screen::Shared { result: Err(e), .. } => {
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
