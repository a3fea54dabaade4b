//! Embed mode: the app inside a recruiter's page, loaded by `embed.js` in an iframe. This file
//! reads the options (`EmbedConfig`) and names the events; `glue.rs` talks to the host page;
//! colours and their contrast live in `theme.rs`.
//!
//! The query string is untrusted: every option is validated and a bad one is dropped. Messages
//! go only to the parent origin the loader declared. Only `complete` carries anything about the
//! visitor: the result's level, role and a share link, which encodes all the answers.

use crate::quiz::{Finished, Links};
use crate::state::{Screen, State};
use crate::theme::Theme;

/// Options read from the iframe's address.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedConfig {
    /// Origin of the host page, the only target of our messages.
    pub parent: String,
    /// Accent colour as `#rrggbb`.
    pub accent: Option<String>,
    /// The host's theme; `None` follows the visitor's system setting.
    pub theme: Option<Theme>,
    /// Tighter spacing, and a shorter result.
    pub compact: bool,
    /// The host shows its own heading: the intro's title is for screen readers only.
    pub hide_title: bool,
    /// The host page's background as `#rrggbb`, used when the theme's text stays readable on it.
    pub background: Option<String>,
    /// The host's call to action address, overriding the content file's (`data-cta-url`).
    pub cta: Option<String>,
    /// The frame's first height in CSS pixels: the intro is padded to it, so the host's page
    /// does not move when the quiz loads.
    pub first_height: Option<u32>,
    /// Inside the loader's popup dialog: the page scrolls inside, Esc asks to close.
    pub popup: bool,
}

/// An event for the host page.
#[derive(Debug, Clone, PartialEq)]
pub enum EmbedEvent {
    /// The app is up.
    Ready,
    /// A quiz started.
    Start,
    /// A question is on screen (index from 0).
    Step {
        /// Question index from 0.
        index: usize,
        /// Number of questions.
        total: usize,
    },
    /// The result is on screen.
    Complete {
        /// The recommended role's id; `None` when the result names no single role.
        role: Option<&'static str>,
        /// Its title.
        role_title: Option<&'static str>,
        /// `clear`, `leaning`, `both` or `open` (see `quiz::Level`).
        level: &'static str,
        /// (role id, interest shown in %) for every role; not shares, they need not add up.
        interest: Vec<(&'static str, u8)>,
        /// The public share link; it encodes the answers.
        share_url: String,
        /// The call to action's address, role and link filled in, for a host that shows its
        /// own button.
        cta_url: String,
    },
    /// A new screen is on show, for the loader alone (not passed on to the host page): it
    /// brings the quiz's top into view, and keeps the frame's height during the questions.
    Screen {
        /// `question`, or `other` (the intro, a result, a message).
        question: bool,
    },
    /// The person pressed Esc inside the popup.
    Close,
    /// The content's height in CSS pixels.
    Resize(u32),
}

/// What the host page hears when the screen changes from `before` (`None` on the app's first
/// screen) to `s.screen`; `finished_before` is `s.finished` as it was then. Pure, so the
/// privacy rule is tested natively: only a result the person reached by answering in this
/// frame during this visit (`State::finished` moved) sends `complete`, which carries the share
/// link and so every answer. A result restored, opened by an address or brought back by an
/// undo sends nothing about the visitor. `links` gives a result's share link and call to
/// action address. The events come in the order they are sent.
pub fn screen_events(
    before: Option<&Screen>,
    s: &State,
    finished_before: u32,
    links: impl Fn(&Finished) -> Links,
) -> Vec<EmbedEvent> {
    let mut events = vec![EmbedEvent::Screen {
        question: matches!(s.screen, Screen::Question(_)),
    }];
    match &s.screen {
        Screen::Question(i) => {
            if *i == 0
                && matches!(before, Some(Screen::Intro) | None)
                && !s.answers.iter().skip(1).any(Option::is_some)
            {
                events.push(EmbedEvent::Start);
            }
            events.push(EmbedEvent::Step {
                index: *i,
                total: s.answers.len(),
            });
        }
        Screen::Result(done) if s.finished != finished_before => {
            let a = &done.assessment;
            let lead = &done.bank.roles[a.lead()];
            let Links { share, cta } = links(done);
            events.push(EmbedEvent::Complete {
                role: a.named().map(|_| lead.id),
                role_title: a.named().map(|_| lead.title),
                level: a.level.id(),
                interest: done
                    .bank
                    .roles
                    .iter()
                    .map(|r| r.id)
                    .zip(a.interest.iter().copied())
                    .collect(),
                share_url: share,
                cta_url: cta,
            });
        }
        _ => {}
    }
    events
}

/// Where saved progress lives: the quiz's own key on its own pages and another inside an
/// embed, so a frame never restores a session saved on the quiz's own site. Browsers keep a
/// frame's storage apart per host site already; a host on the quiz's own site shares the
/// embed key, and what it restores is never reported (`screen_events`).
pub fn progress_key(embedded: bool) -> &'static str {
    if embedded {
        "role-quiz-embed"
    } else {
        "role-quiz"
    }
}

