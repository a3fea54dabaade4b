//! The `[scoring]` section: the model and its thresholds, checked into the value the app's
//! `Scoring` is generated from, and the points each answer gives under it.

use super::schema::{Model, Scoring};

/// Scale answers from "strongly disagree" to "strongly agree": (text key, points to the
/// statement's role). Disagreeing counts for nobody: not liking one role's work is no sign of
/// liking another's.
pub const SCALE: [(&str, u8); 5] = [
    ("scale_strongly_disagree", 0),
    ("scale_disagree", 0),
    ("scale_neutral", 0),
    ("scale_agree", 1),
    ("scale_strongly_agree", 2),
];

/// Points a choice option gives its role (version 2).
pub const CHOICE_POINTS: u8 = 2;

/// Most points one answer may give a role (adaptive model).
pub const MAX_POINTS: u8 = 9;

/// The scoring model as the app's `Scoring` value.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckedScoring {
    Adaptive {
        core: u8,
        clear: u8,
        lean: u8,
        mixed: u8,
        settle: u8,
        choice_points: u8,
        statement_points: [u8; 5],
    },
    Levels {
        clear: u8,
        lean: u8,
        interest: u8,
        both: u8,
        mixed: u8,
    },
    Shares {
        close_call: u8,
    },
}

/// The scoring section, with every threshold present and in range.
pub fn check_scoring(s: &Scoring) -> Result<CheckedScoring, String> {
    let pct = |name: &str, v: Option<u8>| match v {
        Some(v) if (1..=100).contains(&v) => Ok(v),
        Some(v) => Err(format!(
            "scoring.{name}: {v} is not a percentage from 1 to 100"
        )),
        None => Err(format!("scoring.{name}: missing")),
    };
    match s.model {
        Model::Adaptive => {
            let (clear, lean) = (pct("clear", s.clear)?, pct("lean", s.lean)?);
            let settle = pct("settle", s.settle)?;
            if lean >= clear {
                return Err(format!(
                    "scoring.lean: {lean} must be below scoring.clear ({clear})"
                ));
            }
            if settle < lean {
                return Err(format!(
                    "scoring.settle: {settle} must be at least scoring.lean ({lean})"
                ));
            }
            let core = match s.core {
                Some(c) if c >= 2 => c,
                _ => {
                    return Err(
                        "scoring.core: missing or below 2 (the questions everyone answers)".into(),
                    )
                }
            };
            let choice_points = match s.choice_points {
                Some(p) if (1..=MAX_POINTS).contains(&p) => p,
                _ => {
                    return Err(format!(
                        "scoring.choice_points: missing or not 1 to {MAX_POINTS}"
                    ))
                }
            };
            let statement_points = match s.statement_points.as_deref() {
                Some(&[a, b, c, d, e])
                    if a == 0 && b == 0 && c <= d && d <= e && e <= MAX_POINTS && d > 0 =>
                {
                    [a, b, c, d, e]
                }
                _ => {
                    return Err(format!(
                        "scoring.statement_points: give 5 points, strongly disagree first: 0 for both disagrees (disliking one role's work is no sign of liking another's), rising to at most {MAX_POINTS}"
                    ))
                }
            };
            Ok(CheckedScoring::Adaptive {
                core,
                clear,
                lean,
                mixed: pct("mixed", s.mixed)?,
                settle,
                choice_points,
                statement_points,
            })
        }
        Model::Levels => {
            let (clear, lean) = (pct("clear", s.clear)?, pct("lean", s.lean)?);
            if lean >= clear {
                return Err(format!(
                    "scoring.lean: {lean} must be below scoring.clear ({clear})"
                ));
            }
            Ok(CheckedScoring::Levels {
                clear,
                lean,
                interest: pct("interest", s.interest)?,
                both: pct("both", s.both)?,
                mixed: pct("mixed", s.mixed)?,
            })
        }
        Model::Shares => Ok(CheckedScoring::Shares {
            close_call: pct("close_call", s.close_call)?,
        }),
    }
}

/// Points a chosen scenario option gives its role under `scoring`.
pub fn choice_points(scoring: &CheckedScoring) -> u8 {
    match scoring {
        CheckedScoring::Adaptive { choice_points, .. } => *choice_points,
        _ => CHOICE_POINTS,
    }
}

/// Points each scale answer gives the statement's role under `scoring`, strongly disagree first.
pub fn statement_points(scoring: &CheckedScoring) -> [u8; 5] {
    match scoring {
        CheckedScoring::Adaptive {
            statement_points, ..
        } => *statement_points,
        _ => SCALE.map(|(_, p)| p),
    }
}
