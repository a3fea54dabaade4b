//! Saved progress: where the person is, what they answered and their option order, as one
//! short string.
//!
//! Layout `p2.<content version>.<seed>.<step>.<answers>`: seed is the option-order seed
//! (`quiz::order`) in decimal; step is `i` (intro), a question number from 1, or `r` (result);
//! answers hold one character per question, `0`-`8` or `-` for unanswered. Anything else,
//! including another content version or an answer the question does not have, reads as "no
//! saved progress", so a corrupt or outdated entry starts fresh instead of breaking a screen.

use super::model::Bank;
use super::score::Answer;
use super::text::num;

/// Prefix of the current layout; change it when the layout changes.
const PREFIX: &str = "p2";

/// Where in the quiz a person is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The intro screen.
    Intro,
    /// Question index from 0.
    Question(usize),
    /// The result.
    Result,
}

/// Progress as saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The option-order seed.
    pub seed: u32,
    /// Where the person was.
    pub step: Step,
    /// One answer per question.
    pub answers: Vec<Answer>,
}

/// Serialises progress for storage.
pub fn save(content_version: u8, seed: u32, step: Step, answers: &[Answer]) -> String {
    let step = match step {
        Step::Intro => "i".to_string(),
        Step::Question(i) => num(i + 1),
        Step::Result => "r".to_string(),
    };
    let answers: String = answers
        .iter()
        .map(|a| match a {
            Some(o) if *o < 9 => char::from(b'0' + o),
            _ => '-',
        })
        .collect();
    [
        PREFIX,
        ".",
        &num(content_version.into()),
        ".",
        &num(seed as usize),
        ".",
        &step,
        ".",
        &answers,
    ]
    .concat()
}

/// Reads progress saved by [`save`] for `bank` (content `content_version`); `None` for anything
/// that is not exactly that: corrupt, old layout, other version, or an answer out of range.
pub fn load(saved: &str, content_version: u8, bank: &Bank) -> Option<Saved> {
    let questions = bank.questions;
    let mut parts = saved.split('.');
    if parts.next()? != PREFIX || parts.next()?.parse::<u8>().ok()? != content_version {
        return None;
    }
    let seed: u32 = parts.next()?.parse().ok()?;
    let step = match parts.next()? {
        "i" => Step::Intro,
        "r" => Step::Result,
        n => {
            let n: usize = n.parse().ok()?;
            (1..=questions.len())
                .contains(&n)
                .then(|| Step::Question(n - 1))?
        }
    };
    let raw = parts.next()?;
    if parts.next().is_some() || raw.len() != questions.len() {
        return None;
    }
    let answers = raw
        .bytes()
        .zip(questions)
        .map(|(c, q)| match c {
            b'-' => Some(None),
            b'0'..=b'8' if usize::from(c - b'0') < q.options.len() => Some(Some(c - b'0')),
            _ => None,
        })
        .collect::<Option<Vec<Answer>>>()?;
    Some(Saved {
        seed,
        step,
        answers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{bank, CONTENT_VERSION};

    #[test]
    fn round_trips_and_rejects_garbage() {
        let b = bank();
        let n = b.questions.len();
        let mut a = vec![None; n];
        a[0] = Some(0);
        a[2] = Some(1);
        for step in [Step::Intro, Step::Question(2), Step::Result] {
            let saved = save(CONTENT_VERSION, 4_000_000_000, step, &a);
            let back = load(&saved, CONTENT_VERSION, &b);
            assert_eq!(
                back,
                Some(Saved {
                    seed: 4_000_000_000,
                    step,
                    answers: a.clone()
                })
            );
        }
        let good = save(CONTENT_VERSION, 9, Step::Question(1), &a);
        assert_eq!(load(&good, CONTENT_VERSION + 1, &b), None, "other version");
        let dashes = "-".repeat(n);
        for bad in [
            String::new(),
            "p2".into(),
            format!("p2.{CONTENT_VERSION}.9.99.{dashes}"),
            format!("p2.{CONTENT_VERSION}.9.0.{dashes}"),
            format!("p2.{CONTENT_VERSION}.x.1.{dashes}"),
            format!("p2.{CONTENT_VERSION}.9.1.{}", "-".repeat(n - 1)),
            format!("p2.{CONTENT_VERSION}.9.1.{dashes}.x"),
            format!("p1.{CONTENT_VERSION}.1.{dashes}"),
            "{\"json\":1}".into(),
        ] {
            assert_eq!(load(&bad, CONTENT_VERSION, &b), None, "{bad}");
        }
        // An option the question does not have: every question has at most 5 options here.
        let out_of_range = format!("p2.{CONTENT_VERSION}.9.r.7{}", "0".repeat(n - 1));
        assert_eq!(load(&out_of_range, CONTENT_VERSION, &b), None);
    }
}
