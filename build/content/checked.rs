//! What the rules hand to code generation: a content file that passed them, its questions
//! expanded into weight tables.

use super::schema::File;
use super::scoring::CheckedScoring;

/// A content file that passed every rule: what the app's statics are generated from.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The file as written.
    pub file: File,
    /// Its scoring, checked.
    pub scoring: CheckedScoring,
    /// Its questions, each option with one weight per role.
    pub questions: Vec<CheckedQuestion>,
}

/// An option as checked: (label, weights per role, article part it draws on; empty for
/// version 1).
pub type CheckedOption = (String, Vec<u8>, String);

/// A checked question: every option with one weight per role, in role order.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedQuestion {
    pub id: String,
    pub prompt: String,
    pub scale: bool,
    /// (label, weights per role, article part it draws on; empty for version 1).
    pub options: Vec<CheckedOption>,
}
