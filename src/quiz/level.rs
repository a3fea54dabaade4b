//! The level of a result and its cause: how strongly the answers point to a role, and what
//! the result's words rest on, for the adaptive model and for version 2's thresholds.

use super::model::{Adaptive, Thresholds};
use super::tally::Tally;

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

/// The level for the top two roles, and whether the two kinds of question disagree.
///
/// Levels move one step at a time: a clear fit needs half of the leading role's statement
/// points on top of a wide lead, so a wide lead with little stated interest is a leaning; and
/// mixed signals (scenario picks one way, statements the other) name no role.
pub fn adaptive(t: &Tally, s: &Adaptive, lead: usize, second: usize, pull: u32) -> (Level, bool) {
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
pub fn cause(t: &Tally, level: Level, mixed: bool, lead: usize, second: usize) -> Cause {
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
pub fn tilt(level: Level, cause: Cause, pull: u32, s: &Adaptive) -> bool {
    level == Level::Open
        && matches!(cause, Cause::Interest(_) | Cause::Little)
        && pull > 0
        && pull * 2 >= u32::from(s.lean)
}

/// Version 2's level for the top two roles, and whether the two kinds of question disagree.
pub fn thresholds(
    t: &Tally,
    th: &Thresholds,
    lead: usize,
    second: usize,
    pull: u32,
) -> (Level, bool) {
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
