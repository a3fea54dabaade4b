//! Thin state adapter: an `Action` in, a core call, the new `State` out. No storage, DOM, clock
//! or randomness here; the app's effects and callbacks do that.

use crate::quiz::progress::{Saved, Step};
use crate::quiz::result::{self, Finished};
use crate::quiz::share::ShareError;
use crate::quiz::{adaptive, bank, Answer};
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
    /// The person's own result, scored once when they finished.
    Result(Rc<Finished>),
    /// A result someone shared, or why the link failed.
    Shared {
        /// The code as it appeared in the link.
        code: String,
        /// The result scored against the bank the link was made with, or why it could not be.
        result: Result<Rc<Finished>, ShareError>,
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
            Screen::Result(_) => Route::Result,
            Screen::Shared { code, .. } => Route::Shared(code.clone()),
            Screen::NotFound => Route::NotFound,
        }
    }

    /// Where saved progress should say the person is; `None` for screens that are not part of
    /// their own quiz (a shared result, an unknown address).
    pub fn step(&self) -> Option<Step> {
        match self {
            Screen::Intro => Some(Step::Intro),
            Screen::Question(i) => Some(Step::Question(*i)),
            Screen::Result(_) => Some(Step::Result),
            _ => None,
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
    /// Seed of the person's option order (`quiz::order`), drawn when they start.
    pub seed: u32,
    /// The result a retake replaced, with its seed, until the new quiz is finished: "Back to
    /// my previous result" (and Back in the browser) bring it back.
    pub previous: Option<(Rc<Finished>, u32)>,
    /// Counts addresses that asked for a screen other than the one shown (`#/result` mid-quiz),
    /// so the URL is corrected even when the screen itself stays the same.
    pub navigations: u32,
    /// The last share link the person copied, and whether copying worked: the share panel
    /// says so under that link only.
    pub copied: Option<(String, bool)>,
    /// Whether the words shown past the intro are there (`quiz::late`): `None` while they
    /// load, `Some(false)` when they could not be had.
    pub words: Option<bool>,
    /// Counts results reached by answering, in this visit: a result restored, brought back by
    /// an address or by an undo does not count. An embed reports only a result that moved it
    /// (`embed::screen_events`).
    pub finished: u32,
}

/// Everything that can happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The URL changed (Back/Forward, a pasted link, first load).
    Navigate(Route),
    /// Start afresh from question 1 with a new option order, forgetting earlier answers (a
    /// result on screen is kept for [`Action::Undo`]).
    Start {
        /// Seed of the new option order (drawn by the caller: the reducer holds no randomness).
        seed: u32,
    },
    /// Go back to where the person left off.
    Resume,
    /// Pick option `1` (its index in the content file) for question `0`.
    Choose(usize, u8),
    /// Pick option `1` of question `0` by pointer and move on: one tap answers.
    Pick(usize, u8),
    /// Continue to the next question or the result.
    Next,
    /// Go to the previous question or the intro.
    Back,
    /// Forget everything and show the intro.
    StartOver,
    /// Back to the result a retake replaced.
    Undo,
    /// The share link `0` was copied (`1`: it worked) or copying failed.
    Copied(String, bool),
    /// The words shown past the intro arrived (`Some(true)`) or could not be had.
    Words(Option<bool>),
}

impl State {
    /// A fresh quiz on the intro.
    pub fn new() -> Self {
        State {
            screen: Screen::Intro,
            answers: vec![None; bank().questions.len()],
            seed: 0,
            previous: None,
            navigations: 0,
            copied: None,
            words: crate::quiz::late::ready().then_some(true),
            finished: 0,
        }
    }

    /// Restores saved progress (already checked against the bank) and opens `route` as far as
    /// those answers allow.
    pub fn restore(saved: Option<Saved>, route: Route) -> Self {
        let mut s = State::new();
        if let Some(saved) = saved.filter(|v| v.answers.len() == s.answers.len()) {
            s.answers = saved.answers;
            s.seed = saved.seed;
        }
        s.screen = s.screen_for(route);
        s
    }

