//! Content version 3's model: when the quiz has asked enough (its levels and causes are in
//! `level.rs`).
//!
//! Everyone answers the first `core` questions; after that the quiz asks one more at a time,
//! in file order, until the result is settled or every question is asked. So the questions
//! asked are always a prefix of the bank, and a share code's answer count is where its
//! sender's quiz stopped (`settled_at` must agree, or the link is refused).

use super::level::Level;
use super::model::{Adaptive, Bank, Scoring};
use super::score::{judge, Answer, Assessment};

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
