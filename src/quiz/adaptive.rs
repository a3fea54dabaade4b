//! Content version 3's model: the level and its cause from the answers so far, and when the
//! quiz has asked enough.
//!
//! Everyone answers the first `core` questions; after that the quiz asks one more at a time,
//! in file order, until the result is settled or every question is asked. So the questions
//! asked are always a prefix of the bank, and a share code's answer count is where its
//! sender's quiz stopped (`settled_at` must agree, or the link is refused).

use super::model::{Adaptive, Bank, Scoring};
use super::score::{judge, Answer, Assessment, Cause, Level, Tally};

/// The level for the top two roles, and whether the two kinds of question disagree.
///
/// Levels move one step at a time: a clear fit needs half of the leading role's statement
/// points on top of a wide lead, so a wide lead with little stated interest is a leaning; and
/// mixed signals (scenario picks one way, statements the other) name no role.
pub(super) fn level(
    t: &Tally,
    s: &Adaptive,
    lead: usize,
    second: usize,
    pull: u32,
) -> (Level, bool) {
    let (by_picks, by_statements) = t.leads(lead, second);
    let m = i64::from(s.mixed);
    let mixed = by_picks * by_statements < 0 && by_picks.abs() >= m && by_statements.abs() >= m;
    let level = if mixed {
        Level::Open
    } else if pull >= u32::from(s.clear) && t.stated_pct(lead) >= 50 {
        Level::Clear
    } else if pull >= u32::from(s.lean) {
        Level::Leaning
    } else if t.shown(lead) && t.shown(second) {
        Level::Both
    } else {
        Level::Open
    };
    (level, mixed)
}

/// Why a result says what it says, for every model: the words follow this, so they never
/// deny an interest the answers show.
pub(super) fn cause(t: &Tally, level: Level, mixed: bool, lead: usize, second: usize) -> Cause {
    match level {
        Level::Clear | Level::Leaning => Cause::Lead,
        Level::Both => Cause::Both,
        Level::Open if mixed => {
            let (by_picks, _) = t.leads(lead, second);
            let (picks, statements) = if by_picks > 0 {
                (lead, second)
            } else {
                (second, lead)
            };
            Cause::Mixed { picks, statements }
        }
        Level::Open => match (t.shown(lead), t.shown(second)) {
            (true, true) => Cause::Both,
            (true, false) => Cause::Interest(lead),
            (false, true) => Cause::Interest(second),
            (false, false) => Cause::Little,
        },
    }
}

/// True when a result that names no role should still say which way the answers tilt: half
/// the leaning lead or more, and nothing that says "about equally" or "pulled both ways".
pub(super) fn tilt(level: Level, cause: Cause, pull: u32, s: &Adaptive) -> bool {
    level == Level::Open
        && matches!(cause, Cause::Interest(_) | Cause::Little)
        && pull > 0
        && pull * 2 >= u32::from(s.lean)
}

/// A judgement that ends the quiz before its last question: a role named, with a lead in
/// points of at least `settle` % of the largest lead the whole quiz allows. Measured against
/// the whole quiz, not the questions so far, the bar is high after few answers (when chance
/// leads are large) and eases as evidence builds up, as a sequential test's does.
fn settles(j: &Assessment, s: &Adaptive, full_max: u32) -> bool {
    matches!(j.level, Level::Clear | Level::Leaning)
        && j.lead_points * 100 >= u32::from(s.settle) * full_max
}

/// The largest lead the whole quiz allows: the most points any role can reach.
fn full_max(bank: &Bank) -> u32 {
    (0..bank.roles.len())
        .map(|r| {
            bank.questions
                .iter()
                .map(|q| {
                    q.options
                        .iter()
                        .map(|o| u32::from(o.weights.get(r).copied().unwrap_or(0)))
                        .max()
                        .unwrap_or(0)
                })
                .sum::<u32>()
        })
        .max()
        .unwrap_or(0)
}

/// Questions everyone answers: all of them outside the adaptive model.
pub fn core(bank: &Bank) -> usize {
    let n = bank.questions.len();
    match bank.scoring {
        Scoring::Adaptive(s) => usize::from(s.core).clamp(1, n),
        _ => n,
    }
}

/// How many questions these answers settle the quiz at: `Some(k)` when the first `k`
/// answers are all given and settle it (or `k` is every question), `None` while a question
/// before that point is unanswered. Answers past `k` (left from before an earlier answer was
/// changed) are ignored.
pub fn settled_at(bank: &Bank, answers: &[Answer]) -> Option<usize> {
    let n = bank.questions.len();
    let core = core(bank);
    if answers.get(..core)?.iter().any(Option::is_none) {
        return None;
    }
    let Scoring::Adaptive(s) = bank.scoring else {
        return (answers.len() == n).then_some(n);
    };
    let full = full_max(bank);
    for k in core..=n {
        if k > core && answers.get(k - 1).copied().flatten().is_none() {
            return None;
        }
        if k == n || judge(bank, &answers[..k]).is_ok_and(|j| settles(&j, &s, full)) {
            return Some(k);
        }
    }
    None
}

/// The question to ask after question `i` given the answers: `None` when the quiz is settled
/// there (the result comes next).
pub fn next_after(bank: &Bank, answers: &[Answer], i: usize) -> Option<usize> {
    match settled_at(bank, answers) {
        Some(k) if k <= i + 1 => None,
        _ => (i + 1 < bank.questions.len()).then_some(i + 1),
    }
}
