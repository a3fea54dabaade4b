//! Turns answers into an assessment: which role they pull towards, and how strongly.
//!
//! Every option gives points to the role it shows interest in. A role's points out of the most
//! it could get is the interest shown in it. The result's level comes from the lead over the
//! runner-up and from how much interest the person stated in each role's work, with thresholds
//! chosen from data (`[scoring]` in the content file, measured by `tests/assessment.rs`).
//! Content version 1 scored shares of all points instead; its model stays for its links.

use super::level;
pub use super::level::{Cause, Level};
use super::model::{Bank, Scoring};
use super::tally::{percent, tally};
pub use super::tally::{shows_interest, Answer, ScoreError, AGREE};

/// How many answers the "why" lists for the leading role, and for the runner-up after it: all
/// of them, so the list agrees with the count its sentence gives ("9 of your answers…").
pub const MAX_REASONS: [usize; 2] = [usize::MAX; 2];

/// An answer that showed interest in a role, ready to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    /// Question index.
    pub question: usize,
    /// Chosen option index.
    pub option: usize,
    /// The role this answer showed interest in.
    pub toward: usize,
    /// Points it gave that role.
    pub strength: u8,
}

/// The scored result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// How strongly the answers point to the leading role.
    pub level: Level,
    /// Why: what the result's words say about the answers.
    pub cause: Cause,
    /// Role indices, most points first (equal points: file order).
    pub ranking: Vec<usize>,
    /// Interest shown in each role, in role order: its points in % of the most it could get.
    /// Not shares: two roles can both be high, or both low.
    pub interest: Vec<u8>,
    /// Per role: the person showed interest in its work (`Tally::shown`); no word of the
    /// result may deny it.
    pub shown: Vec<bool>,
    /// The lead over the runner-up in % of the largest possible lead.
    pub pull: u8,
    /// The same lead in points (the adaptive rule measures it against the whole quiz).
    pub lead_points: u32,
    /// Scenario picks and statements pulled towards different roles.
    pub mixed: bool,
    /// No role is named, but the answers tilt towards this one (adaptive model only).
    pub tilt: Option<usize>,
    /// Answers that showed interest in the leading role (strongest first), then in the
    /// runner-up. A dislike gives no points, so it is never a reason.
    pub reasons: Vec<Reason>,
    /// How many questions were answered.
    pub answered: usize,
}

impl Assessment {
    /// The role with the most points (on a tie, the one listed first in the content).
    pub fn lead(&self) -> usize {
        self.ranking[0]
    }

    /// The role with the second most points.
    pub fn runner_up(&self) -> usize {
        self.ranking[1]
    }

    /// The role the result recommends: only a clear fit or a leaning names one.
    pub fn named(&self) -> Option<usize> {
        matches!(self.level, Level::Clear | Level::Leaning).then(|| self.lead())
    }
}

/// Judges `answers` (partial answers allowed) against `bank` with the bank's own model: the
/// assessment without its reasons, all that deciding when to stop asking needs.
pub(super) fn judge(bank: &Bank, answers: &[Answer]) -> Result<Assessment, ScoreError> {
    let t = tally(bank, answers)?;
    let ranking = ranking(&t.points);
    let (lead, second) = (ranking[0], ranking[1]);
    let shown: Vec<bool> = (0..t.points.len()).map(|r| t.shown(r)).collect();
    let all_points = || {
        (0..t.points.len())
            .map(|r| percent(t.points[r], t.max[r]) as u8)
            .collect()
    };
    let largest = t.max.iter().copied().max().unwrap_or(0);
    let pull = percent(t.points[lead] - t.points[second], largest);
    let (level, interest, pull, mixed) = match bank.scoring {
        Scoring::Adaptive(s) => {
            let (level, mixed) = level::adaptive(&t, &s, lead, second, pull);
            (level, all_points(), pull as u8, mixed)
        }
        Scoring::Levels(th) => {
            let (level, mixed) = level::thresholds(&t, &th, lead, second, pull);
            (level, all_points(), pull as u8, mixed)
        }
        Scoring::Shares { close_call } => {
            let total: u32 = t.points.iter().sum();
            let close = (t.points[lead] - t.points[second]) * 100 < u32::from(close_call) * total
                || total == 0;
            let shares = shares(&t.points);
            let margin = shares[lead].saturating_sub(shares[second]);
            let level = if close { Level::Both } else { Level::Clear };
            (level, shares, margin, false)
        }
    };
    let cause = level::cause(&t, level, mixed, lead, second);
    let tilt = match bank.scoring {
        Scoring::Adaptive(s) => level::tilt(level, cause, u32::from(pull), &s).then_some(lead),
        _ => None,
    };
    Ok(Assessment {
        level,
        cause,
        ranking,
        interest,
        shown,
        pull,
        lead_points: t.points[lead] - t.points[second],
        mixed,
        tilt,
        reasons: Vec::new(),
        answered: t.answered,
    })
}

