//! The quiz core: content, scoring, saved progress and share codes.
//!
//! Pure Rust with no web imports, so all of it is tested with plain `cargo test`.

pub mod content;
pub mod model;
pub mod progress;
pub mod score;
pub mod share;
pub mod text;

pub use content::{
    bank, bank_for, CALL_TO_ACTION, CONTENT_VERSION, EMERGING, SOURCE, TEXT, TEXT_PAIRS,
};
pub use model::{AnswerOption, Bank, Question, QuestionKind, Role};
pub use score::{score, Answer, Outcome, Reason, ScoreError, Verdict};
