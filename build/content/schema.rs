//! The content file's shape as an editor writes it: what serde reads, before any rule.

use serde::Deserialize;
use std::collections::BTreeMap;

/// The whole content file as written by an editor.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    pub content_version: u8,
    pub source: Source,
    pub call_to_action: CallToAction,
    /// The recruiter's brand on the pages that leave the host's site (optional).
    #[serde(default)]
    pub brand: Option<Brand>,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub emerging: Vec<Fact>,
    #[serde(default)]
    pub questions: Vec<Question>,
    pub scoring: Scoring,
    pub text: BTreeMap<String, String>,
    /// The same keys as `text`, as a shared result's viewer reads them (about the sender, in the
    /// third person); a key not given here reads as in `text`.
    #[serde(default)]
    pub shared_text: BTreeMap<String, String>,
}

/// How answers become a result: `model = "adaptive"` with its settings; version 2's
/// `"levels"` and version 1's `"shares"` are kept for their links.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    pub model: Model,
    pub core: Option<u8>,
    pub settle: Option<u8>,
    pub choice_points: Option<u8>,
    pub statement_points: Option<Vec<u8>>,
    pub clear: Option<u8>,
    pub lean: Option<u8>,
    pub interest: Option<u8>,
    pub both: Option<u8>,
    pub mixed: Option<u8>,
    pub close_call: Option<u8>,
}

/// Where the facts come from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub publisher: String,
}

/// The recruiter's call to action on the result page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallToAction {
    pub text: String,
    pub link_text: String,
    pub url: String,
}

/// The recruiter: a name, and optionally a logo file, a website and a contact address.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    pub name: String,
    #[serde(default)]
    pub logo: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub contact: String,
}

/// One role with the article's facts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub headline: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub focus: String,
    #[serde(default)]
    pub salary: String,
    #[serde(default)]
    pub career_path: Vec<String>,
    #[serde(default)]
    pub responsibilities: Vec<Fact>,
    #[serde(default)]
    pub skills: Vec<SkillGroup>,
    /// The recruiter's open positions for this role; empty for none.
    #[serde(default)]
    pub jobs_url: String,
}

/// A named fact with its one-line explanation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub name: String,
    pub detail: String,
}

/// A group of skills such as "Programming languages".
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillGroup {
    pub group: String,
    pub items: Vec<String>,
}

/// One question as written; `kind` decides which of the other fields apply.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub prompt: String,
    #[serde(default)]
    pub options: Vec<ChoiceOption>,
    /// Statements: the role agreeing shows interest in.
    pub role: Option<String>,
    /// The part of the article the question draws on.
    pub article: Option<String>,
    /// Version 1 statements only: bipolar keys, kept so old share links score as they did.
    pub agree: Option<String>,
    pub disagree: Option<String>,
    #[serde(default)]
    pub reverse: bool,
}

/// One option of a choice question.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub label: String,
    /// The role this option shows interest in (2 points).
    pub role: Option<String>,
    /// The part of the article the option draws on.
    pub article: Option<String>,
    /// Version 1 only: points per role id.
    pub weights: Option<BTreeMap<String, u8>>,
}

/// `scoring.model`: how answers become a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Model {
    /// The current model: adaptive length, levels by cause.
    Adaptive,
    /// Version 2's fixed-length levels, kept for its links.
    Levels,
    /// Version 1's percentage shares, kept for its links.
    Shares,
}

impl Model {
    /// The name as written in the file.
    pub fn name(self) -> &'static str {
        match self {
            Model::Adaptive => "adaptive",
            Model::Levels => "levels",
            Model::Shares => "shares",
        }
    }
}

/// A question's `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A scenario: pick one of several options, each keyed to a role.
    Choice,
    /// A statement about one role's work, answered on a five-point agree scale.
    Scale,
}

impl File {
    /// Index of the role with this id.
    pub fn role_index(&self, id: &str) -> Option<usize> {
        self.roles.iter().position(|r| r.id == id)
    }
}
