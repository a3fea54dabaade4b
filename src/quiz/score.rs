//! Turns answers into an assessment: which role they pull towards, and how strongly.
//!
//! Every option gives points to the role it shows interest in. A role's points out of the most
//! it could get is the interest shown in it. The result's level comes from the lead over the
//! runner-up and from how much interest the person stated in each role's work, with thresholds
//! chosen from data (`[scoring]` in the content file, measured by `tests/assessment.rs`).
//! Content version 1 scored shares of all points instead; its model stays for its links.

use super::adaptive;
use super::model::{Bank, Question, QuestionKind, Scoring, Thresholds};

/// How many answers the "why" lists for the leading role, and for the runner-up after it: all
/// of them, so the list agrees with the count its sentence gives ("9 of your answers…").
pub const MAX_REASONS: [usize; 2] = [usize::MAX; 2];

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

/// What the result's words rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// A role is named: a clear fit or a leaning.
    Lead,
    /// No lead, and interest shown in both roles' work.
    Both,
    /// No lead; interest shown in this role's work only.
    Interest(usize),
    /// Scenario picks led to one role, the statements agreed with to another.
    Mixed {
        /// The role the scenario picks led to.
        picks: usize,
        /// The role the statements led to.
        statements: usize,
    },
    /// Little interest shown in either role's work.
    Little,
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

/// Points per role, split by question kind, with the most each could have reached, and the
/// counts the words of a result rest on.
#[derive(Default)]
pub(super) struct Tally {
    /// All points per role, and their maximum over the answered questions.
    pub points: Vec<u32>,
    pub max: Vec<u32>,
    /// Statement points only (what the person said they would enjoy), and their maximum.
    pub stated: Vec<u32>,
    pub stated_max: Vec<u32>,
    /// Statements asked per role, and how many of them the person agreed with.
    pub statements: Vec<u32>,
    pub agreed: Vec<u32>,
    /// Scenarios answered, and how many times each role's option was picked.
    pub scenarios: u32,
    pub picked: Vec<u32>,
    pub answered: usize,
}

/// Scale position of "Agree": this one and the ones above it agree (the scale is always
/// written strongly disagree first).
pub const AGREE: usize = 3;

/// True when picking `option` of question `q` shows interest in `role`: a scenario option of
/// that role, or agreeing with one of its statements. "Neither" may carry a point in some
/// versions, but it is nobody's reason.
pub fn shows_interest(q: &Question, option: usize, role: usize) -> bool {
    let gives = q
        .options
        .get(option)
        .and_then(|o| o.weights.get(role))
        .is_some_and(|&w| w > 0);
    gives && (q.kind == QuestionKind::Choice || option >= AGREE)
}

pub(super) fn tally(bank: &Bank, answers: &[Answer]) -> Result<Tally, ScoreError> {
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
        statements: vec![0; n],
        agreed: vec![0; n],
        picked: vec![0; n],
        ..Tally::default()
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
        t.scenarios += u32::from(!statement);
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
            let shown = u32::from(shows_interest(q, usize::from(option), r));
            if statement {
                t.stated[r] += w;
                t.stated_max[r] += top;
                t.statements[r] += u32::from(top > 0);
                t.agreed[r] += shown;
            } else {
                t.picked[r] += shown;
            }
        }
        t.answered += 1;
    }
    if t.answered == 0 {
        return Err(ScoreError::NoAnswers);
    }
    Ok(t)
}

impl Tally {
    /// The person showed interest in `role`'s work: agreed with at least half of its statements,
    /// or picked its option in at least three scenarios in four. Words that deny an interest
    /// (`Cause::Little`) are only said when this is false for every role.
    pub fn shown(&self, role: usize) -> bool {
        (self.statements[role] > 0 && self.agreed[role] * 2 >= self.statements[role])
            || (self.scenarios > 0 && self.picked[role] * 4 >= self.scenarios * 3)
    }

    /// Interest stated in a role's work, in % of its statement points; a bank without
    /// statements for a role falls back on all its points.
    pub fn stated_pct(&self, r: usize) -> u32 {
        if self.stated_max[r] > 0 {
            percent(self.stated[r], self.stated_max[r])
        } else {
            percent(self.points[r], self.max[r])
        }
    }

    /// Lead of `a` over `b` in scenario picks and in stated interest, each signed and in % of
    /// its own largest lead.
    pub fn leads(&self, a: usize, b: usize) -> (i64, i64) {
        let picks = |r: usize| i64::from(self.points[r] - self.stated[r]);
        let pick_max = (self.max[a] - self.stated_max[a]).max(self.max[b] - self.stated_max[b]);
        let by_picks = (picks(a) - picks(b)) * 100 / i64::from(pick_max.max(1));
        let by_statements = i64::from(self.stated_pct(a)) - i64::from(self.stated_pct(b));
        (by_picks, by_statements)
    }
}

/// `part` of `whole` in whole percent, rounded down; 0 when there is no whole.
pub(super) fn percent(part: u32, whole: u32) -> u32 {
    (part * 100).checked_div(whole).unwrap_or(0)
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
            let (level, mixed) = adaptive::level(&t, &s, lead, second, pull);
            (level, all_points(), pull as u8, mixed)
        }
        Scoring::Levels(th) => {
            let (level, mixed) = level(&t, &th, lead, second, pull);
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
    let cause = adaptive::cause(&t, level, mixed, lead, second);
    let tilt = match bank.scoring {
        Scoring::Adaptive(s) => adaptive::tilt(level, cause, u32::from(pull), &s).then_some(lead),
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

/// Version 2's level for the top two roles, and whether the two kinds of question disagree.
fn level(t: &Tally, th: &Thresholds, lead: usize, second: usize, pull: u32) -> (Level, bool) {
    let stated = |r: usize| t.stated_pct(r);
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
