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
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub emerging: Vec<Fact>,
    #[serde(default)]
    pub questions: Vec<Question>,
    pub text: BTreeMap<String, String>,
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
    #[serde(default)]
    pub weights: BTreeMap<String, u8>,
}

/// Every key the app reads from `[text]`; the generated `Text` struct has exactly these fields.
pub const TEXT_KEYS: &[&str] = &[
    "app_title",
    "meta_description",
    "loading",
    "noscript",
    "crash",
    "reload",
    "intro_heading",
    "intro_lead",
    "intro_time",
    "intro_privacy",
    "intro_no_jargon",
    "start",
    "resume",
    "start_over",
    "progress",
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
    "result_kicker",
    "result_close_kicker",
    "result_close",
    "affinity_heading",
    "affinity_bar",
    "salary_label",
    "career_heading",
    "duties_heading",
    "skills_heading",
    "emerging_heading",
    "why_heading",
    "why_item",
    "retake",
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
    "share_title",
    "share_text",
    "og_description",
    "role_page_cta",
    "opening_result",
    "embed_frame_title",
    "embed_open_button",
    "embed_dialog_label",
    "embed_close",
];

/// Scale answers from "strongly disagree" to "strongly agree": (text key, points, pole).
/// Pole -1 gives the points to the `disagree` role, +1 to the `agree` role.
const SCALE: [(&str, u8, i8); 5] = [
    ("scale_strongly_disagree", 2, -1),
    ("scale_disagree", 1, -1),
    ("scale_neutral", 0, 0),
    ("scale_agree", 1, 1),
    ("scale_strongly_agree", 2, 1),
];

/// Highest weight one option may give a role; keeps scores small and the key readable.
pub const MAX_WEIGHT: u8 = 3;

/// A checked question: every option with one weight per role, in role order.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedQuestion {
    pub id: String,
    pub prompt: String,
    pub scale: bool,
    pub reverse: bool,
    pub options: Vec<(String, Vec<u8>)>,
}

/// Parses and checks the file; the error names the file, the entry and the reason.
pub fn load(path: &str, text: &str) -> Result<(File, Vec<CheckedQuestion>), String> {
    let file: File = toml::from_str(text).map_err(|e| format!("{path}: {e}"))?;
    let questions = check(&file).map_err(|e| format!("{path}: {e}"))?;
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

/// Applies every rule to a parsed file and expands the questions into weight tables.
pub fn check(file: &File) -> Result<Vec<CheckedQuestion>, String> {
    if file.content_version == 0 {
        return Err("content_version: must be 1 or more".into());
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
    }
    let role_index = |id: &str| file.roles.iter().position(|r| r.id == id);
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
                if q.agree.is_some() || q.disagree.is_some() {
                    return Err(format!("{at}: agree/disagree belong to scale questions"));
                }
                if q.options.len() < 2 {
                    return Err(format!("{at}: a question needs at least two options"));
                }
                if q.options.len() > 9 {
                    return Err(format!("{at}: at most 9 options (keys 1-9 pick them)"));
                }
                let mut opts = Vec::new();
                for (j, o) in q.options.iter().enumerate() {
                    if o.label.trim().is_empty() {
                        return Err(format!("{at}: options[{j}] has an empty label"));
                    }
                    let mut w = vec![0u8; file.roles.len()];
                    for (role, &points) in &o.weights {
                        let Some(r) = role_index(role) else {
                            return Err(format!(
                                "{at}: options[{j}] weights name unknown role \"{role}\""
                            ));
                        };
                        if points > MAX_WEIGHT {
                            return Err(format!(
                                "{at}: options[{j}] weight {points} for \"{role}\" is above {MAX_WEIGHT}"
                            ));
                        }
                        w[r] = points;
                    }
                    opts.push((o.label.clone(), w));
                }
                opts
            }
            "scale" => {
                if !q.options.is_empty() {
                    return Err(format!(
                        "{at}: scale questions take agree/disagree, not options"
                    ));
                }
                let pole = |name: &str, v: &Option<String>| match v {
                    None => Err(format!("{at}: scale question has no {name} role")),
                    Some(id) => role_index(id)
                        .ok_or_else(|| format!("{at}: {name} names unknown role \"{id}\"")),
                };
                let agree = pole("agree", &q.agree)?;
                let disagree = pole("disagree", &q.disagree)?;
                if agree == disagree {
                    return Err(format!(
                        "{at}: key is not balanced: agree and disagree name the same role"
                    ));
                }
                SCALE
                    .iter()
                    .map(|&(key, points, side)| {
                        let mut w = vec![0u8; file.roles.len()];
                        match side {
                            1 => w[agree] = points,
                            -1 => w[disagree] = points,
                            _ => {}
                        }
                        (file.text[key].clone(), w)
                    })
                    .collect()
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
            reverse: q.reverse,
            options,
        });
    }
    if out.len() < 2 {
        return Err("questions: the quiz needs at least two questions".into());
    }
    if out.len() > 64 {
        return Err("questions: at most 64 questions (share links stay short)".into());
    }
    check_balance(&file.roles, &out)?;
    Ok(out)
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
                let col = q.options.iter().map(|(_, w)| u64::from(w[r]));
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

