//! Reads, checks and compiles `content/quiz.toml` into Rust statics.
//!
//! Shared by `build.rs` (so a bad file fails the build) and `tests/content_file.rs` (so every rule
//! is tested). Parsing happens here, at build time, so the browser never pays for a TOML or JSON
//! parser: the WebAssembly only holds the finished `static` tables.

use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

/// The whole content file as written by an editor.
#[derive(Debug, Deserialize)]
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    pub model: String,
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub publisher: String,
}

/// The recruiter's call to action on the result page.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallToAction {
    pub text: String,
    pub link_text: String,
    pub url: String,
}

/// The recruiter: a name, and optionally a logo file, a website and a contact address.
#[derive(Debug, Deserialize)]
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
#[derive(Debug, Deserialize)]
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub name: String,
    pub detail: String,
}

/// A group of skills such as "Programming languages".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillGroup {
    pub group: String,
    pub items: Vec<String>,
}

/// One question as written; `kind` decides which of the other fields apply.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: String,
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
#[derive(Debug, Deserialize)]
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

/// The `[text]` keys the first screen and its fallbacks need (the intro, the page that waits
/// for the late words or says they failed, broken and unknown addresses): compiled into the app.
/// Every other key is a `Late` handle, its words in the late file with the questions'.
pub const EARLY_TEXT_KEYS: &[&str] = &[
    "app_title",
    "loading",
    "reload",
    "late_failed",
    "intro_heading",
    "intro_lead",
    "intro_time",
    "intro_privacy",
    "intro_no_jargon",
    "start",
    "resume",
    "start_over",
    "bad_link",
    "quiz_changed",
    "not_found",
    "go_start",
    "take_yourself",
    "opening_result",
    "role_page_cta",
];

/// Every key the app reads from `[text]`; the generated `Text` struct has exactly these fields.
pub const TEXT_KEYS: &[&str] = &[
    "app_title",
    "meta_description",
    "loading",
    "noscript",
    "crash",
    "reload",
    "late_failed",
    "intro_heading",
    "intro_lead",
    "intro_time",
    "intro_privacy",
    "intro_no_jargon",
    "start",
    "resume",
    "start_over",
    "progress",
    "progress_more",
    "progress_label",
    "back",
    "next",
    "see_result",
    "choose_hint",
    "scale_strongly_disagree",
    "scale_disagree",
    "scale_neutral",
    "scale_agree",
    "scale_strongly_agree",
    "level_clear",
    "level_leaning",
    "level_both",
    "level_open",
    "result_both",
    "result_open",
    "result_unsettled",
    "result_mixed",
    "explain_clear",
    "explain_leaning",
    "explain_both",
    "explain_open",
    "explain_interest",
    "explain_mixed",
    "explain_tilt",
    "retake_note",
    "affinity_heading",
    "affinity_bar",
    "interest_strong",
    "interest_some",
    "interest_little",
    "salary_label",
    "career_heading",
    "duties_heading",
    "skills_heading",
    "emerging_heading",
    "why_heading",
    "why_toward",
    "why_choice",
    "why_statement",
    "why_summary",
    "why_about",
    "why_summary_one",
    "why_about_one",
    "list_and",
    "why_none",
    "why_details",
    "compare_heading",
    "compare_pick",
    "about_heading",
    "cta_button",
    "jobs_link",
    "retake",
    "retake_undo",
    "source_note",
    "shared_banner",
    "take_yourself",
    "bad_link",
    "quiz_changed",
    "not_found",
    "go_start",
    "share_heading",
    "share_link_label",
    "copy",
    "copied",
    "copy_failed",
    "share_native",
    "share_linkedin",
    "share_x",
    "share_email",
    "email_body",
    "email_cta",
    "print_link",
    "print",
    "share_title",
    "share_text_clear",
    "share_text_leaning",
    "share_text_both",
    "share_text_open",
    "share_text_unsettled",
    "og_description",
    "og_description_outcome",
    "role_page_cta",
    "shared_outcome",
    "opening_result",
    "embed_frame_title",
    "embed_open_button",
    "embed_dialog_label",
    "embed_close",
];