/// Scores `answers` (partial answers allowed) against `bank` with the bank's own model.
pub fn score(bank: &Bank, answers: &[Answer]) -> Result<Assessment, ScoreError> {
    let mut a = judge(bank, answers)?;
    a.reasons = reasons(bank, answers, &a.ranking);
    Ok(a)
}

/// Role indices by points, highest first; equal points keep file order.
fn ranking(points: &[u32]) -> Vec<usize> {
    let mut out: Vec<usize> = (0..points.len()).collect();
    super::order::most_first(&mut out, &|r| points[r]);
    out
}

/// Index of the largest value still present; the earliest on ties.
fn top_index(v: &[Option<u32>]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (i, x) in v.iter().enumerate() {
        if let Some(x) = x {
            if best.and_then(|b| v[b]).is_none_or(|b| *x > b) {
                best = Some(i);
            }
        }
    }
    best
}

/// Whole percentages that add up to exactly 100 (largest remainder), even split when no points.
/// Version 1's figures.
fn shares(raw: &[u32]) -> Vec<u8> {
    let n = raw.len() as u32;
    let total: u32 = raw.iter().sum();
    let (weights, total) = if total == 0 {
        (vec![1; raw.len()], n)
    } else {
        (raw.to_vec(), total)
    };
    let mut out: Vec<u32> = weights.iter().map(|w| w * 100 / total).collect();
    let left = 100 - out.iter().sum::<u32>();
    // Fewer points are left than there are roles; each goes to the largest remaining remainder,
    // ties to the earlier role.
    let mut rem: Vec<Option<u32>> = weights.iter().map(|w| Some(w * 100 % total)).collect();
    for _ in 0..left {
        if let Some(best) = top_index(&rem) {
            out[best] += 1;
            rem[best] = Some(0);
        }
    }
    out.into_iter().map(|p| p.min(100) as u8).collect()
}

/// The answers that gave points to the leading role, strongest first (earlier questions first
/// on ties), then those for the runner-up.
fn reasons(bank: &Bank, answers: &[Answer], ranking: &[usize]) -> Vec<Reason> {
    let mut out = Vec::new();
    for (&role, &limit) in ranking.iter().zip(MAX_REASONS.iter()) {
        let mut found: Vec<Reason> = bank
            .questions
            .iter()
            .zip(answers)
            .enumerate()
            .filter_map(|(qi, (q, a))| {
                let option = usize::from((*a)?);
                let strength = *q.options.get(option)?.weights.get(role)?;
                shows_interest(q, option, role).then_some(Reason {
                    question: qi,
                    option,
                    toward: role,
                    strength,
                })
            })
            .collect();
        for _ in 0..limit {
            let strengths: Vec<Option<u32>> =
                found.iter().map(|r| Some(u32::from(r.strength))).collect();
            let Some(i) = top_index(&strengths) else {
                break;
            };
            out.push(found.remove(i));
        }
    }
    out
}
