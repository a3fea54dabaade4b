//! `use_quiz`: the quiz state plus its side effects (saved progress, the URL, focus).

use crate::components::HEADING_ID;
use crate::quiz::{progress, CONTENT_VERSION};
use crate::route::Route;
use crate::state::{Action, Screen, State};
use crate::web;
use yew::prelude::*;

/// How long a picked option shows as picked before the next question.
const PICK_DELAY_MS: u32 = 220;

/// The quiz state with one method per intent.
#[derive(Clone)]
pub struct QuizHandle {
    state: UseReducerHandle<State>,
}

impl QuizHandle {
    /// The current state.
    pub fn state(&self) -> &State {
        &self.state
    }
    /// A callback that dispatches `action` whatever it is called with.
    pub fn on<T>(&self, action: Action) -> Callback<T> {
        let s = self.state.clone();
        Callback::from(move |_| s.dispatch(action.clone()))
    }
    /// A callback that starts a fresh quiz with a new option order.
    pub fn on_start<T>(&self) -> Callback<T> {
        let s = self.state.clone();
        Callback::from(move |_| {
            s.dispatch(Action::Start {
                seed: web::random_seed(),
            })
        })
    }
    /// A callback told whether copying the share link `link` worked.
    pub fn on_copied(&self, link: &str) -> Callback<bool> {
        let (s, link) = (self.state.clone(), link.to_string());
        Callback::from(move |ok| s.dispatch(Action::Copied(link.clone(), ok)))
    }
    /// A callback that picks an option of question `q`.
    pub fn on_choose(&self, q: usize) -> Callback<u8> {
        let s = self.state.clone();
        Callback::from(move |o| s.dispatch(Action::Choose(q, o)))
    }
    /// A callback for a tap or click on an option of question `q`: it is chosen at once and
    /// the quiz moves on a moment later, so the person sees their pick land.
    pub fn on_pick(&self, q: usize) -> Callback<u8> {
        let s = self.state.clone();
        Callback::from(move |o| {
            s.dispatch(Action::Choose(q, o));
            let s = s.clone();
            // Pick only moves on from question `q`: a late timer cannot skip a question.
            gloo::timers::callback::Timeout::new(PICK_DELAY_MS, move || {
                s.dispatch(Action::Pick(q, o))
            })
            .forget();
        })
    }
}

/// Reads saved progress and the address, once, before the app mounts; anything unreadable or
/// out of range counts as no saved progress.
pub fn initial_state() -> State {
    let saved = web::load(progress_key())
        .and_then(|s| progress::load(&s, CONTENT_VERSION, &crate::quiz::bank()));
    State {
        words: web::late_words(),
        ..State::restore(saved, Route::parse(&web::hash()))
    }
}

/// The quiz: state from storage and URL, kept in sync with both, focus moved on each screen.
#[hook]
pub fn use_quiz(initial: &State) -> QuizHandle {
    let state = {
        let initial = initial.clone();
        use_reducer(move || initial)
    };

    // Every side effect of a state change, in one effect keyed on the state: one effect
    // instead of four saves ~1 KB of WebAssembly (gzip) in Yew's per-type effect code.
    // `seen` holds what the last run saw (`None` before the first run, which is the mount).
    let seen = use_mut_ref(|| None::<Seen>);
    {
        let handle = state.clone();
        use_effect_with((*state).clone(), move |s| {
            let mut seen = seen.borrow_mut();
            let first = seen.is_none();
            let (before, navigations_before, words_before, finished_before, listeners) =
                match seen.take() {
                    Some(Seen {
                        screen,
                        navigations,
                        words,
                        finished,
                        listeners,
                    }) => (Some(screen), navigations, words, finished, listeners),
                    None => (
                        None,
                        s.navigations,
                        s.words,
                        s.finished,
                        listen(handle.clone()),
                    ),
                };
            if first {
                web::mark_ready();
                // The late words may have come between reading the state and listening.
                handle.dispatch(Action::Words(web::late_words()));
            }
            save_progress(s);
            if before.as_ref() != Some(&s.screen) || navigations_before != s.navigations {
                // Tell an embedding page where the visitor is; only a result answered in the
                // frame carries a share link, which encodes the answers (see EMBEDDING.md).
                if before.as_ref() != Some(&s.screen) && crate::embed::active() {
                    let links = |done: &crate::quiz::Finished| {
                        let link = web::share_link(done);
                        let cta = web::cta_link(done, &link);
                        (link, cta)
                    };
                    let post = |e| crate::embed::post(&e);
                    crate::embed::screen_events(before.as_ref(), s, finished_before, links, post);
                }
                show_in_address(s, navigations_before != s.navigations);
                // Focus moves to the new screen's heading so keyboard and screen-reader users
                // start reading at the new step; on the first screen it stays where the page had it.
                if !first {
                    web::focus(HEADING_ID);
                }
            } else if words_before != s.words && !matches!(s.screen, Screen::Intro) {
                // The screen waited for the late words and now has its heading.
                web::focus(HEADING_ID);
            }
            *seen = Some(Seen {
                screen: s.screen.clone(),
                navigations: s.navigations,
                words: s.words,
                finished: s.finished,
                listeners,
            });
        });
    }

    QuizHandle { state }
}

/// What the state effect saw on its last run.
struct Seen {
    screen: Screen,
    navigations: u32,
    words: Option<bool>,
    finished: u32,
    /// The page's event listeners, kept for the app's lifetime.
    listeners: Vec<gloo::events::EventListener>,
}

/// Follows Back/Forward and pasted addresses (`hashchange`), and the late words' arrival
/// (`role-quiz-late`, sent by the boot script's `js/late-text.js`).
fn listen(state: UseReducerHandle<State>) -> Vec<gloo::events::EventListener> {
    let Some(w) = web_sys::window() else {
        return Vec::new();
    };
    let words = state.clone();
    vec![
        gloo::events::EventListener::new(&w, "hashchange", move |_| {
            state.dispatch(Action::Navigate(Route::parse(&web::hash())));
        }),
        gloo::events::EventListener::new(&w, "role-quiz-late", move |_| {
            words.dispatch(Action::Words(web::late_words()));
        }),
    ]
}

/// Where this page keeps saved progress (`embed::progress_key`).
fn progress_key() -> &'static str {
    crate::embed::progress_key(crate::embed::active())
}

/// Saves progress; a shared result never touches the visitor's own saved answers.
fn save_progress(s: &State) {
    match s.screen.step() {
        Some(_) if !s.has_progress() => web::remove(progress_key()),
        Some(step) => web::save(
            progress_key(),
            &progress::save(CONTENT_VERSION, s.seed, step, &s.answers),
        ),
        None => {}
    }
}

/// Puts the screen in the URL. A move makes a new history entry; an address that asked for a
/// screen it cannot show (`#/result` mid-quiz, `corrected`) is corrected in place, so the URL
/// always names the screen shown and Back does not return to the wrong address.
fn show_in_address(s: &State, corrected: bool) {
    let hash = s.screen.route().to_hash();
    let current = web::hash();
    let same = current == hash || (hash == "#/" && current.is_empty());
    if corrected {
        web::replace_hash(&hash);
    } else if !same {
        web::set_hash(&hash);
    }
}