/// Scale answers from "strongly disagree" to "strongly agree": (text key, points to the
/// statement's role). Disagreeing counts for nobody: not liking one role's work is no sign of
/// liking another's.
const SCALE: [(&str, u8); 5] = [
    ("scale_strongly_disagree", 0),
    ("scale_disagree", 0),
    ("scale_neutral", 0),
    ("scale_agree", 1),
    ("scale_strongly_agree", 2),
];

/// Version 1's bipolar scale: (text key, points, pole); -1 gives the points to `disagree`.
const SCALE_V1: [(&str, u8, i8); 5] = [
    ("scale_strongly_disagree", 2, -1),
    ("scale_disagree", 1, -1),
    ("scale_neutral", 0, 0),
    ("scale_agree", 1, 1),
    ("scale_strongly_agree", 2, 1),
];

/// Points a choice option gives its role (version 2).
pub const CHOICE_POINTS: u8 = 2;

/// Most points one answer may give a role (adaptive model).
pub const MAX_POINTS: u8 = 9;

/// Highest weight one option may give a role (version 1's `weights`); keeps scores small.
pub const MAX_WEIGHT: u8 = 3;

/// Words that make a statement negated; agreeing with a negation reads as a dislike.
const NEGATIONS: &[&str] = &["rather not", " not ", "n't ", " never ", " no "];

/// A checked question: every option with one weight per role, in role order.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedQuestion {
    pub id: String,
    pub prompt: String,
    pub scale: bool,
    /// (label, weights per role, article part it draws on; empty for version 1).
    pub options: Vec<(String, Vec<u8>, String)>,
}

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

/// The current content file, every rule applied; the error names the file, the entry and the
/// reason.
pub fn load(path: &str, text: &str) -> Result<(File, Vec<CheckedQuestion>), String> {
    load_as(path, text, false)
}

/// An earlier content file kept in `content/legacy/`: its questions and scoring are checked as
/// they were written then (version 1's bipolar statements and weights included); its interface
/// strings are not read.
pub fn load_legacy(path: &str, text: &str) -> Result<(File, Vec<CheckedQuestion>), String> {
    load_as(path, text, true)
}

