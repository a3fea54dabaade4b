//! Reads, checks and compiles `content/quiz.toml` into Rust statics.
//!
//! Shared by `build.rs` (so a bad file fails the build) and `tests/content_file.rs` (so every rule
//! is tested). Parsing happens here, at build time, so the browser never pays for a TOML or JSON
//! parser: the WebAssembly only holds the finished `static` tables.
//!
//! One validate step, as validator crates do it: `schema` is what serde reads; `load` applies
//! every rule (`rules`, with `questions`, `legacy`, `balance` and `scoring`) and returns a
//! `Checked` value; code generation (`codegen`, `bank`, `late`) takes only that.

mod balance;
mod bank;
mod checked;
mod codegen;
mod keys;
mod late;
mod legacy;
mod questions;
mod rules;
mod schema;
mod scoring;

pub use checked::Checked;
pub use codegen::{generate, generate_legacy};
pub use late::Late;
use rules::check;
use schema::File;

/// The current content file, every rule applied; the error names the file, the entry and the
/// reason.
pub fn load(path: &str, text: &str) -> Result<Checked, String> {
    load_as(path, text, false)
}

/// An earlier content file kept in `content/legacy/`: its questions and scoring are checked as
/// they were written then (version 1's bipolar statements and weights included); its interface
/// strings are not read.
pub fn load_legacy(path: &str, text: &str) -> Result<Checked, String> {
    load_as(path, text, true)
}

fn load_as(path: &str, text: &str, legacy: bool) -> Result<Checked, String> {
    let file: File = toml::from_str(text).map_err(|e| format!("{path}: {e}"))?;
    check(file, legacy).map_err(|e| format!("{path}: {e}"))
}