/// Expands `#abc` to `#aabbcc`; `None` for anything that is not a hex colour.
pub fn parse_hex_colour(v: &str) -> Option<String> {
    let hex = v.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    match hex.len() {
        6 => Some(["#", &hex.to_ascii_lowercase()].concat()),
        3 => Some(hex.chars().fold(String::from("#"), |mut s, c| {
            s.push(c.to_ascii_lowercase());
            s.push(c.to_ascii_lowercase());
            s
        })),
        _ => None,
    }
}

/// An origin such as `https://careers.example.com` or `http://127.0.0.1:8080`, nothing more.
fn is_origin(v: &str) -> bool {
    let rest = v
        .strip_prefix("https://")
        .or_else(|| v.strip_prefix("http://"));
    rest.is_some_and(|host| {
        !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
    })
}

/// A call to action address a host may set: absolute http(s), nothing that could leave an
/// attribute; `{role}` and `{link}` placeholders allowed. embed.js takes no address this
/// refuses (its `ctaUrl` rule), and refuses two more shapes this lets by: a placeholder in
/// the host and a `{role}` path segment. Checking those here too cost ~200 B of first screen
/// for nothing: only the loader passes an address in, and a page framing the quiz by hand
/// chooses its own button anyway.
fn is_link(v: &str) -> bool {
    (v.starts_with("https://") || v.starts_with("http://"))
        && v.len() <= 500
        && v.chars()
            .all(|c| c.is_ascii_graphic() && !"\"'<>`\\".contains(c))
}

/// The origin (`scheme://host[:port]`) of an absolute http(s) URL.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| [scheme, "://", host].concat())
}

/// Percent-decoding for query values (the loader encodes `:` and `/` of the origin).
fn decode(v: &str) -> Option<String> {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = v.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

impl EmbedConfig {
    /// Reads `?embed=1&parent=…` and the options; `None` when not embedded or without a valid
    /// parent origin (then nothing is ever posted).
    pub fn from_query(query: &str) -> Option<EmbedConfig> {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut embed = false;
        let mut cfg = EmbedConfig::default();
        for pair in query.split('&').take(24) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(v) = decode(v) else { continue };
            match k {
                "embed" => embed = v == "1",
                "parent" if is_origin(&v) => cfg.parent = v,
                "accent" => cfg.accent = parse_hex_colour(&v),
                "theme" => cfg.theme = Theme::parse(&v),
                "compact" => cfg.compact = v == "1",
                "title" => cfg.hide_title = v == "0",
                "bg" => cfg.background = parse_hex_colour(&v),
                "cta" if is_link(&v) => cfg.cta = Some(v),
                "h" => cfg.first_height = v.parse().ok().filter(|h| (100..=3000).contains(h)),
                "popup" => cfg.popup = v == "1",
                _ => {}
            }
        }
        (embed && !cfg.parent.is_empty()).then_some(cfg)
    }
}

#[cfg(target_arch = "wasm32")]
mod glue;
#[cfg(target_arch = "wasm32")]
use glue as imp;

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::EmbedEvent;
    /// No embedding outside a browser.
    pub fn init() {}
    /// No embedding outside a browser.
    pub fn post(_: &EmbedEvent) {}
    /// No embedding outside a browser.
    pub fn active() -> bool {
        false
    }
    /// No embedding outside a browser.
    pub fn cta_url() -> Option<String> {
        None
    }
    /// No embedding outside a browser.
    pub fn inline() -> bool {
        false
    }
}