fn load_as(path: &str, text: &str, legacy: bool) -> Result<(File, Vec<CheckedQuestion>), String> {
    let file: File = toml::from_str(text).map_err(|e| format!("{path}: {e}"))?;
    let questions = check(&file, legacy).map_err(|e| format!("{path}: {e}"))?;
    Ok((file, questions))
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
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
    match s.model.as_str() {
        "adaptive" => {
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
        "levels" => {
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
        "shares" => Ok(CheckedScoring::Shares {
            close_call: pct("close_call", s.close_call)?,
        }),
        other => Err(format!(
            "scoring.model: \"{other}\" is unknown (use \"adaptive\")"
        )),
    }
}

/// The names an `article` reference may use for `role`: its responsibilities and skill groups
/// by name, and its "focus" and "summary" sentences.
fn article_parts(role: &Role) -> impl Iterator<Item = &str> {
    role.responsibilities
        .iter()
        .map(|f| f.name.as_str())
        .chain(role.skills.iter().map(|g| g.group.as_str()))
        .chain(["focus", "summary"])
}

/// Applies every rule to a parsed file and expands the questions into weight tables.
pub fn check(file: &File, legacy: bool) -> Result<Vec<CheckedQuestion>, String> {
    if file.content_version == 0 {
        return Err("content_version: must be 1 or more".into());
    }
    let scoring = check_scoring(&file.scoring)?;
    if !legacy {
        if !matches!(scoring, CheckedScoring::Adaptive { .. }) {
            return Err(format!(
                "scoring.model: \"{}\" is kept for old links only; use \"adaptive\"",
                file.scoring.model
            ));
        }
        for key in TEXT_KEYS {
            match file.text.get(*key) {
                Some(v) if !v.trim().is_empty() => {}
                _ => return Err(format!("text.{key}: missing or empty")),
            }
        }
        if let Some(extra) = file.text.keys().find(|k| !TEXT_KEYS.contains(&k.as_str())) {
            return Err(format!(
                "text.{extra}: unknown key (the app never shows it)"
            ));
        }
        for (key, v) in &file.shared_text {
            if !TEXT_KEYS.contains(&key.as_str()) {
                return Err(format!(
                    "shared_text.{key}: unknown key (the app never shows it)"
                ));
            }
            if v.trim().is_empty() {
                return Err(format!("shared_text.{key}: empty"));
            }
        }
        if let Some(b) = &file.brand {
            check_brand(b)?;
        }
        // Empty: no recruiter address yet, and the results show no button (the release build
        // warns, src/bin/prerender/site.rs).
        if !file.call_to_action.url.is_empty() {
            check_url("call_to_action.url", &file.call_to_action.url)?;
        }
    }
    if file.roles.len() < 2 {
        return Err("roles: the quiz needs at least two roles".into());
    }
    if file.roles.len() > 250 {
        return Err("roles: at most 250 roles".into());
    }
    let mut ids = HashSet::new();
    for (i, r) in file.roles.iter().enumerate() {
        let at = format!("roles[{i}] (id \"{}\")", r.id);
        if !is_id(&r.id) {
            return Err(format!("{at}: id must be lower-case words joined by '-'"));
        }
        if !ids.insert(r.id.as_str()) {
            return Err(format!("{at}: duplicate role id"));
        }
        for (field, value) in [("title", &r.title), ("salary", &r.salary)] {
            if value.trim().is_empty() {
                return Err(format!("{at}: role has no {field}"));
            }
        }
        if r.career_path.is_empty() || r.career_path.iter().any(|s| s.trim().is_empty()) {
            return Err(format!("{at}: role has no career path (or an empty step)"));
        }
        if !r.jobs_url.is_empty() {
            check_url(&format!("{at}: jobs_url"), &r.jobs_url)?;
        }
    }
    let mut qids = HashSet::new();
    let mut out = Vec::new();
    for (i, q) in file.questions.iter().enumerate() {
        let at = format!("questions[{i}] (id \"{}\")", q.id);
        if !is_id(&q.id) {
            return Err(format!("{at}: id must be lower-case words joined by '-'"));
        }
        if !qids.insert(q.id.as_str()) {
            return Err(format!("{at}: duplicate question id"));
        }
        if q.prompt.trim().is_empty() {
            return Err(format!("{at}: empty prompt"));
        }
        let options = match q.kind.as_str() {
            "choice" => {
                choice_options(file, q, legacy, &scoring).map_err(|e| format!("{at}: {e}"))?
            }
            "scale" => {
                scale_options(file, q, legacy, &scoring).map_err(|e| format!("{at}: {e}"))?
            }
            other => {
                return Err(format!(
                    "{at}: kind \"{other}\" is unknown (use \"choice\" or \"scale\")"
                ))
            }
        };
        out.push(CheckedQuestion {
            id: q.id.clone(),
            prompt: q.prompt.clone(),
            scale: q.kind == "scale",
            options,
        });
    }
    if out.len() < 2 {
        return Err("questions: the quiz needs at least two questions".into());
    }
    if out.len() > 64 {
        return Err("questions: at most 64 questions (share links stay short)".into());
    }
    check_balance(&file.roles, &out).map_err(|e| format!("{e} (over the whole quiz)"))?;
    if let CheckedScoring::Adaptive { core, .. } = scoring {
        let core = usize::from(core);
        if core > out.len() {
            return Err(format!(
                "scoring.core: {core} is more than the {} questions",
                out.len()
            ));
        }
        // Everyone answers the core, and most people stop right after it: it must favour no
        // role on its own.
        check_balance(&file.roles, &out[..core]).map_err(|e| {
            format!("{e} (over the first {core} questions, which everyone answers)")
        })?;
    }
    Ok(out)
}

/// A link the recruiter sets: an absolute http(s) address or a path on their own site, with
/// nothing that could break out of an attribute or run script (`javascript:` and the like).
/// `[brand]`: a name; a logo that is an SVG or PNG file in the project (the build ships it); and
/// absolute addresses.
fn check_brand(b: &Brand) -> Result<(), String> {
    if b.name.trim().is_empty() || b.name.len() > 80 {
        return Err("brand.name: 1 to 80 characters".into());
    }
    for (key, url) in [("brand.website", &b.website), ("brand.contact", &b.contact)] {
        if !url.is_empty() {
            check_url(key, url)?;
        }
    }
    if !b.logo.is_empty() {
        let safe = b
            .logo
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/_.-".contains(c))
            && !b.logo.contains("..")
            && !b.logo.starts_with('/');
        if !safe || !(b.logo.ends_with(".svg") || b.logo.ends_with(".png")) {
            return Err(format!(
                "brand.logo: \"{}\" must be an .svg or .png file in the project, such as assets/logo.svg",
                b.logo
            ));
        }
    }
    Ok(())
}

/// A recruiter's address: absolute (`https://`, `http://` or `mailto:`), because a path would
/// lead to the quiz's own host inside an embed, not to the recruiter's site.
pub fn check_url(at: &str, url: &str) -> Result<(), String> {
    let scheme_ok = ["https://", "http://", "mailto:"]
        .iter()
        .any(|s| url.starts_with(s) && url.len() > s.len());
    let chars_ok = url
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\'));
    if scheme_ok && chars_ok && url.len() <= 500 {
        Ok(())
    } else {
        Err(format!(
            "{at}: \"{url}\" must be a full https:// address (or mailto:), without spaces or quotes: a path would lead to the quiz's own site inside an embed"
        ))
    }
}

/// Index of the role with this id.
fn role_index(file: &File, id: &str) -> Option<usize> {
    file.roles.iter().position(|r| r.id == id)
}

/// The role an option or statement is keyed to, checked against the article part it names.
fn keyed_role(
    file: &File,
    role: &Option<String>,
    article: &Option<String>,
) -> Result<usize, String> {
    let Some(id) = role else {
        return Err("names no role (role = \"...\")".into());
    };
    let Some(r) = role_index(file, id) else {
        return Err(format!("role names unknown role \"{id}\""));
    };
    let Some(part) = article.as_deref().filter(|a| !a.trim().is_empty()) else {
        return Err("names no part of the article it draws on (article = \"...\")".into());
    };
    if !article_parts(&file.roles[r]).any(|p| p == part) {
        let other = file
            .roles
            .iter()
            .find(|o| article_parts(o).any(|p| p == part));
        return Err(match other {
            Some(o) => format!(
                "keyed to \"{id}\" but article part \"{part}\" belongs to \"{}\"",
                o.id
            ),
            None => format!(
                "article part \"{part}\" is none of \"{id}\"'s responsibilities, skill groups, \"focus\" or \"summary\""
            ),
        });
    }
    Ok(r)
}

/// Points a chosen scenario option gives its role under `scoring`.
fn choice_points(scoring: &CheckedScoring) -> u8 {
    match scoring {
        CheckedScoring::Adaptive { choice_points, .. } => *choice_points,
        _ => CHOICE_POINTS,
    }
}

/// Points each scale answer gives the statement's role under `scoring`, strongly disagree first.
fn statement_points(scoring: &CheckedScoring) -> [u8; 5] {
    match scoring {
        CheckedScoring::Adaptive {
            statement_points, ..
        } => *statement_points,
        _ => SCALE.map(|(_, p)| p),
    }
}

fn choice_options(
    file: &File,
    q: &Question,
    legacy: bool,
    scoring: &CheckedScoring,
) -> Result<Vec<(String, Vec<u8>, String)>, String> {
    if q.agree.is_some() || q.disagree.is_some() || q.role.is_some() {
        return Err(
            "role/agree/disagree belong to scale questions; options name their role".into(),
        );
    }
    if q.options.len() < 2 {
        return Err("a question needs at least two options".into());
    }
    if q.options.len() > 9 {
        return Err("at most 9 options (keys 1-9 pick them)".into());
    }
    let mut opts = Vec::new();
    for (j, o) in q.options.iter().enumerate() {
        if o.label.trim().is_empty() {
            return Err(format!("options[{j}] has an empty label"));
        }
        let mut w = vec![0u8; file.roles.len()];
        match (&o.weights, legacy) {
            (Some(weights), true) => {
                for (role, &points) in weights {
                    let Some(r) = role_index(file, role) else {
                        return Err(format!(
                            "options[{j}] weights name unknown role \"{role}\""
                        ));
                    };
                    if points > MAX_WEIGHT {
                        return Err(format!(
                            "options[{j}] weight {points} for \"{role}\" is above {MAX_WEIGHT}"
                        ));
                    }
                    w[r] = points;
                }
            }
            (Some(_), false) => {
                return Err(format!(
                    "options[{j}]: `weights` is version 1's form; name the option's role and article part instead"
                ))
            }
            (None, _) => {
                let r = keyed_role(file, &o.role, &o.article)
                    .map_err(|e| format!("options[{j}] {e}"))?;
                w[r] = choice_points(scoring);
            }
        }
        opts.push((o.label.clone(), w, o.article.clone().unwrap_or_default()));
    }
    Ok(opts)
}

fn scale_options(
    file: &File,
    q: &Question,
    legacy: bool,
    scoring: &CheckedScoring,
) -> Result<Vec<(String, Vec<u8>, String)>, String> {
    if !q.options.is_empty() {
        return Err("scale questions take a role, not options".into());
    }
    let label = |key: &str| file.text.get(key).cloned().unwrap_or_default();
    if legacy && q.agree.is_some() {
        let pole = |name: &str, v: &Option<String>| match v {
            None => Err(format!("scale question has no {name} role")),
            Some(id) => {
                role_index(file, id).ok_or_else(|| format!("{name} names unknown role \"{id}\""))
            }
        };
        let agree = pole("agree", &q.agree)?;
        let disagree = pole("disagree", &q.disagree)?;
        if agree == disagree {
            return Err("key is not balanced: agree and disagree name the same role".into());
        }
        return Ok(SCALE_V1
            .iter()
            .map(|&(key, points, side)| {
                let mut w = vec![0u8; file.roles.len()];
                match side {
                    1 => w[agree] = points,
                    -1 => w[disagree] = points,
                    _ => {}
                }
                (label(key), w, String::new())
            })
            .collect());
    }
    if q.agree.is_some() || q.disagree.is_some() || q.reverse {
        return Err(
            "agree/disagree/reverse are version 1's bipolar statements; name the one role agreeing shows interest in (role = \"...\")"
                .into(),
        );
    }
    let padded = format!(" {} ", q.prompt.to_lowercase());
    if let Some(word) = NEGATIONS.iter().find(|n| padded.contains(*n)) {
        return Err(format!(
            "statement is negated (\"{}\"): word it as something the person might enjoy",
            word.trim()
        ));
    }
    let r = keyed_role(file, &q.role, &q.article)?;
    let part = q.article.clone().unwrap_or_default();
    Ok(SCALE
        .iter()
        .zip(statement_points(scoring))
        .map(|(&(key, _), points)| {
            let mut w = vec![0u8; file.roles.len()];
            w[r] = points;
            (label(key), w, part.clone())
        })
        .collect())
}

/// The key is balanced when every role can reach the same top score and gets the same expected
/// score from a random answerer; otherwise the quiz leans towards one role before anyone answers.
fn check_balance(roles: &[Role], qs: &[CheckedQuestion]) -> Result<(), String> {
    // Expected scores are compared exactly as fractions over the product-free common denominator
    // lcm(option counts); option counts are at most 9, so this stays tiny.
    let lcm = qs.iter().fold(1u64, |acc, q| {
        let n = q.options.len() as u64;
        acc / gcd(acc, n) * n
    });
    let totals: Vec<(u64, u64)> = (0..roles.len())
        .map(|r| {
            qs.iter().fold((0, 0), |(max, mean), q| {
                let col = q.options.iter().map(|(_, w, _)| u64::from(w[r]));
                let top = col.clone().max().unwrap_or(0);
                let sum: u64 = col.sum();
                (max + top, mean + sum * (lcm / q.options.len() as u64))
            })
        })
        .collect();
    for (r, role) in roles.iter().enumerate().skip(1) {
        let (first, this) = (totals[0], totals[r]);
        if this.0 != first.0 {
            return Err(format!(
                "roles (id \"{}\"): key is not balanced: its top score is {} but \"{}\" can reach {}",
                role.id, this.0, roles[0].id, first.0
            ));
        }
        if this.1 != first.1 {
            return Err(format!(
                "roles (id \"{}\"): key is not balanced: a random answerer scores it {:.2} on average but \"{}\" {:.2}",
                role.id,
                this.1 as f64 / lcm as f64,
                roles[0].id,
                first.1 as f64 / lcm as f64
            ));
        }
    }
    Ok(())
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// The words shown only past the intro (questions and options of every bank, the roles'
/// facts, the result's sentences, the pitch), gathered for a file the app loads after its first
/// screen (`src/quiz/late.rs`): keeping them out of the WebAssembly is 4 KB less for everyone's
/// first screen.
/// Ends each entry of the late file: a character no content holds (`add` drops it).
const SEPARATOR: char = '\u{1e}';

#[derive(Default)]
pub struct Late {
    words: Vec<String>,
}

impl Late {
    /// Rust for `s` as a `Late` handle; the same words share one entry of the file.
    fn add(&mut self, s: &str) -> String {
        let s = s.replace(SEPARATOR, "");
        let n = match self.words.iter().position(|w| *w == s) {
            Some(n) => n,
            None => {
                self.words.push(s);
                self.words.len() - 1
            }
        };
        format!("Late({n})")
    }

    /// The file's text: its own name first (so a wrong file, such as a host's HTML page, is
    /// told apart), then one entry per handle, each after a U+001E record separator (entries
    /// may hold line breaks, as the e-mail's words do).
    pub fn file(&self) -> String {
        let mut out = self.name();
        for w in &self.words {
            out.push(SEPARATOR);
            out.push_str(w);
        }
        out
    }

    /// `late-<hash>.txt`: a new name whenever the words change, so it can be cached for good.
    pub fn name(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.file_body().bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        format!("late-{h:016x}.txt")
    }

    fn file_body(&self) -> String {
        self.words.join("\u{1e}")
    }

    /// Rust for the file's name and line count, which the app checks a loaded file against.
    pub fn source(&self) -> String {
        format!(
            "/// The file of words loaded after the first screen (`quiz::late`).\npub const LATE_FILE: &str = {:?};\n/// Its entries after the name.\npub const LATE_LINES: usize = {};\n",
            self.name(),
            self.words.len()
        )
    }
}

fn strs(v: &[String], late: &mut Late) -> String {
    let inner: Vec<String> = v.iter().map(|x| late.add(x)).collect();
    format!("&[{}]", inner.join(", "))
}

fn facts(v: &[Fact], late: &mut Late) -> String {
    let inner: Vec<String> = v
        .iter()
        .map(|f| {
            format!(
                "Fact {{ name: {}, detail: {} }}",
                late.add(&f.name),
                late.add(&f.detail)
            )
        })
        .collect();
    format!("&[{}]", inner.join(", "))
}

/// `ROLES` and `QUESTIONS` statics for one content version.
fn bank_source(file: &File, qs: &[CheckedQuestion], late: &mut Late) -> String {
    roles_source(file, late) + &questions_source(file, qs, late)
}

/// The `ROLES` static of one content version.
fn roles_source(file: &File, late: &mut Late) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "/// The roles, in file order.\npub static ROLES: &[Role] = &["
    );
    for r in &file.roles {
        let skills: Vec<String> = r
            .skills
            .iter()
            .map(|g| {
                format!(
                    "SkillGroup {{ group: {}, items: {} }}",
                    late.add(&g.group),
                    strs(&g.items, late)
                )
            })
            .collect();
        let _ = writeln!(
            s,
            "    Role {{ id: {:?}, title: {:?}, headline: {}, summary: {}, focus: {}, salary: {}, career_path: {}, responsibilities: {}, skills: &[{}], jobs_url: {:?} }},",
            r.id,
            r.title,
            late.add(&r.headline),
            late.add(&r.summary),
            late.add(&r.focus),
            late.add(&r.salary),
            strs(&r.career_path, late),
            facts(&r.responsibilities, late),
            skills.join(", "),
            r.jobs_url
        );
    }
    let _ = writeln!(s, "];");
    s
}

/// The `QUESTIONS` and `SCORING` statics of one content version.
fn questions_source(file: &File, qs: &[CheckedQuestion], late: &mut Late) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "/// The questions, in the order they are asked.\npub static QUESTIONS: &[Question] = &["
    );
    // A statement's five options differ between statements only in the role they give points
    // to: statements of one role share one options table (`SCALE_<n>`), and their article part
    // sits on the question. Five options per statement, repeated, cost the WebAssembly ~0.3 KB.
    let mut scales: Vec<String> = Vec::new();
    for q in qs {
        let mut table = |opts: &[(String, Vec<u8>, String)], with_part: bool| -> String {
            let inner: Vec<String> = opts
                .iter()
                .map(|(label, w, part)| {
                    let part = late.add(if with_part { part.as_str() } else { "" });
                    let label = late.add(label);
                    format!("AnswerOption {{ label: {label}, weights: &{w:?}, part: {part} }}")
                })
                .collect();
            format!("&[{}]", inner.join(", "))
        };
        let (kind, options, part) = if q.scale {
            let t = table(&q.options, false);
            let n = scales.iter().position(|x| *x == t).unwrap_or_else(|| {
                scales.push(t);
                scales.len() - 1
            });
            let part = q.options.first().map(|o| o.2.as_str()).unwrap_or_default();
            ("QuestionKind::Scale", format!("SCALE_{n}"), part)
        } else {
            ("QuestionKind::Choice", table(&q.options, true), "")
        };
        let _ = writeln!(
            s,
            "    Question {{ id: {}, prompt: {}, kind: {kind}, part: {}, options: {options} }},",
            late.add(&q.id),
            late.add(&q.prompt),
            late.add(part),
        );
    }
    let _ = writeln!(s, "];");
    for (n, t) in scales.iter().enumerate() {
        let _ = writeln!(
            s,
            "/// The options of one role's statements.\nstatic SCALE_{n}: &[AnswerOption] = {t};"
        );
    }
    let scoring = match check_scoring(&file.scoring) {
        Ok(CheckedScoring::Adaptive {
            core,
            clear,
            lean,
            mixed,
            settle,
            ..
        }) => format!("Scoring::Adaptive(Adaptive {{ core: {core}, clear: {clear}, lean: {lean}, mixed: {mixed}, settle: {settle} }})"),
        Ok(CheckedScoring::Levels {
            clear,
            lean,
            interest,
            both,
            mixed,
        }) => format!("Scoring::Levels(Thresholds {{ clear: {clear}, lean: {lean}, interest: {interest}, both: {both}, mixed: {mixed} }})"),
        Ok(CheckedScoring::Shares { close_call }) => format!("Scoring::Shares {{ close_call: {close_call} }}"),
        // Unreachable after `check`; a bank that cannot score would be refused there.
        Err(_) => "Scoring::Shares { close_call: 5 }".to_string(),
    };
    let _ = writeln!(
        s,
        "/// How these answers are scored.\npub static SCORING: Scoring = {scoring};"
    );
    s
}

