//! Small presentational pieces: data and `on_<verb>` callbacks in, HTML out. Plain functions,
//! not components (README, "Why the code looks like this").

pub mod affinity;
pub mod compare;
pub mod facts;
pub mod ladder;
pub mod options;
pub mod progress;
pub mod role_details;
pub mod share;
pub mod why;

/// Id of each screen's main heading; focus moves there when the screen changes.
pub const HEADING_ID: &str = "screen-heading";
