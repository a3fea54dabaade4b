//! Turns answers into an assessment: which role they pull towards, and how strongly.
//!
//! Every option gives points to the role it shows interest in. A role's points out of the most
//! it could get is the interest shown in it. The result's level comes from the lead over the
//! runner-up and from how much interest the person stated in each role's work, with thresholds
//! chosen from data (`[scoring]` in the content file, measured by `tests/assessment.rs`).
//! Content version 1 scored shares of all points instead; its model stays for its links.

use super::model::{Bank, QuestionKind, Scoring, Thresholds};

/// How many answers the "why" lists for the leading role, and for the runner-up after it.
pub const MAX_REASONS: [usize; 2] = [3, 2];

/// One answer per question: the chosen option's index, or `None` when not answered yet.
pub type Answer = Option<u8>;

/// How strongly the answers point to a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// One role leads by a wide margin, with stated interest in its work and no mixed signals.
    Clear,
    /// One role leads, by less.
    Leaning,
    /// No role leads, and the person stated interest in both roles' work.
    Both,
    /// No role leads, or the person stated little interest in the leading role's work.
    Open,
}

impl Level {
    /// Stable name used in links, embed events and tests.
    pub fn id(self) -> &'static str {
        match self {
            Level::Clear => "clear",
            Level::Leaning => "leaning",
            Level::Both => "both",
            Level::Open => "open",
        }
    }
}

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
    /// Role indices, most points first (equal points: file order).
    pub ranking: Vec<usize>,
    /// Interest shown in each role, in role order: its points in % of the most it could get.
    /// Not shares: two roles can both be high, or both low.
    pub interest: Vec<u8>,
    /// The lead over the runner-up in % of the largest possible lead.
    pub pull: u8,
    /// Scenario picks and statements pulled towards different roles.
    pub mixed: bool,
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

/// Why answers could not be scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreError {
    /// Not a single question answered.
    NoAnswers,
    /// More answers than questions.
    TooManyAnswers {
        /// Answers given.
        given: usize,
        /// Questions in the bank.
        expected: usize,
    },
    /// An answer names an option the question does not have.
    OptionOutOfRange {
        /// Question index.
        question: usize,
        /// The option asked for.
        option: u8,
    },
    /// The bank has fewer than two roles, so there is nothing to compare.
    TooFewRoles,
}

impl core::fmt::Display for ScoreError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            ScoreError::NoAnswers => write!(f, "no question answered"),
            ScoreError::TooManyAnswers { given, expected } => {
                write!(f, "{given} answers for {expected} questions")
            }
            ScoreError::OptionOutOfRange { question, option } => {
                write!(f, "question {question} has no option {option}")
            }
            ScoreError::TooFewRoles => write!(f, "the quiz needs at least two roles"),
        }
    }
}

/// Points per role, split by question kind, with the most each could have reached.
#[derive(Default)]
struct Tally {
    /// All points per role, and their maximum over the answered questions.
    points: Vec<u32>,
    max: Vec<u32>,
    /// Statement points only (what the person said they would enjoy), and their maximum.
    stated: Vec<u32>,
    stated_max: Vec<u32>,
    answered: usize,
}

fn tally(bank: &Bank, answers: &[Answer]) -> Result<Tally, ScoreError> {
    let n = bank.roles.len();
    if n < 2 {
        return Err(ScoreError::TooFewRoles);
    }
    if answers.len() > bank.questions.len() {
        return Err(ScoreError::TooManyAnswers {
            given: answers.len(),
            expected: bank.questions.len(),
        });
    }
    let mut t = Tally {
        points: vec![0; n],
        max: vec![0; n],
        stated: vec![0; n],
        stated_max: vec![0; n],
        answered: 0,
    };
    for (qi, (q, a)) in bank.questions.iter().zip(answers).enumerate() {
        let Some(option) = *a else { continue };
        let Some(opt) = q.options.get(usize::from(option)) else {
            return Err(ScoreError::OptionOutOfRange {
                question: qi,
                option,
            });
        };
        let statement = q.kind == QuestionKind::Scale;
        for r in 0..n {
            let w = u32::from(opt.weights.get(r).copied().unwrap_or(0));
            let top = q
                .options
                .iter()
                .map(|o| u32::from(o.weights.get(r).copied().unwrap_or(0)))
                .max()
                .unwrap_or(0);
            t.points[r] += w;
            t.max[r] += top;
            if statement {
                t.stated[r] += w;
                t.stated_max[r] += top;
            }
        }
        t.answered += 1;
    }
    if t.answered == 0 {
        return Err(ScoreError::NoAnswers);
    }
    Ok(t)
}