/// Rust source for the banks of earlier content versions, so share links made for them still
/// score exactly as their sender saw them: `legacy_v<N>` modules and the `LEGACY` table.
///
/// A legacy file whose roles read exactly as the current file's shares the current `ROLES`:
/// the facts tables are not compiled in twice (each copy costs the WebAssembly ~0.3 KB).
pub fn generate_legacy(
    current: &File,
    banks: &[(&File, Vec<CheckedQuestion>)],
    late: &mut Late,
) -> String {
    let mut s = String::new();
    let mut table = Vec::new();
    let current_roles = roles_source(current, late);
    for (file, qs) in banks {
        let v = file.content_version;
        let own = roles_source(file, late);
        let (roles_src, roles) = if own == current_roles {
            (String::new(), "ROLES".to_string())
        } else {
            (own, format!("legacy_v{v}::ROLES"))
        };
        let _ = writeln!(
            s,
            "/// Content version {v}, kept for its share links.\npub mod legacy_v{v} {{\n    use super::*;\n{roles_src}{}}}",
            questions_source(file, qs, late)
        );
        table.push(format!(
            "({v}, Bank {{ roles: {roles}, questions: legacy_v{v}::QUESTIONS, scoring: legacy_v{v}::SCORING }})"
        ));
    }
    let _ = writeln!(
        s,
        "/// Banks of earlier content versions by version.\npub static LEGACY: &[(u8, Bank)] = &[{}];",
        table.join(", ")
    );
    s
}

