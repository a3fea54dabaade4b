//! Plain data types of the quiz; the build fills them from `content/quiz.toml`.

pub use super::late::Late;

/// A role with the facts shown on the result page.
#[derive(Debug, PartialEq)]
pub struct Role {
    /// Stable id used in links and events, such as `mle`.
    pub id: &'static str,
    /// Job title, such as "Machine Learning Engineer".
    pub title: &'static str,
    /// The article's heading for the role.
    pub headline: Late,
    /// The article's opening sentence about the role.
    pub summary: Late,
    /// The one-line focus of the role.
    pub focus: Late,
    /// Average salary at 4 years of experience, as written in the article.
    pub salary: Late,
    /// Career steps in order, from the first promotion to the top.
    pub career_path: &'static [Late],
    /// Key responsibilities.
    pub responsibilities: &'static [Fact],
    /// Key skills by group.
    pub skills: &'static [SkillGroup],
    /// The recruiter's open positions for this role; empty for none.
    pub jobs_url: &'static str,
}

/// A named fact with its one-line explanation.
#[derive(Debug, PartialEq)]
pub struct Fact {
    /// Short name, such as "Model serving".
    pub name: Late,
    /// The explanation.
    pub detail: Late,
}

/// A group of skills such as "Programming languages".
#[derive(Debug, PartialEq)]
pub struct SkillGroup {
    /// The group's name.
    pub group: Late,
    /// The skills in it.
    pub items: &'static [Late],
}

/// How a question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// A scenario with 2-9 options.
    Choice,
    /// A statement on the five-point agree/disagree scale, always shown in scale order.
    Scale,
}

/// One question with its options.
#[derive(Debug, PartialEq)]
pub struct Question {
    /// Stable id (for the content file and the calibration tool; the app keys questions by
    /// their place).
    pub id: Late,
    /// The question or statement.
    pub prompt: Late,
    /// Scenario or scale.
    pub kind: QuestionKind,
    /// The part of the article a statement draws on; empty for scenarios, whose options name
    /// their own (`part_of`).
    pub part: Late,
    /// Options as written (scale: strongly disagree first); choice options are shown to each
    /// person in their own order (`quiz::order`), but answers always hold these indices.
    pub options: &'static [AnswerOption],
}

impl Question {
    /// The article part behind answering `option`: the option's own, or the statement's.
    pub fn part_of(&self, option: usize) -> &'static str {
        match self.options.get(option).map(|o| o.part.get()) {
            Some(part) if !part.is_empty() => part,
            _ => self.part.get(),
        }
    }
}

/// One answer option and the points it gives each role.
#[derive(Debug, PartialEq)]
pub struct AnswerOption {
    /// What the person reads.
    pub label: Late,
    /// Points per role, indexed like the bank's roles.
    pub weights: &'static [u8],
    /// The part of the article it draws on (a responsibility or skill group name, "focus" or
    /// "summary"); empty for statements (see `Question::part`) and in version 1.
    pub part: Late,
}

/// The article the facts come from.
#[derive(Debug, PartialEq)]
pub struct Source {
    /// Article title.
    pub title: Late,
    /// Who published it.
    pub publisher: Late,
}

/// The recruiter, as `[brand]` in the content file names them: on the standalone pages, the
/// link previews and the printout. Empty strings for what the file leaves out.
#[derive(Debug, PartialEq)]
pub struct Brand {
    /// The recruiter's name; empty when the file has no `[brand]`.
    pub name: &'static str,
    /// A logo file in the project (`.svg` or `.png`), shipped by the build.
    pub logo: &'static str,
    /// The recruiter's website.
    pub website: &'static str,
    /// How to reach a recruiter (`https://` or `mailto:`).
    pub contact: &'static str,
}

/// The recruiter's call to action.
#[derive(Debug, PartialEq)]
pub struct CallToAction {
    /// The pitch.
    pub text: Late,
    /// The link's text.
    pub link_text: Late,
    /// Where the link goes: a template where `{role}` is the recommended role's id (empty when
    /// the result names none) and `{link}` the result's share link, both URL-encoded.
    pub url: &'static str,
}

/// Thresholds of the confidence levels, each a percentage (see `[scoring]` in the content file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    /// Lead over the runner-up, in % of the largest possible lead, for a clear fit.
    pub clear: u8,
    /// The same for leaning towards a role.
    pub lean: u8,
    /// Share of a role's statement points the person must have agreed to for it to be named.
    pub interest: u8,
    /// Share of each role's statement points for "fits both about equally".
    pub both: u8,
    /// Scenario picks and statements pulling opposite ways by this much are mixed signals.
    pub mixed: u8,
}

/// The adaptive model's settings (content version 3 on; `[scoring]` in the content file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Adaptive {
    /// Questions everyone answers before the result may be settled.
    pub core: u8,
    /// Lead over the runner-up, in % of the largest possible lead, for a clear fit.
    pub clear: u8,
    /// The same for leaning towards a role.
    pub lean: u8,
    /// Scenario picks and statements leading opposite ways, each by this % of its own largest
    /// lead, are mixed signals and name no role.
    pub mixed: u8,
    /// The lead at which a leaning counts as settled, so the quiz stops asking.
    pub settle: u8,
}

/// How a content version turns answers into a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scoring {
    /// Confidence levels with causes, asked adaptively: everyone answers the first
    /// `core` questions, then one more at a time while the result is unsettled.
    Adaptive(Adaptive),
    /// Confidence levels (content version 2 on).
    Levels(Thresholds),
    /// Version 1: each role's share of all points; a lead under `close_call` points is a close
    /// call. Kept so version-1 links score as they did.
    Shares {
        /// Percentage points under which the top two are a close call.
        close_call: u8,
    },
}

/// Roles and questions scored together.
#[derive(Debug, Clone, Copy)]
pub struct Bank {
    /// Roles; weights index into this.
    pub roles: &'static [Role],
    /// Questions in the order they are asked.
    pub questions: &'static [Question],
    /// How answers are scored.
    pub scoring: Scoring,
}

/// Banks are static tables: the same tables are the same bank, and comparing addresses keeps
/// state comparisons (every reducer step) cheap.
impl PartialEq for Bank {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.roles, other.roles)
            && core::ptr::eq(self.questions, other.questions)
            && self.scoring == other.scoring
    }
}
impl Eq for Bank {}
