//! Counting answers: points per role by kind of question, with the most each could reach, and
//! the counts the result's words rest on. Every scoring model starts here.

use super::model::{Bank, Question, QuestionKind};

/// One answer per question: the chosen option's index, or `None` when not answered yet.
pub type Answer = Option<u8>;

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
pub struct Tally {
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

pub fn tally(bank: &Bank, answers: &[Answer]) -> Result<Tally, ScoreError> {
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
pub fn percent(part: u32, whole: u32) -> u32 {
    (part * 100).checked_div(whole).unwrap_or(0)
}