pub use imp::{active, cta_url, init, inline, post};

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::quiz::progress::{self, Step};
    use crate::quiz::{bank, CONTENT_VERSION};
    use crate::route::Route;
    use crate::state::Action;
    use std::rc::Rc;
    use yew::Reducible;

    /// Stand-in addresses for a result (the plan's tests use them too).
    pub(crate) fn links(_: &Finished) -> Links {
        Links {
            share: "share".into(),
            cta: "cta".into(),
        }
    }

    /// The events of the move from `before` to `after`.
    fn events(before: &State, after: &State) -> Vec<EmbedEvent> {
        collect(Some(&before.screen), after, before.finished)
    }

    fn collect(before: Option<&Screen>, after: &State, finished_before: u32) -> Vec<EmbedEvent> {
        screen_events(before, after, finished_before, links)
    }

    fn completes(e: &[EmbedEvent]) -> bool {
        e.iter().any(|e| matches!(e, EmbedEvent::Complete { .. }))
    }

    /// Answers option 0 from the question on screen to the result; returns the state on the
    /// last question and on the result.
    fn answer_to_the_end(mut s: Rc<State>) -> (Rc<State>, Rc<State>) {
        loop {
            let Screen::Question(i) = s.screen else {
                panic!("not on a question: {:?}", s.screen);
            };
            let last = s.clone().reduce(Action::Choose(i, 0));
            let next = last.clone().reduce(Action::Next);
            if matches!(next.screen, Screen::Result(_)) {
                return (last, next);
            }
            s = next;
        }
    }

    #[test]
    fn only_a_result_answered_in_this_visit_is_reported() {
        let intro = Rc::new(State::new());
        let started = intro.clone().reduce(Action::Start { seed: 7 });
        let e = events(&intro, &started);
        assert_eq!(
            e,
            [
                EmbedEvent::Screen { question: true },
                EmbedEvent::Start,
                EmbedEvent::Step {
                    index: 0,
                    total: bank().questions.len()
                }
            ]
        );
        let (last, done) = answer_to_the_end(started);
        let e = events(&last, &done);
        assert!(completes(&e), "answered here: {e:?}");
        assert!(e.iter().any(
            |e| matches!(e, EmbedEvent::Complete { share_url, cta_url, .. }
            if share_url == "share" && cta_url == "cta")
        ));

        // The same answers saved elsewhere and restored: an address for the last question,
        // then one for the result, reports nothing about them (the attack of a same-site
        // framer that moves the frame's address).
        let Screen::Question(q) = last.screen else {
            unreachable!()
        };
        let saved = progress::save(CONTENT_VERSION, 7, Step::Result, &done.answers);
        let restored = progress::load(&saved, CONTENT_VERSION, &bank());
        let on_last = Rc::new(State::restore(restored, Route::Question(q)));
        assert_eq!(on_last.screen, Screen::Question(q));
        let shown = on_last.clone().reduce(Action::Navigate(Route::Result));
        assert!(matches!(shown.screen, Screen::Result(_)));
        assert!(
            !completes(&events(&on_last, &shown)),
            "restored, not answered"
        );
        // Straight to the result on the first screen: nothing either.
        assert!(!completes(&collect(None, &shown, shown.finished)));

        // A retake undone brings the old result back without reporting it again.
        let retake = done.clone().reduce(Action::Start { seed: 9 });
        let answered = retake.clone().reduce(Action::Choose(0, 1));
        let undone = answered.clone().reduce(Action::Undo);
        assert!(matches!(undone.screen, Screen::Result(_)));
        assert!(!completes(&events(&answered, &undone)), "an undo");
        // A retake answered to the end is reported: it is a new result.
        let (last, again) = answer_to_the_end(retake);
        assert!(completes(&events(&last, &again)));
    }

    #[test]
    fn a_frame_keeps_progress_apart_from_the_quiz_site() {
        assert_eq!(progress_key(false), "role-quiz");
        assert_ne!(progress_key(true), progress_key(false));
    }

    #[test]
    fn reads_valid_options_and_drops_bad_ones() {
        let c = EmbedConfig::from_query(
            "?embed=1&parent=https%3A%2F%2Fjobs.example.com&accent=%230B7285&theme=dark&compact=1",
        )
        .expect("embedded");
        assert_eq!(c.parent, "https://jobs.example.com");
        assert_eq!(c.accent.as_deref(), Some("#0b7285"));
        assert_eq!(c.theme, Some(Theme::Dark));
        assert!(c.compact);
        let c = EmbedConfig::from_query(
            "embed=1&parent=http://127.0.0.1:9&accent=red;x&theme=neon&compact=yes",
        )
        .expect("embedded");
        assert_eq!((c.accent, c.theme, c.compact), (None, None, false));
        let c = EmbedConfig::from_query(
            "embed=1&parent=https://a.com&title=0&bg=%23F8F9FA&cta=https%3A%2F%2Fa.com%2Fcontact%3Frole%3D%7Brole%7D",
        )
        .expect("embedded");
        assert!(c.hide_title);
        assert_eq!(c.background.as_deref(), Some("#f8f9fa"));
        assert_eq!(c.cta.as_deref(), Some("https://a.com/contact?role={role}"));
        for bad in [
            "javascript:alert(1)",
            "/relative",
            "https://a.com/\"onclick",
            "https://a b",
            // Look-alike letters, a right-to-left override: refused, as embed.js refuses them.
            "https://аpple.example/",
            "https://a.com/\u{202e}exe",
        ] {
            let q = format!(
                "embed=1&parent=https://a.com&cta={}",
                crate::quiz::share::encode_component(bad)
            );
            let c = EmbedConfig::from_query(&q).expect("embedded");
            assert_eq!(c.cta, None, "{bad}");
        }
        assert_eq!(parse_hex_colour("#AbC").as_deref(), Some("#aabbcc"));
        for bad in [
            "",
            "?embed=1",
            "?embed=1&parent=javascript:alert(1)",
            "?embed=1&parent=https://a.com/path",
            "?embed=0&parent=https://a.com",
            "?embed=1&parent=%ZZ",
        ] {
            assert_eq!(EmbedConfig::from_query(bad), None, "{bad}");
        }
    }

    #[test]
    fn reads_the_embedding_origin_from_a_referrer() {
        assert_eq!(
            origin_of("https://jobs.example.com:8443/careers/ai?x=1#y").as_deref(),
            Some("https://jobs.example.com:8443")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:9/").as_deref(),
            Some("http://127.0.0.1:9")
        );
        for bad in ["", "about:blank", "file:///x", "https://", "javascript://x"] {
            assert_eq!(origin_of(bad), None, "{bad}");
        }
    }
}
