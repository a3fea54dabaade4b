//! Every rule of the content file, applied once: `check` takes what serde read and returns a
//! `Checked` value, the only thing code generation takes. Questions follow `questions.rs`
//! (version 1's kept file `legacy.rs`), the key's balance `balance.rs`, scoring `scoring.rs`.

use super::checked::{Checked, CheckedQuestion};
use super::keys::TEXT_KEYS;
use super::schema::{Brand, File, Kind};
use super::scoring::{check_scoring, CheckedScoring};
use super::{balance, legacy, questions};
use std::collections::HashSet;

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Applies every rule to a parsed file and expands the questions into weight tables.
pub fn check(file: File, legacy: bool) -> Result<Checked, String> {
    if file.content_version == 0 {
        return Err("content_version: must be 1 or more".into());
    }
    let scoring = check_scoring(&file.scoring)?;
    if !legacy {
        if !matches!(scoring, CheckedScoring::Adaptive { .. }) {
            return Err(format!(
                "scoring.model: \"{}\" is kept for old links only; use \"adaptive\"",
                file.scoring.model.name()
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
            // A result that names no role fills `{role}` with nothing: as a path segment of its
            // own it would leave `//` in the address (embed.js refuses it in data-cta-url too).
            let host = file
                .call_to_action
                .url
                .split("://")
                .nth(1)
                .unwrap_or_default();
            if host
                .split(['/', '?', '#'])
                .next()
                .unwrap_or_default()
                .contains('{')
            {
                return Err(format!(
                    "call_to_action.url: \"{}\" has a placeholder in its host, which could change where the button leads: keep {{role}} and {{link}} in the path or the query",
                    file.call_to_action.url
                ));
            }
            if file.call_to_action.url.contains("/{role}/") {
                return Err(format!(
                    "call_to_action.url: \"{}\" has {{role}} as a path segment of its own, which a result without a role leaves empty (//): put it in a query value such as ?role={{role}}, or at the end",
                    file.call_to_action.url
                ));
            }
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
        // Version 1's forms are read only in its kept file; today's rules everywhere else.
        let options = match q.kind {
            Kind::Choice if legacy => legacy::choice_options(&file, q, &scoring),
            Kind::Choice => questions::choice_options(&file, q, &scoring),
            Kind::Scale if legacy && q.agree.is_some() => legacy::bipolar_statement(&file, q),
            Kind::Scale => questions::scale_options(&file, q, &scoring),
        }
        .map_err(|e| format!("{at}: {e}"))?;
        out.push(CheckedQuestion {
            id: q.id.clone(),
            prompt: q.prompt.clone(),
            scale: q.kind == Kind::Scale,
            options,
        });
    }
    if out.len() < 2 {
        return Err("questions: the quiz needs at least two questions".into());
    }
    if out.len() > 64 {
        return Err("questions: at most 64 questions (share links stay short)".into());
    }
    balance::check(&file.roles, &out).map_err(|e| format!("{e} (over the whole quiz)"))?;
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
        balance::check(&file.roles, &out[..core]).map_err(|e| {
            format!("{e} (over the first {core} questions, which everyone answers)")
        })?;
    }
    Ok(Checked {
        file,
        scoring,
        questions: out,
    })
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
