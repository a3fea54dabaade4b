//! What the app does after a state change, decided as plain data: what to save, what the
//! embedding page hears, how the address changes and whether focus moves. Pure, so every rule
//! is tested natively; `hooks/use_quiz.rs` only carries a plan out.

use crate::embed::{screen_events, EmbedEvent};
use crate::quiz::{progress, Finished, Links, CONTENT_VERSION};
use crate::state::{Screen, State};

/// What the last plan was made from: the parts of the state a plan compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    screen: Screen,
    navigations: u32,
    words: Option<bool>,
    finished: u32,
}

impl Seen {
    /// What `s` shows now.
    pub fn of(s: &State) -> Seen {
        Seen {
            screen: s.screen.clone(),
            navigations: s.navigations,
            words: s.words,
            finished: s.finished,
        }
    }
}

/// What becomes of saved progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Save {
    /// Left as it is: a shared result or an unknown address is not the person's own quiz.
    Keep,
    /// Removed: the person is back at the start with nothing answered.
    Remove,
    /// Written with this value.
    Write(String),
}

/// How the address bar changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// It already names the screen shown.
    Keep,
    /// A move: a new history entry with this fragment.
    Push(String),
    /// A correction in place (an address asked for a screen it cannot show, `#/result`
    /// mid-quiz), so Back does not return to the wrong address.
    Replace(String),
}

/// Everything one state change asks of the browser, in the order it is done.
#[derive(Debug, PartialEq)]
pub struct Plan {
    /// Saved progress.
    pub save: Save,
    /// What the embedding page hears (nothing outside an embed).
    pub events: Vec<EmbedEvent>,
    /// The address bar.
    pub address: Address,
    /// Whether focus moves to the screen's heading, where keyboard and screen-reader users
    /// start reading the new step.
    pub focus: bool,
}

/// The plan for reaching `s` from `before` (`None` on the app's first screen, which the page
/// already shows at its address and where focus stays where the page had it). `hash` is the
/// address's fragment now; `embedded` says whether an embedding page listens; `links` gives a
/// finished result's addresses, asked only when an event carries them.
pub fn plan(
    before: Option<&Seen>,
    s: &State,
    hash: &str,
    embedded: bool,
    links: impl Fn(&Finished) -> Links,
) -> Plan {
    let save = match s.screen.step() {
        Some(_) if !s.has_progress() => Save::Remove,
        Some(step) => Save::Write(progress::save(CONTENT_VERSION, s.seed, step, &s.answers)),
        None => Save::Keep,
    };
    let (screen_before, navigations, words, finished) = match before {
        Some(b) => (Some(&b.screen), b.navigations, b.words, b.finished),
        None => (None, s.navigations, s.words, s.finished),
    };
    let moved = screen_before != Some(&s.screen);
    let events = if moved && embedded {
        screen_events(screen_before, s, finished, links)
    } else {
        Vec::new()
    };
    let corrected = navigations != s.navigations;
    let address = if !moved && !corrected {
        Address::Keep
    } else {
        let target = s.screen.route().to_hash();
        if hash == target || (target == "#/" && hash.is_empty()) {
            Address::Keep
        } else if corrected || before.is_none() {
            // The first screen is not a move: an address it could not show is corrected.
            Address::Replace(target)
        } else {
            Address::Push(target)
        }
    };
    // A screen that waited for the late words gets its heading when they come.
    let words_came = words != s.words && !matches!(s.screen, Screen::Intro);
    Plan {
        save,
        events,
        address,
        focus: before.is_some() && (moved || corrected || words_came),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::tests::links;
    use crate::route::Route;
    use crate::state::Action;
    use std::rc::Rc;
    use yew::Reducible;

    fn step(s: &Rc<State>, a: Action) -> Rc<State> {
        Rc::clone(s).reduce(a)
    }

    fn started() -> Rc<State> {
        step(&Rc::new(State::new()), Action::Start { seed: 7 })
    }

    #[test]
    fn the_first_screen_keeps_its_address_and_focus() {
        let s = State::new();
        let p = plan(None, &s, "", true, links);
        assert_eq!(p.address, Address::Keep);
        assert!(!p.focus);
        assert_eq!(p.save, Save::Remove, "nothing answered: nothing to keep");
        // The loader still learns which screen is on show.
        assert_eq!(p.events, vec![EmbedEvent::Screen { question: false }]);
    }

    #[test]
    fn a_move_pushes_an_entry_and_moves_focus() {
        let intro = State::new();
        let s = started();
        let p = plan(Some(&Seen::of(&intro)), &s, "", false, links);
        assert_eq!(p.address, Address::Push("#/q/1".into()));
        assert!(p.focus);
        assert_eq!(p.save, Save::Remove, "started, nothing answered yet");
        assert!(p.events.is_empty(), "no embedding page, no events");
    }

    #[test]
    fn an_address_that_already_names_the_screen_is_left_alone() {
        let intro = State::new();
        let s = started();
        let p = plan(Some(&Seen::of(&intro)), &s, "#/q/1", false, links);
        assert_eq!(p.address, Address::Keep);
        assert!(p.focus);
    }

    #[test]
    fn a_corrected_address_is_replaced_not_pushed() {
        let s = started();
        // `#/result` mid-quiz: the state stays on the question and counts a correction.
        let after = step(&s, Action::Navigate(Route::Result));
        assert_eq!(after.screen, s.screen);
        assert_ne!(after.navigations, s.navigations);
        let p = plan(Some(&Seen::of(&s)), &after, "#/result", false, links);
        assert_eq!(p.address, Address::Replace("#/q/1".into()));
    }

    #[test]
    fn a_state_change_on_the_same_screen_neither_moves_nor_focuses() {
        let s = started();
        let after = step(&s, Action::Choose(0, 1));
        let p = plan(Some(&Seen::of(&s)), &after, "#/q/1", true, links);
        assert_eq!(p.address, Address::Keep);
        assert!(!p.focus);
        assert!(p.events.is_empty());
        assert!(matches!(p.save, Save::Write(_)), "the answer is saved");
    }

    #[test]
    fn late_words_focus_the_heading_they_bring() {
        let s = started();
        let waiting = State {
            words: None,
            ..(*s).clone()
        };
        let p = plan(Some(&Seen::of(&waiting)), &s, "#/q/1", false, links);
        assert!(p.focus);
        assert_eq!(p.address, Address::Keep);
        // On the intro the words change nothing the person is reading.
        let intro = State::new();
        let waiting = State {
            words: None,
            ..intro.clone()
        };
        assert!(!plan(Some(&Seen::of(&waiting)), &intro, "", false, links).focus);
    }

    #[test]
    fn a_first_address_the_app_cannot_show_is_replaced_not_pushed() {
        let s = State::new();
        let p = plan(None, &s, "#/q/14", true, links);
        assert_eq!(p.address, Address::Replace("#/".into()));
    }

    #[test]
    fn a_shared_result_never_touches_saved_progress() {
        let s = State::restore(None, Route::Shared("not-a-code".into()));
        assert_eq!(plan(None, &s, "", false, links).save, Save::Keep);
    }
}