    /// First unanswered question, or `None` when all are answered.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.answers.iter().position(Option::is_none)
    }

    /// The question the person must answer next, or `None` when their answers settle the
    /// quiz (`quiz::adaptive`): how many questions that takes depends on the answers.
    pub fn frontier(&self) -> Option<usize> {
        match adaptive::settled_at(&bank(), &self.answers) {
            Some(_) => None,
            None => self.first_unanswered(),
        }
    }

    /// True when continuing from question `i` shows the result: its answer settles the quiz.
    pub fn is_last(&self, i: usize) -> bool {
        let b = bank();
        match self.answers.get(i) {
            Some(Some(_)) => adaptive::next_after(&b, &self.answers, i).is_none(),
            _ => i + 1 == b.questions.len(),
        }
    }

    /// True once any question has an answer.
    pub fn has_progress(&self) -> bool {
        self.answers.iter().any(Option::is_some)
    }

    /// The result of the answers so far, or the first question still to answer.
    fn result_or_question(&self) -> Screen {
        match result::finish(&self.answers) {
            Ok(done) => Screen::Result(Rc::new(done)),
            Err(_) => Screen::Question(self.frontier().unwrap_or(0)),
        }
    }

    /// Shows `screen`. A result of the person's own answers ends a retake: the result it
    /// replaced is forgotten (the one place that rule lives).
    fn show(&mut self, screen: Screen) {
        if matches!(screen, Screen::Result(_)) {
            self.previous = None;
        }
        self.screen = screen;
    }

    /// Finishes when every question is answered, else shows the first unanswered question.
    fn finish_or_stay(&mut self) {
        self.show(self.result_or_question());
    }

    /// Brings back the result a retake replaced, answers and option order included.
    fn undo(&mut self) {
        if let Some((done, seed)) = self.previous.take() {
            // The result holds the answers its quiz asked; the rest were never asked.
            let asked = done.answers.iter().map(|&a| Some(a));
            self.answers = asked
                .chain(std::iter::repeat(None))
                .take(self.answers.len())
                .collect();
            self.seed = seed;
            self.screen = Screen::Result(done);
        }
    }

    /// The screen a route may show given the answers: nobody skips ahead of an unanswered
    /// question, past the point where the quiz settled, or to a result before it settled.
    fn screen_for(&self, route: Route) -> Screen {
        let n = self.answers.len();
        match route {
            Route::Intro => Screen::Intro,
            Route::Question(i) if i < n => {
                let reachable = match adaptive::settled_at(&bank(), &self.answers) {
                    Some(k) => k.saturating_sub(1),
                    None => self.first_unanswered().unwrap_or(0),
                };
                Screen::Question(i.min(reachable))
            }
            Route::Question(_) => Screen::NotFound,
            Route::Result => match &self.screen {
                // Already showing it: keep the scored result.
                Screen::Result(_) => self.screen.clone(),
                _ => self.result_or_question(),
            },
            Route::Shared(code) => {
                let result = result::open(&code).map(Rc::new);
                Screen::Shared { code, result }
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

fn apply(s: &mut State, action: Action) {
    let n = s.answers.len();
    match action {
        Action::Navigate(route) => {
            if s.screen.route() == route {
                return;
            }
            // Back from a retake's questions to the result it replaced brings that result back.
            if route == Route::Result && s.previous.is_some() && s.frontier().is_some() {
                s.undo();
            } else {
                s.show(s.screen_for(route.clone()));
            }
            if s.screen.route() != route {
                s.navigations = s.navigations.wrapping_add(1);
            }
        }
        Action::Start { seed } => {
            if let Screen::Result(done) = &s.screen {
                s.previous = Some((Rc::clone(done), s.seed));
            }
            s.answers = vec![None; n];
            s.seed = seed;
            s.screen = Screen::Question(0);
        }
        Action::Copied(link, ok) => s.copied = Some((link, ok)),
        Action::Words(words) => s.words = words,
        Action::Resume => match s.frontier() {
            Some(i) => s.screen = Screen::Question(i),
            None => s.finish_or_stay(),
        },
        Action::Choose(q, o) => {
            let valid = bank()
                .questions
                .get(q)
                .is_some_and(|question| usize::from(o) < question.options.len());
            if valid && s.screen == Screen::Question(q) {
                s.answers[q] = Some(o);
            }
        }
        Action::Pick(q, o) => {
            apply(s, Action::Choose(q, o));
            if s.screen == Screen::Question(q) {
                apply(s, Action::Next);
            }
        }
        Action::Next => {
            if let Screen::Question(i) = s.screen {
                if s.answers[i].is_some() {
                    match adaptive::next_after(&bank(), &s.answers, i) {
                        Some(next) => s.screen = Screen::Question(next),
                        None => {
                            s.finish_or_stay();
                            s.finished = s.finished.wrapping_add(1);
                        }
                    }
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
        Action::StartOver => {
            *s = State {
                words: s.words,
                finished: s.finished,
                ..State::new()
            }
        }
        Action::Undo => s.undo(),
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        apply(&mut next, action);
        // Returning the same Rc tells Yew nothing changed, so actions that change nothing (a
        // late pick timer, an address for the screen already shown) cost no re-render.
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

    /// Answers that keep the quiz unsettled after its core: scenario options alternate between
    /// the roles and every statement gets "Neither", so no role leads.
    fn undecided(q: usize) -> u8 {
        let b = bank();
        let question = &b.questions[q];
        match question.kind {
            crate::quiz::QuestionKind::Scale => 2,
            crate::quiz::QuestionKind::Choice => {
                let role = q % 2;
                question
                    .options
                    .iter()
                    .position(|o| o.weights.get(role).is_some_and(|&w| w > 0))
                    .unwrap_or(0) as u8
            }
        }
    }

    #[test]
    fn undecided_answers_get_more_questions_and_back_crosses_the_core() {
        let b = bank();
        let (core, n) = (adaptive::core(&b), b.questions.len());
        let mut s = State::new();
        apply(&mut s, Action::Start { seed: 9 });
        for q in 0..core {
            assert_eq!(s.screen, Screen::Question(q));
            assert!(!s.is_last(q) || q + 1 == n);
            apply(&mut s, Action::Pick(q, undecided(q)));
        }
        assert_eq!(
            s.screen,
            Screen::Question(core),
            "undecided: one more question"
        );
        // Back across the point where the extra questions start keeps every answer.
        apply(&mut s, Action::Back);
        assert_eq!(s.screen, Screen::Question(core - 1));
        assert_eq!(s.answers[core - 1], Some(undecided(core - 1)));
        apply(&mut s, Action::Next);
        assert_eq!(s.screen, Screen::Question(core));
        // A reload mid-extension resumes on the same question.
        let saved =
            crate::quiz::progress::save(CONTENT_VERSION, s.seed, Step::Question(core), &s.answers);
        let loaded = crate::quiz::progress::load(&saved, CONTENT_VERSION, &b);
        let back = State::restore(loaded, Route::Question(core));
        assert_eq!(back.screen, Screen::Question(core));
        // Going on undecided to the end asks every question, never more.
        for q in core..n {
            assert_eq!(s.screen, Screen::Question(q));
            apply(&mut s, Action::Pick(q, undecided(q)));
        }
        let Screen::Result(done) = &s.screen else {
            panic!("all asked: the result, got {:?}", s.screen)
        };
        assert_eq!(done.answers.len(), n);
        // No address goes past the last question asked.
        apply(&mut s, Action::Navigate(Route::Question(n + 5)));
        assert_eq!(s.screen, Screen::NotFound);
    }

    #[test]
    fn a_changed_answer_can_settle_the_quiz_earlier_and_later_answers_are_dropped() {
        let b = bank();
        let (core, n) = (adaptive::core(&b), b.questions.len());
        let mut s = State::new();
        apply(&mut s, Action::Start { seed: 3 });
        for q in 0..n {
            if s.screen != Screen::Question(q) {
                break;
            }
            apply(&mut s, Action::Pick(q, undecided(q)));
        }
        assert!(matches!(s.screen, Screen::Result(_)));
        // Now answer the core as a Machine Learning Engineer would: the quiz settles at the
        // core, and the answers after it are left out of the result.
        let mle = b.roles.iter().position(|r| r.id == "mle").expect("mle");
        let keyed = |q: usize| -> u8 {
            let question = &b.questions[q];
            match question.kind {
                crate::quiz::QuestionKind::Scale if question.options[4].weights[mle] > 0 => 4,
                crate::quiz::QuestionKind::Scale => 1,
                crate::quiz::QuestionKind::Choice => question
                    .options
                    .iter()
                    .position(|o| o.weights[mle] > 0)
                    .unwrap_or(0) as u8,
            }
        };
        apply(&mut s, Action::Navigate(Route::Question(0)));
        for q in 0..core {
            assert_eq!(s.screen, Screen::Question(q));
            apply(&mut s, Action::Pick(q, keyed(q)));
        }
        let Screen::Result(done) = &s.screen else {
            panic!("settled at the core: {:?}", s.screen)
        };
        assert_eq!(done.answers.len(), core);
        assert_eq!(done.assessment.named(), Some(mle));
        assert!(
            s.answers[core].is_some(),
            "kept, in case the person goes back and changes"
        );
        apply(&mut s, Action::Navigate(Route::Question(core + 2)));
        assert_eq!(
            s.screen,
            Screen::Question(core - 1),
            "no question past the settled point"
        );
    }

    #[test]
    fn walks_forward_and_back_and_keeps_changed_answers() {
        let n = bank().questions.len();
        let mut s = State::new();
        apply(&mut s, Action::Next);
        assert_eq!(s.screen, Screen::Intro, "Next does nothing on the intro");
        apply(&mut s, Action::Start { seed: 42 });
        assert_eq!(s.screen, Screen::Question(0));
        assert_eq!(s.seed, 42);
        apply(&mut s, Action::Next);
        assert_eq!(s.screen, Screen::Question(0), "cannot continue unanswered");
        while let Screen::Question(q) = s.screen {
            apply(&mut s, Action::Choose(q, 1));
            apply(&mut s, Action::Next);
        }
        let Screen::Result(done) = &s.screen else {
            panic!("expected the result, got {:?}", s.screen)
        };
        let asked = done.answers.len();
        assert!((adaptive::core(&bank())..=n).contains(&asked), "{asked}");
        assert_eq!(
            done.answers,
            vec![1; asked],
            "the result holds the answers it scored"
        );
        apply(&mut s, Action::Navigate(Route::Question(2)));
        apply(&mut s, Action::Choose(2, 0));
        apply(&mut s, Action::Back);
        assert_eq!(s.screen, Screen::Question(1));
        assert_eq!(s.answers[2], Some(0), "changed answer kept");
        apply(&mut s, Action::Next);
        assert_eq!(s.screen, Screen::Question(2));
        apply(&mut s, Action::Navigate(Route::Result));
        let Screen::Result(again) = &s.screen else {
            panic!("expected the result")
        };
        assert_eq!(again.answers[2], 0, "rescored with the changed answer");
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
        assert!(matches!(s.screen, Screen::Shared { result: Err(_), .. }));
    }

    #[test]
    fn a_shared_result_leaves_own_progress_alone() {
        let n = bank().questions.len();
        let mut s = State::new();
        apply(&mut s, Action::Start { seed: 1 });
        apply(&mut s, Action::Choose(0, 2));
        let theirs: Vec<Answer> = (0..n).map(|_| Some(0)).collect();
        let code = result::finish(&theirs).expect("complete").code;
        let asked = adaptive::settled_at(&bank(), &theirs).expect("settled");
        apply(&mut s, Action::Navigate(Route::Shared(code)));
        assert!(
            matches!(&s.screen, Screen::Shared { result: Ok(r), .. } if r.answers.len() == asked)
        );
        assert_eq!(s.answers[0], Some(2));
        apply(&mut s, Action::Resume);
        assert_eq!(s.screen, Screen::Question(1));
        apply(&mut s, Action::StartOver);
        assert_eq!(s, State::new());
    }

    #[test]
    fn a_retake_can_be_undone_by_button_or_by_back_until_it_is_finished() {
        let n = bank().questions.len();
        let mut s = State::new();
        apply(&mut s, Action::Start { seed: 5 });
        for q in 0..n {
            apply(&mut s, Action::Pick(q, 0));
        }
        let Screen::Result(first) = s.screen.clone() else {
            panic!("one pick per question finishes: {:?}", s.screen)
        };
        apply(&mut s, Action::Start { seed: 6 });
        assert_eq!(s.screen, Screen::Question(0));
        assert!(!s.has_progress(), "a retake starts blank");
        apply(&mut s, Action::Pick(0, 1));
        apply(&mut s, Action::Undo);
        assert_eq!(s.screen, Screen::Result(Rc::clone(&first)));
        assert_eq!(
            (s.seed, s.answers[0]),
            (5, Some(0)),
            "answers and order are back"
        );
        // Browser Back from the retake's first question lands on #/result: the same undo.
        apply(&mut s, Action::Start { seed: 7 });
        apply(&mut s, Action::Navigate(Route::Result));
        assert_eq!(s.screen, Screen::Result(Rc::clone(&first)));
        assert_eq!(s.previous, None);
        // Once the retake is finished, the replaced result is gone.
        apply(&mut s, Action::Start { seed: 8 });
        for q in 0..n {
            apply(&mut s, Action::Pick(q, 1));
        }
        assert!(matches!(s.screen, Screen::Result(_)));
        assert_eq!(s.previous, None);
        apply(&mut s, Action::Undo);
        assert!(matches!(&s.screen, Screen::Result(r) if r.answers[0] == 1));
    }

    #[test]
    fn a_pick_moves_on_only_from_its_own_question() {
        let mut s = State::new();
        apply(&mut s, Action::Start { seed: 1 });
        apply(&mut s, Action::Pick(0, 2));
        assert_eq!(s.screen, Screen::Question(1));
        // A late pick for a question no longer on screen changes nothing.
        apply(&mut s, Action::Pick(0, 3));
        assert_eq!(
            (s.screen.clone(), s.answers[0]),
            (Screen::Question(1), Some(2))
        );
        // An address that asks for another screen is counted, even when the screen stays.
        let before = s.navigations;
        apply(&mut s, Action::Navigate(Route::Result));
        assert_eq!(s.screen, Screen::Question(1));
        assert_eq!(s.navigations, before + 1);
    }

    #[test]
    fn restoring_keeps_the_seed_and_never_shows_an_empty_result() {
        let n = bank().questions.len();
        let saved = Saved {
            seed: 77,
            step: Step::Result,
            answers: vec![Some(0); n],
        };
        let s = State::restore(Some(saved), Route::Result);
        assert_eq!(s.seed, 77);
        assert!(matches!(s.screen, Screen::Result(_)));
        let mut partial = vec![Some(0); n];
        partial[4] = None;
        let saved = Saved {
            seed: 3,
            step: Step::Result,
            answers: partial,
        };
        let s = State::restore(Some(saved), Route::Result);
        assert_eq!(s.screen, Screen::Question(4));
    }
}
