//! The words the app says: a result's kicker, heading, explanation and notes, the sentence and
//! e-mail it is shared with, and what screen readers hear on each new screen. A result's words
//! follow its cause (`score::Cause`), so that no sentence denies an interest the answers show
//! (`tests/assessment.rs` checks a million answer sets). Pure, so all of it is tested natively;
//! the pages only lay it out.

use super::content::Text;
use super::result::Finished;
use super::score::{Cause, Level};
use super::text::{fill, num};

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

/// The progress words for question `current` (from 1) of a quiz that asks at least `core`
/// questions: they never promise a fixed end. Shown above the bar and announced.
pub fn progress_label(current: usize, core: usize, t: &Text) -> String {
    let template = if current > core {
        t.progress_more.get()
    } else {
        t.progress.get()
    };
    fill(template, &[("n", &num(current)), ("core", &num(core))])
}

/// What screen readers hear when a result opens: its level, after the banner on a shared one.
pub fn result_announcement(done: &Finished, shared: bool, t: &Text) -> String {
    let level = level_label(done.assessment.level, t);
    if shared {
        [t.shared_banner.get(), " ", level].concat()
    } else {
        level.to_string()
    }
}

/// The e-mail a person sends themselves: the verdict, the salaries of the roles it is about,
/// the link, and the recruiter's address when there is one (`cta`, empty for none), so the
/// e-mail leads back to them.
pub fn email_body(done: &Finished, link: &str, cta: &str, t: &Text) -> String {
    let roles = done.bank.roles;
    let salaries: Vec<String> = done
        .featured()
        .into_iter()
        .map(|r| {
            let r = &roles[r];
            [
                r.title,
                ": ",
                r.salary.get(),
                " (",
                t.salary_label.get(),
                ")",
            ]
            .concat()
        })
        .collect();
    let body = fill(
        t.email_body.get(),
        &[
            ("verdict", &verdict_line(done, t)),
            ("salaries", &salaries.join("\n")),
            ("link", link),
        ],
    );
    if cta.is_empty() {
        body
    } else {
        [&body, "\n\n", &fill(t.email_cta.get(), &[("url", cta)])].concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{bank, result::finish, TEXT, TEXT_SHARED};

    fn a_result() -> Finished {
        let n = bank().questions.len();
        finish(&vec![Some(0); n]).expect("every question answered")
    }

    #[test]
    fn progress_never_promises_a_fixed_end() {
        assert_eq!(progress_label(3, 10, &TEXT), "Question 3 of at least 10");
        assert_eq!(
            progress_label(11, 10, &TEXT),
            "Question 11 · a few more to be sure"
        );
    }

    #[test]
    fn the_email_carries_verdict_salaries_link_and_the_recruiter_when_there_is_one() {
        let done = a_result();
        let plain = email_body(&done, "https://q.example/r/x.html#c", "", &TEXT);
        assert!(plain.starts_with(&verdict_line(&done, &TEXT)), "{plain}");
        for r in done.featured() {
            assert!(plain.contains(done.bank.roles[r].salary.get()), "{plain}");
        }
        assert!(plain.ends_with("https://q.example/r/x.html#c"), "{plain}");
        let with = email_body(&done, "L", "https://jobs.example/contact", &TEXT);
        assert!(with.ends_with("L\n\nTalk to a recruiter: https://jobs.example/contact"));
    }

    #[test]
    fn a_shared_result_is_announced_as_shared() {
        let done = a_result();
        let own = result_announcement(&done, false, &TEXT);
        assert_eq!(own, level_label(done.assessment.level, &TEXT));
        let shared = result_announcement(&done, true, &TEXT_SHARED);
        assert!(shared.starts_with(TEXT.shared_banner.get()), "{shared}");
        assert!(shared.ends_with(level_label(done.assessment.level, &TEXT_SHARED)));
    }
}