/// `part` of `whole` in whole percent, rounded down; 0 when there is no whole.
fn percent(part: u32, whole: u32) -> u32 {
    (part * 100).checked_div(whole).unwrap_or(0)
}

/// Scores `answers` (partial answers allowed) against `bank` with the bank's own model.
pub fn score(bank: &Bank, answers: &[Answer]) -> Result<Assessment, ScoreError> {
    let t = tally(bank, answers)?;
    let ranking = ranking(&t.points);
    let reasons = reasons(bank, answers, &ranking);
    let (lead, second) = (ranking[0], ranking[1]);
    let (level, interest, pull, mixed) = match bank.scoring {
        Scoring::Levels(th) => {
            let interest = (0..t.points.len())
                .map(|r| percent(t.points[r], t.max[r]) as u8)
                .collect();
            let largest = t.max.iter().copied().max().unwrap_or(0);
            let pull = percent(t.points[lead] - t.points[second], largest);
            let (level, mixed) = level(&t, &th, lead, second, pull);
            (level, interest, pull as u8, mixed)
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
    Ok(Assessment {
        level,
        ranking,
        interest,
        pull,
        mixed,
        reasons,
        answered: t.answered,
    })
}

/// The level for the top two roles, and whether the two kinds of question disagree.
fn level(t: &Tally, th: &Thresholds, lead: usize, second: usize, pull: u32) -> (Level, bool) {
    // Interest the person stated in a role's work; a bank without statements for a role falls
    // back on all its points.
    let stated = |r: usize| {
        if t.stated_max[r] > 0 {
            percent(t.stated[r], t.stated_max[r])
        } else {
            percent(t.points[r], t.max[r])
        }
    };
    // Mixed signals: scenario picks lead one way, statements the other, both by a real margin
    // (each measured against the largest lead that kind of question allows).
    let picks = |r: usize| (t.points[r] - t.stated[r], t.max[r] - t.stated_max[r]);
    let lead_by = |(a, amax): (u32, u32), (b, bmax): (u32, u32)| {
        (i64::from(a) - i64::from(b), u64::from(amax.max(bmax)))
    };
    let by_picks = lead_by(picks(lead), picks(second));
    let by_statements = lead_by(
        (t.stated[lead], t.stated_max[lead]),
        (t.stated[second], t.stated_max[second]),
    );
    let strong =
        |(d, max): (i64, u64)| max > 0 && d.unsigned_abs() * 100 >= u64::from(th.mixed) * max;
    let mixed = by_picks.0 * by_statements.0 < 0 && strong(by_picks) && strong(by_statements);
    let named = stated(lead) >= u32::from(th.interest);
    let level = if pull >= u32::from(th.clear) && named && !mixed {
        Level::Clear
    } else if pull >= u32::from(th.lean) && named {
        Level::Leaning
    } else if stated(lead) >= u32::from(th.both) && stated(second) >= u32::from(th.both) {
        Level::Both
    } else {
        Level::Open
    };
    (level, mixed)
}

/// Role indices by points, highest first; equal points keep file order. A selection loop, not
/// a sort: sorting code costs ~4 KB of wasm.
fn ranking(points: &[u32]) -> Vec<usize> {
    let mut left: Vec<Option<u32>> = points.iter().copied().map(Some).collect();
    let mut out = Vec::with_capacity(points.len());
    while let Some(best) = top_index(&left) {
        out.push(best);
        left[best] = None;
    }
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
                (strength > 0).then_some(Reason {
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
