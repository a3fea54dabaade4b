//! The current rules for questions: every option and statement keyed to one role and to the
//! part of the article it draws on, statements worded positively.

use super::checked::CheckedOption;
use super::schema::{ChoiceOption, File, Question, Role};
use super::scoring::{choice_points, statement_points, CheckedScoring, SCALE};

/// Words that make a statement negated; agreeing with a negation reads as a dislike.
const NEGATIONS: &[&str] = &["rather not", " not ", "n't ", " never ", " no "];

/// The names an `article` reference may use for `role`: its responsibilities and skill groups
/// by name, and its "focus" and "summary" sentences.
fn article_parts(role: &Role) -> impl Iterator<Item = &str> {
    role.responsibilities
        .iter()
        .map(|f| f.name.as_str())
        .chain(role.skills.iter().map(|g| g.group.as_str()))
        .chain(["focus", "summary"])
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
    let Some(r) = file.role_index(id) else {
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

/// A scenario's options as the current rules have them: each names its role and article part.
pub fn choice_options(
    file: &File,
    q: &Question,
    scoring: &CheckedScoring,
) -> Result<Vec<CheckedOption>, String> {
    choice_shape(q)?;
    q.options
        .iter()
        .enumerate()
        .map(|(j, o)| match o.weights {
            Some(_) => Err(format!(
                "options[{j}]: `weights` is version 1's form; name the option's role and article part instead"
            )),
            None => keyed_option(file, j, o, scoring),
        })
        .collect()
}

/// What every scenario needs, whichever version wrote it: options, not a statement's keys;
/// two to nine of them (keys 1-9 pick them); no empty label.
pub fn choice_shape(q: &Question) -> Result<(), String> {
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
    match q.options.iter().position(|o| o.label.trim().is_empty()) {
        Some(j) => Err(format!("options[{j}] has an empty label")),
        None => Ok(()),
    }
}

/// A scenario option keyed by role and article part.
pub fn keyed_option(
    file: &File,
    j: usize,
    o: &ChoiceOption,
    scoring: &CheckedScoring,
) -> Result<CheckedOption, String> {
    let r = keyed_role(file, &o.role, &o.article).map_err(|e| format!("options[{j}] {e}"))?;
    let mut w = vec![0u8; file.roles.len()];
    w[r] = choice_points(scoring);
    Ok((o.label.clone(), w, o.article.clone().unwrap_or_default()))
}

/// A statement's five answers: points to its one role as agreement grows.
pub fn scale_options(
    file: &File,
    q: &Question,
    scoring: &CheckedScoring,
) -> Result<Vec<CheckedOption>, String> {
    if !q.options.is_empty() {
        return Err("scale questions take a role, not options".into());
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
            (scale_label(file, key), w, part.clone())
        })
        .collect())
}

/// A scale answer's label, from `[text]`.
pub fn scale_label(file: &File, key: &str) -> String {
    file.text.get(key).cloned().unwrap_or_default()
}
