//! Saved progress: where the person is and what they answered, as one short string.
//!
//! Layout `p1.<content version>.<step>.<answers>`: step is `i` (intro), a question number from 1,
//! or `r` (result); answers hold one character per question, `0`-`8` or `-` for unanswered.
//! Anything else, including another content version, reads as "no saved progress".

use super::score::Answer;

/// Prefix of the current layout; change it when the layout changes.
const PREFIX: &str = "p1";

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

/// Serialises progress for storage.
pub fn save(content_version: u8, step: Step, answers: &[Answer]) -> String {
    let step = match step {
        Step::Intro => "i".to_string(),
        Step::Question(i) => (i + 1).to_string(),
        Step::Result => "r".to_string(),
    };
    let answers: String = answers
        .iter()
        .map(|a| match a {
            Some(o) if *o < 9 => char::from(b'0' + o),
            _ => '-',
        })
        .collect();
    format!("{PREFIX}.{content_version}.{step}.{answers}")
}

/// Reads progress saved by [`save`] for a quiz of `questions` questions; `None` for anything
/// that is not exactly that (corrupt, old layout, other content version).
pub fn load(saved: &str, content_version: u8, questions: usize) -> Option<(Step, Vec<Answer>)> {
    let mut parts = saved.split('.');
    if parts.next()? != PREFIX || parts.next()?.parse::<u8>().ok()? != content_version {
        return None;
    }
    let step = match parts.next()? {
        "i" => Step::Intro,
        "r" => Step::Result,
        n => {
            let n: usize = n.parse().ok()?;
            (1..=questions)
                .contains(&n)
                .then(|| Step::Question(n - 1))?
        }
    };
    let raw = parts.next()?;
    if parts.next().is_some() || raw.len() != questions {
        return None;
    }
    let answers = raw
        .bytes()
        .map(|c| match c {
            b'-' => Some(None),
            b'0'..=b'8' => Some(Some(c - b'0')),
            _ => None,
        })
        .collect::<Option<Vec<Answer>>>()?;
    Some((step, answers))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_garbage() {
        let a = vec![Some(0), None, Some(4)];
        for step in [Step::Intro, Step::Question(2), Step::Result] {
            assert_eq!(load(&save(3, step, &a), 3, 3), Some((step, a.clone())));
        }
        let good = save(3, Step::Question(1), &a);
        assert_eq!(load(&good, 4, 3), None, "other content version");
        assert_eq!(load(&good, 3, 4), None, "other question count");
        for bad in [
            "",
            "p1",
            "p1.3.9.0-4",
            "p1.3.0.0-4",
            "p1.3.2.0x4",
            "p0.3.2.0-4",
            "p1.3.2.0-4.x",
            "{\"json\":1}",
        ] {
            assert_eq!(load(bad, 3, 3), None, "{bad}");
        }
    }
}
