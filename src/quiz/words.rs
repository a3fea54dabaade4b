//! The words of a result: its kicker, heading, explanation and notes, and the sentence it is
//! shared with. Chosen by the result's cause (`score::Cause`), so that no sentence denies an
//! interest the answers show (`tests/assessment.rs` checks a million answer sets).

use super::content::Text;
use super::result::Finished;
use super::score::{Cause, Level};
use super::text::fill;

/// The words for a level, as the kicker above the result's heading.
pub fn level_label(level: Level, t: &Text) -> &'static str {
    match level {
        Level::Clear => t.level_clear.get(),
        Level::Leaning => t.level_leaning.get(),
        Level::Both => t.level_both.get(),
        Level::Open => t.level_open.get(),
    }
}

/// The word for the interest shown in a role: words, not percentages ("0 %" would read as "no
/// fit at all"). `shown` (the person agreed with half its statements or picked it in three
/// scenarios in four) is never called "little".
pub fn interest_word(percent: u8, shown: bool, t: &Text) -> &'static str {
    match percent {
        67.. => t.interest_strong.get(),
        _ if percent >= 34 || shown => t.interest_some.get(),
        _ => t.interest_little.get(),
    }
}

/// What a result says, in the order it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The heading: the named role, both roles, or the outcome.
    pub title: String,
    /// One sentence on why.
    pub explain: String,
    /// Further short sentences: which way the answers tilt when no role is named, and that a
    /// short quiz can come out differently on a retake (every result but a clear fit).
    pub notes: Vec<String>,
}

/// The words of a finished result, in the voice of `t` (own or shared).
pub fn verdict(done: &Finished, t: &Text) -> Verdict {
    let roles = done.bank.roles;
    let a = &done.assessment;
    let title_of = |r: usize| roles.get(r).map_or("", |r| r.title);
    // `{role}` is the role the sentence is about: the one interest was shown in, else the
    // leading one; `{picks}` and `{statements}` are where mixed signals pointed.
    let (role, (picks, statements)) = match a.cause {
        Cause::Interest(r) => (r, (a.lead(), a.runner_up())),
        Cause::Mixed { picks, statements } => (a.lead(), (picks, statements)),
        _ => (a.lead(), (a.lead(), a.runner_up())),
    };
    let values = [
        ("role", title_of(role)),
        ("other", title_of(a.runner_up())),
        ("picks", title_of(picks)),
        ("statements", title_of(statements)),
    ];
    let (title, explain) = match (a.level, a.cause) {
        (Level::Clear, _) => ("{role}", t.explain_clear.get()),
        (Level::Leaning, _) => ("{role}", t.explain_leaning.get()),
        (Level::Both, _) | (_, Cause::Both) => (t.result_both.get(), t.explain_both.get()),
        (_, Cause::Interest(_)) => (t.result_unsettled.get(), t.explain_interest.get()),
        (_, Cause::Mixed { .. }) => (t.result_mixed.get(), t.explain_mixed.get()),
        _ => (t.result_open.get(), t.explain_open.get()),
    };
    let mut notes = Vec::new();
    if let Some(r) = a.tilt {
        notes.push(fill(t.explain_tilt.get(), &[("role", title_of(r))]));
    }
    if a.level != Level::Clear {
        notes.push(t.retake_note.get().to_string());
    }
    Verdict {
        title: fill(title, &values),
        explain: fill(explain, &values),
        notes,
    }
}

/// The sentence a result is shared with (before its link).
pub fn share_text(done: &Finished, t: &Text) -> String {
    let roles = done.bank.roles;
    let a = &done.assessment;
    let title_of = |r: usize| roles.get(r).map_or("", |r| r.title);
    let template = match (a.level, a.cause) {
        (Level::Clear, _) => t.share_text_clear.get(),
        (Level::Leaning, _) => t.share_text_leaning.get(),
        (Level::Both, _) | (Level::Open, Cause::Both) => t.share_text_both.get(),
        (Level::Open, Cause::Little | Cause::Lead) => t.share_text_open.get(),
        (Level::Open, Cause::Interest(_) | Cause::Mixed { .. }) => t.share_text_unsettled.get(),
    };
    fill(
        template,
        &[
            ("role", title_of(a.lead())),
            ("other", title_of(a.runner_up())),
        ],
    )
}

/// The whole verdict as one line of plain text: "A clear fit: Machine Learning Engineer. …".
pub fn verdict_line(done: &Finished, t: &Text) -> String {
    let v = verdict(done, t);
    let mut line = [
        level_label(done.assessment.level, t),
        ": ",
        &v.title,
        ". ",
        &v.explain,
    ]
    .concat();
    for note in &v.notes {
        line.push(' ');
        line.push_str(note);
    }
    line
}
