//! Thin state adapter: an `Action` in, a core call, the new `State` out. No storage, DOM or
//! clock here; the app's effects do that.

use crate::quiz::share::{self, ShareError, Shared};
use crate::quiz::{bank, bank_for, Answer};
use crate::route::Route;
use std::rc::Rc;
use yew::Reducible;

/// What the person sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// The intro.
    Intro,
    /// Question index from 0.
    Question(usize),
    /// The person's own result.
    Result,
    /// A result someone shared: its answers, or why the link failed.
    Shared {
        /// The code as it appeared in the link.
        code: String,
        /// Decoded answers with their content version, or why they could not be read.
        answers: Result<Shared, ShareError>,
    },
    /// An address that names no screen.
    NotFound,
}

impl Screen {
    /// The address of this screen.
    pub fn route(&self) -> Route {
        match self {
            Screen::Intro => Route::Intro,
            Screen::Question(i) => Route::Question(*i),
            Screen::Result => Route::Result,
            Screen::Shared { code, .. } => Route::Shared(code.clone()),
            Screen::NotFound => Route::NotFound,
        }
    }
}

/// The whole app state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// Current screen.
    pub screen: Screen,
    /// The person's own answers, one per question; kept while they look at a shared result.
    pub answers: Vec<Answer>,
}

/// Everything that can happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The URL changed (Back/Forward, a pasted link, first load).
    Navigate(Route),
    /// Start afresh from question 1, forgetting earlier answers.
    Start,
    /// Go back to where the person left off.
    Resume,
    /// Pick option `1` for question `0`.
    Choose(usize, u8),
    /// Continue to the next question or the result.
    Next,
    /// Go to the previous question or the intro.
    Back,
    /// Forget everything and show the intro.
    StartOver,
}

impl State {
    /// A fresh quiz on the intro.
    pub fn new() -> Self {
        State {
            screen: Screen::Intro,
            answers: vec![None; bank().questions.len()],
        }
    }

    /// Restores saved answers and opens `route` as far as those answers allow.
    pub fn restore(answers: Vec<Answer>, route: Route) -> Self {
        let mut s = State::new();
        if answers.len() == s.answers.len() {
            s.answers = answers;
        }
        s.screen = s.screen_for(route);
        s
    }

    /// First unanswered question, or `None` when all are answered.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.answers.iter().position(Option::is_none)
    }

    /// True once any question has an answer.
    pub fn has_progress(&self) -> bool {
        self.answers.iter().any(Option::is_some)
    }

    /// The screen a route may show given the answers: nobody skips ahead of an unanswered
    /// question or sees a result before answering everything.
    fn screen_for(&self, route: Route) -> Screen {
        let n = self.answers.len();
        match route {
            Route::Intro => Screen::Intro,
            Route::Question(i) if i < n => {
                Screen::Question(i.min(self.first_unanswered().unwrap_or(n)))
            }
            Route::Question(_) => Screen::NotFound,
            Route::Result => match self.first_unanswered() {
                None => Screen::Result,
                Some(i) => Screen::Question(i),
            },
            Route::Shared(code) => {
                // Scored against the bank the link was made with, kept for old links.
                let answers = share::decode(&code, |v| bank_for(v).is_some()).and_then(|s| {
                    let fits = bank_for(s.content_version).is_some_and(|b| {
                        s.answers.len() == b.questions.len()
                            && crate::quiz::score(&b, &to_answers(&s.answers)).is_ok()
                    });
                    if fits {
                        Ok(s)
                    } else {
                        Err(ShareError::Invalid)
                    }
                });
                Screen::Shared { code, answers }
            }
            Route::NotFound => Screen::NotFound,
        }
    }
}

impl Default for State {
    fn default() -> Self {
        State::new()
    }
}

/// Shared answers as the core's answer type.
pub fn to_answers(v: &[u8]) -> Vec<Answer> {
    v.iter().map(|&a| Some(a)).collect()
}

