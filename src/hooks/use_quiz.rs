//! `use_quiz`: the quiz state plus its side effects (saved progress, the URL, focus, the
//! embedding page's events), which `plan.rs` decides and this runs.

use crate::components::HEADING_ID;
use crate::plan::{plan, Address, Plan, Save, Seen};
use crate::quiz::{progress, LinkBase, CALL_TO_ACTION, CONTENT_VERSION};
use crate::route::Route;
use crate::state::{Action, State};
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
    // A frame starts where its saved progress says, never at an address the framing page
    // chose (`#/q/14` would tell it how far a saved session got).
    let route = if crate::embed::active() {
        Route::Intro
    } else {
        Route::parse(&web::hash())
    };
    State {
        words: web::late_words(),
        ..State::restore(saved, route)
    }
}

/// The quiz: state from storage and URL, kept in sync with both, focus moved on each screen.
#[hook]
pub fn use_quiz(initial: &State, links: &LinkBase) -> QuizHandle {
    let state = {
        let initial = initial.clone();
        use_reducer(move || initial)
    };

    // Every side effect of a state change, in one effect keyed on the state: one effect
    // instead of four saves ~1 KB of WebAssembly (gzip) in Yew's per-type effect code. What it
    // does is decided by `plan::plan`; this only carries it out. `seen` holds what the last run
    // saw (`None` before the first run, which is the mount) and the page's listeners.
    let seen = use_mut_ref(|| None::<(Seen, Vec<gloo::events::EventListener>)>);
    {
        let (handle, links) = (state.clone(), links.clone());
        use_effect_with((*state).clone(), move |s| {
            let mut seen = seen.borrow_mut();
            let (before, listeners) = match seen.take() {
                Some((before, listeners)) => (Some(before), listeners),
                None => (None, listen(handle.clone())),
            };
            if before.is_none() {
                web::mark_ready();
                // The late words may have come between reading the state and listening.
                handle.dispatch(Action::Words(web::late_words()));
            }
            let embedded = crate::embed::active();
            run(plan(before.as_ref(), s, &web::hash(), embedded, |d| {
                d.links(&links)
            }));
            *seen = Some((Seen::of(s), listeners));
        });
    }

    QuizHandle { state }
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
            // Inside a frame only the app's own entries get here (js/own-entries.js).
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

/// Carries out a plan: saved progress, the embedding page's events, the address, focus.
fn run(p: Plan) {
    match p.save {
        Save::Keep => {}
        Save::Remove => web::remove(progress_key()),
        Save::Write(v) => web::save(progress_key(), &v),
    }
    for e in &p.events {
        crate::embed::post(e);
    }
    match p.address {
        Address::Keep => {}
        Address::Push(h) => web::set_hash(&h),
        Address::Replace(h) => web::replace_hash(&h),
    }
    if p.focus {
        web::focus(HEADING_ID);
    }
}

/// What this page's result links are made from: its public quiz address, and the embed's
/// `data-cta-url` or else the content file's call to action; read once, as the state is.
pub fn link_base() -> LinkBase {
    LinkBase {
        share: web::share_base(),
        cta: crate::embed::cta_url().unwrap_or_else(|| CALL_TO_ACTION.url.to_string()),
    }
}
