//! Turns answers into role affinities, a verdict and the answers that moved it most.
//!
//! Each option gives points to roles; a role's affinity is its share of all points scored, so the
//! percentages always add up to 100 and read as "how much of you points this way".

use super::model::Bank;

/// Two roles whose shares are closer than this many percentage points are a close call, and the
/// result names both instead of pretending one clearly wins. Chosen so that at most ~15 % of all
/// possible answer sets land there (see `tests/assessment.rs`, which prints the share).
pub const CLOSE_CALL_BAND: u32 = 5;

/// How many answers the "why" shows at most.
pub const MAX_REASONS: usize = 3;

/// One answer per question: the chosen option's index, or `None` when not answered yet.
pub type Answer = Option<u8>;

/// Who the result points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// One role leads by at least the close-call band.
    Clear {
        /// Index of the recommended role.
        role: usize,
    },
    /// The top two roles are within the band (a tie included); both are named.
    CloseCall {
        /// The role ahead by raw points (on a tie, the one listed first in the content).
        first: usize,
        /// The runner-up.
        second: usize,
    },
}

impl Verdict {
    /// The role whose facts lead the result page.
    pub fn lead(&self) -> usize {
        match *self {
            Verdict::Clear { role } => role,
            Verdict::CloseCall { first, .. } => first,
        }
    }
}

/// An answer that moved the result, ready to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    /// Question index.
    pub question: usize,
    /// Chosen option index.
    pub option: usize,
    /// The role this answer pushed towards.
    pub toward: usize,
    /// Points it put between the two leading roles.
    pub strength: u8,
}

/// The scored result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Affinity per role in percent, in role order; adds up to 100.
    pub percents: Vec<u8>,
    /// Recommended role or close call.
    pub verdict: Verdict,
    /// Percentage points between the first and the second role.
    pub margin: u8,
    /// The answers that moved the result most, strongest first.
    pub reasons: Vec<Reason>,
    /// How many questions were answered.
    pub answered: usize,
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

/// Scores `answers` (partial answers allowed) against `bank`.
pub fn score(bank: &Bank, answers: &[Answer]) -> Result<Outcome, ScoreError> {
    let n_roles = bank.roles.len();
    if n_roles < 2 {
        return Err(ScoreError::TooFewRoles);
    }
    if answers.len() > bank.questions.len() {
        return Err(ScoreError::TooManyAnswers {
            given: answers.len(),
            expected: bank.questions.len(),
        });
    }
    let mut raw = vec![0u32; n_roles];
    let mut answered = 0;
    for (qi, (q, a)) in bank.questions.iter().zip(answers).enumerate() {
        let Some(option) = *a else { continue };
        let Some(opt) = q.options.get(usize::from(option)) else {
            return Err(ScoreError::OptionOutOfRange {
                question: qi,
                option,
            });
        };
        for (total, &w) in raw.iter_mut().zip(opt.weights) {
            *total += u32::from(w);
        }
        answered += 1;
    }
    if answered == 0 {
        return Err(ScoreError::NoAnswers);
    }
    let (first, second) = top_two(&raw);
    let total: u32 = raw.iter().sum();
    let close = (raw[first] - raw[second]) * 100 < CLOSE_CALL_BAND * total || total == 0;
    let verdict = if close {
        Verdict::CloseCall { first, second }
    } else {
        Verdict::Clear { role: first }
    };
    let percents = shares(&raw);
    let margin = percents[first].saturating_sub(percents[second]);
    let reasons = reasons(bank, answers, first, second, close);
    Ok(Outcome {
        percents,
        verdict,
        margin,
        reasons,
        answered,
    })
}

/// Indices of the highest and second-highest totals; on equal totals the earlier role first.
fn top_two(raw: &[u32]) -> (usize, usize) {
    let (mut first, mut second) = if raw[1] > raw[0] { (1, 0) } else { (0, 1) };
    for (i, &v) in raw.iter().enumerate().skip(2) {
        if v > raw[first] {
            second = first;
            first = i;
        } else if v > raw[second] {
            second = i;
        }
    }
    (first, second)
}

/// Whole percentages that add up to exactly 100 (largest remainder), even split when no points.
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
    // ties to the earlier role. A selection loop, not a sort: sorting code costs ~4 KB of wasm.
    let mut rem: Vec<u32> = weights.iter().map(|w| w * 100 % total).collect();
    for _ in 0..left {
        let best = top_index(&rem);
        out[best] += 1;
        rem[best] = 0;
    }
    out.into_iter().map(|p| p.min(100) as u8).collect()
}

/// Index of the largest value; the earliest on ties.
pub fn top_index(v: &[u32]) -> usize {
    v.iter()
        .enumerate()
        .fold(0, |best, (i, &x)| if x > v[best] { i } else { best })
}

/// The answers that put the most points between the two leading roles.
fn reasons(
    bank: &Bank,
    answers: &[Answer],
    first: usize,
    second: usize,
    close: bool,
) -> Vec<Reason> {
    let mut found: Vec<Reason> = bank
        .questions
        .iter()
        .zip(answers)
        .enumerate()
        .filter_map(|(qi, (q, a))| {
            let option = usize::from((*a)?);
            let w = q.options.get(option)?.weights;
            let (a1, a2) = (w[first], w[second]);
            let (toward, strength) = if a1 >= a2 {
                (first, a1 - a2)
            } else {
                (second, a2 - a1)
            };
            // A clear result is explained by what pushed towards the winner; a close call by the
            // strongest pulls either way.
            (strength > 0 && (close || toward == first)).then_some(Reason {
                question: qi,
                option,
                toward,
                strength,
            })
        })
        .collect();
    // The strongest few, earlier questions first on ties, picked without a sort (smaller wasm).
    let mut top = Vec::with_capacity(MAX_REASONS);
    while top.len() < MAX_REASONS && !found.is_empty() {
        let strengths: Vec<u32> = found.iter().map(|r| u32::from(r.strength)).collect();
        top.push(found.remove(top_index(&strengths)));
    }
    top
}