fn apply(s: &mut State, action: Action) {
    let n = s.answers.len();
    match action {
        Action::Navigate(route) => s.screen = s.screen_for(route),
        Action::Start => {
            s.answers = vec![None; n];
            s.screen = Screen::Question(0);
        }
        Action::Resume => {
            s.screen = match s.first_unanswered() {
                Some(i) => Screen::Question(i),
                None => Screen::Result,
            }
        }
        Action::Choose(q, o) => {
            let valid = bank()
                .questions
                .get(q)
                .is_some_and(|question| usize::from(o) < question.options.len());
            if valid && s.screen == Screen::Question(q) {
                s.answers[q] = Some(o);
            }
        }
        Action::Next => {
            if let Screen::Question(i) = s.screen {
                if s.answers[i].is_some() {
                    s.screen = if i + 1 < n {
                        Screen::Question(i + 1)
                    } else {
                        s.screen_for(Route::Result)
                    };
                }
            }
        }
        Action::Back => {
            if let Screen::Question(i) = s.screen {
                s.screen = match i {
                    0 => Screen::Intro,
                    _ => Screen::Question(i - 1),
                };
            }
        }
        Action::StartOver => *s = State::new(),
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        apply(&mut next, action);
        // Returning the same Rc tells Yew nothing changed, so echoes of our own URL updates
        // (hashchange after we set the hash) cost no re-render.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::CONTENT_VERSION;

    #[test]
    fn walks_forward_and_back_and_keeps_changed_answers() {
        let n = bank().questions.len();
        let mut s = State::new();
        apply(&mut s, Action::Next);
        assert_eq!(s.screen, Screen::Intro, "Next does nothing on the intro");
        apply(&mut s, Action::Start);
        assert_eq!(s.screen, Screen::Question(0));
        apply(&mut s, Action::Next);
        assert_eq!(s.screen, Screen::Question(0), "cannot continue unanswered");
        for q in 0..n {
            apply(&mut s, Action::Choose(q, 1));
            apply(&mut s, Action::Next);
        }
        assert_eq!(s.screen, Screen::Result);
        apply(&mut s, Action::Navigate(Route::Question(2)));
        apply(&mut s, Action::Choose(2, 0));
        apply(&mut s, Action::Back);
        assert_eq!(s.screen, Screen::Question(1));
        assert_eq!(s.answers[2], Some(0), "changed answer kept");
        apply(&mut s, Action::Next);
        assert_eq!(s.screen, Screen::Question(2));
    }

    #[test]
    fn urls_cannot_skip_ahead_and_bad_input_is_ignored() {
        let mut s = State::new();
        apply(&mut s, Action::Navigate(Route::Question(5)));
        assert_eq!(s.screen, Screen::Question(0));
        apply(&mut s, Action::Navigate(Route::Result));
        assert_eq!(s.screen, Screen::Question(0));
        apply(&mut s, Action::Choose(0, 200));
        apply(&mut s, Action::Choose(999, 0));
        apply(&mut s, Action::Choose(3, 0)); // not the question on screen
        assert!(!s.has_progress());
        apply(&mut s, Action::Navigate(Route::Question(500)));
        assert_eq!(s.screen, Screen::NotFound);
        apply(&mut s, Action::Navigate(Route::Shared("garbage!".into())));
        assert!(matches!(
            s.screen,
            Screen::Shared {
                answers: Err(_),
                ..
            }
        ));
    }

    #[test]
    fn a_shared_result_leaves_own_progress_alone() {
        let n = bank().questions.len();
        let mut s = State::new();
        apply(&mut s, Action::Start);
        apply(&mut s, Action::Choose(0, 2));
        let theirs: Vec<Answer> = (0..n).map(|_| Some(0)).collect();
        let code = share::encode(CONTENT_VERSION, &theirs).expect("encodes");
        apply(&mut s, Action::Navigate(Route::Shared(code)));
        assert!(matches!(&s.screen, Screen::Shared { answers: Ok(a), .. } if a.answers.len() == n));
        assert_eq!(s.answers[0], Some(2));
        apply(&mut s, Action::Resume);
        assert_eq!(s.screen, Screen::Question(1));
        apply(&mut s, Action::StartOver);
        assert_eq!(s, State::new());
    }
}
