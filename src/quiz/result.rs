//! A finished quiz: the one place a complete set of answers becomes a result.
//!
//! The state keeps the `Finished` value; the result page, the share panel and the embed event
//! all read it, so a result is scored once, whether it was just answered or opened from a link.

use super::adaptive::settled_at;
use super::content::{bank, bank_for, CONTENT_VERSION};
use super::model::Bank;
use super::score::{score, shows_interest, Answer, Assessment, Level};
use super::share::{self, ShareError};

/// A scored, shareable result.
#[derive(Debug, Clone)]
pub struct Finished {
    /// The bank the answers were given to (an older one for old links).
    pub bank: Bank,
    /// Its content version.
    pub version: u8,
    /// One option index per question, as written in the content file.
    pub answers: Vec<u8>,
    /// What the answers say.
    pub assessment: Assessment,
    /// The share code of these answers.
    pub code: String,
}

/// What a result's addresses are made from ([`Finished::links`]), read once when the app
/// starts: the quiz's public address and the call to action's template (the embed's
/// `data-cta-url` or the content file's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkBase {
    /// Where share links start.
    pub share: String,
    /// The call to action's template, with `{role}` and `{link}`.
    pub cta: String,
}

/// A finished result's two addresses ([`Finished::links`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Links {
    /// The share link; it encodes every answer.
    pub share: String,
    /// The call to action's address.
    pub cta: String,
}

/// Why a result cannot be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinishError {
    /// A question has no answer yet.
    Incomplete,
    /// The answers do not fit the bank (wrong count or an option it lacks).
    Invalid,
}

/// Two results are the same when their share codes are: a code holds the content version and
/// every answer, and the rest is computed from those. Comparing the code alone keeps the
/// reducer's state comparison (every step) small in the WebAssembly.
impl PartialEq for Finished {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Finished {}

impl Finished {
    /// The static page a share link opens on (it carries the link preview): the recommended
    /// role's page, or the page of an outcome that names no single role.
    pub fn page(&self) -> &'static str {
        match self.assessment.named() {
            Some(r) => self.bank.roles[r].id,
            None => match self.assessment.level {
                Level::Both => "both",
                _ => "open",
            },
        }
    }

    /// The result's public link, from the quiz's address, and its call to action's address:
    /// the template with the recommended role and that link filled in. The one place both are
    /// built.
    pub fn links(&self, base: &LinkBase) -> Links {
        let share = share::url(&base.share, self.page(), &self.code);
        let role = self.assessment.named().map(|r| self.bank.roles[r].id);
        Links {
            cta: share::cta_url(&base.cta, role, &share),
            share,
        }
    }

    /// The roles a result is about: its role when clear, else the two it is between.
    pub fn featured(&self) -> Vec<usize> {
        let a = &self.assessment;
        let n = if a.level == Level::Clear { 1 } else { 2 };
        a.ranking.iter().take(n).copied().collect()
    }
}

/// What pulled a person towards one role: how many answers showed interest in it, and the
/// article parts those answers were about, most frequent first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pull {
    /// Answers that gave the role points.
    pub count: usize,
    /// Article parts (responsibilities, skill groups) behind them, most frequent first; the
    /// general "focus" and "summary" parts are left out, they name no work.
    pub parts: Vec<&'static str>,
}

impl Finished {
    /// What pulled the answers towards `role`.
    pub fn pull(&self, role: usize) -> Pull {
        let mut count = 0;
        let mut parts: Vec<(&'static str, u32)> = Vec::new();
        for (q, &a) in self.bank.questions.iter().zip(&self.answers) {
            if !shows_interest(q, usize::from(a), role) {
                continue;
            }
            count += 1;
            let part = q.part_of(usize::from(a));
            if matches!(part, "" | "focus" | "summary") {
                continue;
            }
            match parts.iter_mut().find(|(p, _)| *p == part) {
                Some((_, n)) => *n += 1,
                None => parts.push((part, 1)),
            }
        }
        // Most frequent first; equally frequent parts keep the order they were first met in.
        let mut order: Vec<usize> = (0..parts.len()).collect();
        super::order::most_first(&mut order, &|i| parts[i].1);
        Pull {
            count,
            parts: order.into_iter().map(|i| parts[i].0).collect(),
        }
    }
}

/// Scores the answers to the current quiz as far as they settle it (answers past that point,
/// left from before an earlier answer changed, are dropped).
pub fn finish(answers: &[Answer]) -> Result<Finished, FinishError> {
    let b = bank();
    let k = settled_at(&b, answers).ok_or(FinishError::Incomplete)?;
    finish_with(b, CONTENT_VERSION, &answers[..k])
}

/// Scores answers to `bank` (content `version`) that stop exactly where the quiz settles: a
/// share code with answers missing or to spare was not made by this quiz.
pub fn finish_with(bank: Bank, version: u8, answers: &[Answer]) -> Result<Finished, FinishError> {
    if answers.iter().any(Option::is_none) {
        return Err(FinishError::Incomplete);
    }
    if settled_at(&bank, answers) != Some(answers.len()) {
        return Err(FinishError::Invalid);
    }
    let assessment = score(&bank, answers).map_err(|_| FinishError::Invalid)?;
    let code = share::encode(version, answers).ok_or(FinishError::Invalid)?;
    Ok(Finished {
        bank,
        version,
        answers: answers.iter().flatten().copied().collect(),
        assessment,
        code,
    })
}

/// Opens a share code, scoring it against the bank it was made with (kept in
/// `content/legacy/` for older versions), exactly as its sender saw it.
pub fn open(code: &str) -> Result<Finished, ShareError> {
    let shared = share::decode(code, |v| bank_for(v).is_some())?;
    let bank = bank_for(shared.content_version).ok_or(ShareError::QuizChanged)?;
    let answers: Vec<Answer> = shared.answers.iter().map(|&a| Some(a)).collect();
    finish_with(bank, shared.content_version, &answers).map_err(|_| ShareError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parts behind a role, worked out the obvious way: counted in the order first met,
    /// then std's stable sort, most frequent first.
    fn expected_parts(done: &Finished, role: usize) -> Vec<&'static str> {
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        for (q, &a) in done.bank.questions.iter().zip(&done.answers) {
            let o = &q.options[usize::from(a)];
            let agrees = q.kind == crate::quiz::QuestionKind::Choice || a >= 3;
            let part = q.part_of(usize::from(a));
            if o.weights[role] == 0 || !agrees || matches!(part, "" | "focus" | "summary") {
                continue;
            }
            match counts.iter_mut().find(|(p, _)| *p == part) {
                Some((_, n)) => *n += 1,
                None => counts.push((part, 1)),
            }
        }
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        counts.into_iter().map(|(p, _)| p).collect()
    }

    #[test]
    fn pull_orders_parts_by_frequency_then_first_met() {
        let b = bank();
        let mut seed = 7u32;
        let mut several = 0;
        for _ in 0..2000 {
            let answers: Vec<Answer> = b
                .questions
                .iter()
                .map(|q| {
                    seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                    Some((seed >> 16) as u8 % q.options.len() as u8)
                })
                .collect();
            let done = finish(&answers).expect("complete answers");
            for role in 0..b.roles.len() {
                let want = expected_parts(&done, role);
                several += usize::from(want.len() > 1);
                assert_eq!(done.pull(role).parts, want);
            }
        }
        assert!(several > 100, "the sets exercise the ordering: {several}");
    }
}