/// Rust source for `src/quiz/content.rs`: statics of the core's model types.
pub fn generate(file: &File, qs: &[CheckedQuestion], late: &mut Late) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "/// Bumped whenever questions or weights change.\npub const CONTENT_VERSION: u8 = {};",
        file.content_version
    );
    let _ = writeln!(
        s,
        "/// The article the facts come from.\npub static SOURCE: Source = Source {{ title: {}, publisher: {} }};",
        late.add(&file.source.title),
        late.add(&file.source.publisher)
    );
    let c = &file.call_to_action;
    let _ = writeln!(
        s,
        "/// The recruiter's call to action.\npub static CALL_TO_ACTION: CallToAction = CallToAction {{ text: {}, link_text: {}, url: {:?} }};",
        late.add(&c.text),
        late.add(&c.link_text),
        c.url
    );
    let brand = file.brand.as_ref();
    let field = |f: fn(&Brand) -> &String| brand.map(f).cloned().unwrap_or_default();
    let _ = writeln!(
        s,
        "/// The recruiter's brand (`[brand]`; an empty name when there is none).\npub static BRAND: Brand = Brand {{ name: {:?}, logo: {:?}, website: {:?}, contact: {:?} }};",
        field(|b| &b.name),
        field(|b| &b.logo),
        field(|b| &b.website),
        field(|b| &b.contact)
    );
    s.push_str(&bank_source(file, qs, late));
    let _ = writeln!(
        s,
        "/// Emerging technologies shared by all roles.\npub static EMERGING: &[Fact] = {};",
        facts(&file.emerging, late)
    );

    let _ = writeln!(
        s,
        "/// Every sentence of the interface, from `[text]`.\n#[derive(Debug)]\npub struct Text {{"
    );
    for key in TEXT_KEYS {
        let ty = if EARLY_TEXT_KEYS.contains(key) {
            "&'static str"
        } else {
            "Late"
        };
        let _ = writeln!(
            s,
            "    /// `text.{key}` in the content file.\n    pub {key}: {ty},"
        );
    }
    let mut value = |key: &str, v: &str| {
        if EARLY_TEXT_KEYS.contains(&key) {
            format!("{v:?}")
        } else {
            late.add(v)
        }
    };
    let _ = writeln!(
        s,
        "}}\n/// The interface strings.\npub static TEXT: Text = Text {{"
    );
    for key in TEXT_KEYS {
        let _ = writeln!(s, "    {key}: {},", value(key, &file.text[*key]));
    }
    let _ = writeln!(s, "}};");
    let _ = writeln!(
        s,
        "/// The interface strings as a shared result's viewer reads them (`[shared_text]`).\npub static TEXT_SHARED: Text = Text {{"
    );
    for key in TEXT_KEYS {
        let v = file.shared_text.get(*key).unwrap_or(&file.text[*key]);
        let _ = writeln!(s, "    {key}: {},", value(key, v));
    }
    let _ = writeln!(s, "}};");
    let _ = writeln!(
        s,
        "/// The interface strings by key, for filling `{{{{key}}}}` in the page shell.\npub static TEXT_PAIRS: &[(&str, &str)] = &["
    );
    for key in TEXT_KEYS {
        let _ = writeln!(s, "    ({key:?}, {:?}),", file.text[*key]);
    }
    let _ = writeln!(s, "];");
    s
}