fn strs(v: &[String]) -> String {
    let inner: Vec<String> = v.iter().map(|x| format!("{x:?}")).collect();
    format!("&[{}]", inner.join(", "))
}

fn facts(v: &[Fact]) -> String {
    let inner: Vec<String> = v
        .iter()
        .map(|f| format!("Fact {{ name: {:?}, detail: {:?} }}", f.name, f.detail))
        .collect();
    format!("&[{}]", inner.join(", "))
}

/// `ROLES` and `QUESTIONS` statics for one content version.
fn bank_source(file: &File, qs: &[CheckedQuestion]) -> String {
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
                    "SkillGroup {{ group: {:?}, items: {} }}",
                    g.group,
                    strs(&g.items)
                )
            })
            .collect();
        let _ = writeln!(
            s,
            "    Role {{ id: {:?}, title: {:?}, headline: {:?}, summary: {:?}, focus: {:?}, salary: {:?}, career_path: {}, responsibilities: {}, skills: &[{}] }},",
            r.id,
            r.title,
            r.headline,
            r.summary,
            r.focus,
            r.salary,
            strs(&r.career_path),
            facts(&r.responsibilities),
            skills.join(", ")
        );
    }
    let _ = writeln!(s, "];");
    let _ = writeln!(
        s,
        "/// The questions, in the order they are asked.\npub static QUESTIONS: &[Question] = &["
    );
    for q in qs {
        let opts: Vec<String> = q
            .options
            .iter()
            .map(|(label, w)| format!("AnswerOption {{ label: {label:?}, weights: &{w:?} }}"))
            .collect();
        let kind = if q.scale {
            format!("QuestionKind::Scale {{ reverse: {} }}", q.reverse)
        } else {
            "QuestionKind::Choice".to_string()
        };
        let _ = writeln!(
            s,
            "    Question {{ id: {:?}, prompt: {:?}, kind: {kind}, options: &[{}] }},",
            q.id,
            q.prompt,
            opts.join(", ")
        );
    }
    let _ = writeln!(s, "];");
    s
}

/// Rust source for the banks of earlier content versions, so share links made for them still
/// score exactly as their sender saw them: `legacy_v<N>` modules and the `LEGACY` table.
pub fn generate_legacy(banks: &[(&File, Vec<CheckedQuestion>)]) -> String {
    let mut s = String::new();
    let mut table = Vec::new();
    for (file, qs) in banks {
        let v = file.content_version;
        let _ = writeln!(
            s,
            "/// Content version {v}, kept for its share links.\npub mod legacy_v{v} {{\n    use super::*;\n{}}}",
            bank_source(file, qs)
        );
        table.push(format!(
            "({v}, Bank {{ roles: legacy_v{v}::ROLES, questions: legacy_v{v}::QUESTIONS }})"
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
pub fn generate(file: &File, qs: &[CheckedQuestion]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "/// Bumped whenever questions or weights change.\npub const CONTENT_VERSION: u8 = {};",
        file.content_version
    );
    let _ = writeln!(
        s,
        "/// The article the facts come from.\npub static SOURCE: Source = Source {{ title: {:?}, publisher: {:?} }};",
        file.source.title, file.source.publisher
    );
    let c = &file.call_to_action;
    let _ = writeln!(
        s,
        "/// The recruiter's call to action.\npub static CALL_TO_ACTION: CallToAction = CallToAction {{ text: {:?}, link_text: {:?}, url: {:?} }};",
        c.text, c.link_text, c.url
    );
    s.push_str(&bank_source(file, qs));
    let _ = writeln!(
        s,
        "/// Emerging technologies shared by all roles.\npub static EMERGING: &[Fact] = {};",
        facts(&file.emerging)
    );

    let _ = writeln!(
        s,
        "/// Every sentence of the interface, from `[text]`.\n#[derive(Debug)]\npub struct Text {{"
    );
    for key in TEXT_KEYS {
        let _ = writeln!(
            s,
            "    /// `text.{key}` in the content file.\n    pub {key}: &'static str,"
        );
    }
    let _ = writeln!(
        s,
        "}}\n/// The interface strings.\npub static TEXT: Text = Text {{"
    );
    for key in TEXT_KEYS {
        let _ = writeln!(s, "    {key}: {:?},", file.text[*key]);
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
