//! Plain data types of the quiz; the build fills them from `content/quiz.toml`.

/// A role with the facts shown on the result page.
#[derive(Debug, PartialEq)]
pub struct Role {
    /// Stable id used in links and events, such as `mle`.
    pub id: &'static str,
    /// Job title, such as "Machine Learning Engineer".
    pub title: &'static str,
    /// The article's heading for the role.
    pub headline: &'static str,
    /// The article's opening sentence about the role.
    pub summary: &'static str,
    /// The one-line focus of the role.
    pub focus: &'static str,
    /// Average salary at 4 years of experience, as written in the article.
    pub salary: &'static str,
    /// Career steps in order, from the first promotion to the top.
    pub career_path: &'static [&'static str],
    /// Key responsibilities.
    pub responsibilities: &'static [Fact],
    /// Key skills by group.
    pub skills: &'static [SkillGroup],
}

/// A named fact with its one-line explanation.
#[derive(Debug, PartialEq)]
pub struct Fact {
    /// Short name, such as "Model serving".
    pub name: &'static str,
    /// The explanation.
    pub detail: &'static str,
}

/// A group of skills such as "Programming languages".
#[derive(Debug, PartialEq)]
pub struct SkillGroup {
    /// The group's name.
    pub group: &'static str,
    /// The skills in it.
    pub items: &'static [&'static str],
}

/// How a question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// A scenario with 2-9 options.
    Choice,
    /// A statement on the five-point agree/disagree scale.
    Scale {
        /// Worded against the role it measures.
        reverse: bool,
    },
}

/// One question with its options.
#[derive(Debug, PartialEq)]
pub struct Question {
    /// Stable id.
    pub id: &'static str,
    /// The question or statement.
    pub prompt: &'static str,
    /// Scenario or scale.
    pub kind: QuestionKind,
    /// Options in display order (scale: strongly disagree first).
    pub options: &'static [AnswerOption],
}

/// One answer option and the points it gives each role.
#[derive(Debug, PartialEq)]
pub struct AnswerOption {
    /// What the person reads.
    pub label: &'static str,
    /// Points per role, indexed like the bank's roles.
    pub weights: &'static [u8],
}

/// The article the facts come from.
#[derive(Debug, PartialEq)]
pub struct Source {
    /// Article title.
    pub title: &'static str,
    /// Who published it.
    pub publisher: &'static str,
}

/// The recruiter's call to action.
#[derive(Debug, PartialEq)]
pub struct CallToAction {
    /// The pitch.
    pub text: &'static str,
    /// The link's text.
    pub link_text: &'static str,
    /// Where the link goes.
    pub url: &'static str,
}

/// Roles and questions scored together.
#[derive(Debug, Clone, Copy)]
pub struct Bank {
    /// Roles; weights index into this.
    pub roles: &'static [Role],
    /// Questions in the order they are asked.
    pub questions: &'static [Question],
}
