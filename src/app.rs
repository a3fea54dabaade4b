//! The top component: picks the page for the current screen.

use crate::components::share::{share_panel, ShareProps};
use crate::hooks::use_quiz::{link_base, use_quiz};
use crate::pages::{
    intro::{intro_page, IntroProps},
    message::{message_page, waiting_page, MessageProps},
    question::{question_page, QuestionProps},
    result::{result_page, ResultProps},
};
use crate::quiz::{adaptive, bank, words, Finished, LinkBase, Links, TEXT, TEXT_SHARED};
use crate::route::Route;
use crate::state::{Action, Screen, State};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

/// Props for [`App`], given when the app mounts (src/lib.rs); `Default` is what the build
/// prerenders.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The state to start from (saved progress and the address, read once before mounting).
    pub initial: State,
    /// What result links are made from (read once, with the state).
    pub links: LinkBase,
}

/// A fresh quiz, as the build prerenders it.
impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            initial: State::default(),
            links: link_base(),
        }
    }
}

/// The save and share panel of a finished result: share texts and an e-mail that say what the
/// result is (a close call is shared as one, not as a single role).
fn share(
    done: &Finished,
    link: &str,
    cta: &str,
    copied: Option<bool>,
    on_copied: Callback<bool>,
) -> Html {
    share_panel(&ShareProps {
        url: link.to_string().into(),
        title: TEXT.share_title.get(),
        text: words::share_text(done, &TEXT),
        email_body: words::email_body(done, link, cta, &TEXT),
        copied,
        on_copied,
    })
}

/// The whole quiz.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let quiz = use_quiz(&props.initial, &props.links);
    // Whether the option being clicked was pressed by a pointer (see `question_page`).
    let pointer = use_mut_ref(|| false);
    let s = quiz.state();
    let core = adaptive::core(&bank());
    // Questions and results show words that load after the first screen (`quiz::late`).
    let needs_words = !matches!(
        s.screen,
        Screen::Intro | Screen::NotFound | Screen::Shared { result: Err(_), .. }
    );
    let (page, announce) = match &s.screen {
        _ if needs_words && s.words != Some(true) => {
            waiting_page(s.words.is_some(), Callback::from(|_| web::reload()))
        }
        Screen::Intro => (
            intro_page(&IntroProps {
                has_progress: s.has_progress(),
                on_start: quiz.on_start(),
                on_resume: quiz.on(Action::Resume),
            }),
            TEXT.intro_heading.to_string(),
        ),
        Screen::Question(i) => (
            question_page(&QuestionProps {
                index: *i,
                seed: s.seed,
                answer: s.answers.get(*i).copied().flatten(),
                last: s.is_last(*i),
                on_choose: quiz.on_choose(*i),
                on_pick: quiz.on_pick(*i),
                pointer: pointer.clone(),
                on_undo: s.previous.is_some().then(|| quiz.on(Action::Undo)),
                on_next: quiz.on(Action::Next),
                on_back: quiz.on(Action::Back),
            }),
            words::progress_label(i + 1, core, &TEXT),
        ),
        Screen::Result(done) => {
            let Links { share: link, cta } = done.links(&props.links);
            (
                result_page(&ResultProps {
                    result: Rc::clone(done),
                    shared: false,
                    link: link.clone().into(),
                    embedded: crate::embed::active(),
                    share: share(
                        done,
                        &link,
                        &cta,
                        s.copied
                            .as_ref()
                            .filter(|(copied, _)| *copied == link)
                            .map(|(_, ok)| *ok),
                        quiz.on_copied(&link),
                    ),
                    on_retake: quiz.on_start(),
                    cta_url: cta.into(),
                }),
                words::result_announcement(done, false, &TEXT),
            )
        }
        Screen::Shared {
            result: Ok(done), ..
        } => {
            let Links { share: link, cta } = done.links(&props.links);
            (
                result_page(&ResultProps {
                    result: Rc::clone(done),
                    shared: true,
                    cta_url: cta.into(),
                    link: link.into(),
                    embedded: crate::embed::active(),
                    share: Html::default(),
                    on_retake: quiz.on(Action::Navigate(Route::Intro)),
                }),
                words::result_announcement(done, true, &TEXT_SHARED),
            )
        }
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
