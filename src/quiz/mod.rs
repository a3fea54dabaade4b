//! The quiz core: content, scoring, option order, results, saved progress and share codes.
//!
//! Pure Rust with no web imports, so all of it is tested with plain `cargo test`.

pub mod adaptive;
pub mod base64url;
pub mod content;
pub mod late;
pub mod level;
pub mod model;
pub mod order;
pub mod progress;
pub mod result;
pub mod score;
pub mod share;
pub mod tally;
pub mod text;
pub mod words;

pub use content::Text;
pub use content::{
    bank, bank_for, BRAND, CALL_TO_ACTION, CONTENT_VERSION, EMERGING, SOURCE, TEXT, TEXT_PAIRS,
    TEXT_SHARED,
};
pub use model::{
    Adaptive, AnswerOption, Bank, Late, Question, QuestionKind, Role, Scoring, Thresholds,
};
pub use result::{finish, Finished, LinkBase, Links, Pull};
pub use score::{score, Answer, Assessment, Cause, Level, Reason, ScoreError};
