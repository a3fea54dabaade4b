//! Code generation, one bank: the `ROLES`, `QUESTIONS` and `SCORING` statics of one content
//! version, words as `Late` handles.

use super::checked::{Checked, CheckedOption, CheckedQuestion};
use super::late::Late;
use super::schema::{Fact, File};
use super::scoring::CheckedScoring;
use std::fmt::Write as _;

fn strs(v: &[String], late: &mut Late) -> String {
    let inner: Vec<String> = v.iter().map(|x| late.add(x)).collect();
    format!("&[{}]", inner.join(", "))
}

pub fn facts(v: &[Fact], late: &mut Late) -> String {
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
pub fn bank_source(c: &Checked, late: &mut Late) -> String {
    roles_source(&c.file, late) + &questions_source(&c.questions, &c.scoring, late)
}

/// The `ROLES` static of one content version.
pub fn roles_source(file: &File, late: &mut Late) -> String {
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
pub fn questions_source(
    qs: &[CheckedQuestion],
    scoring: &CheckedScoring,
    late: &mut Late,
) -> String {
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
        let mut table = |opts: &[CheckedOption], with_part: bool| -> String {
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
    let scoring = match scoring {
        CheckedScoring::Adaptive {
            core,
            clear,
            lean,
            mixed,
            settle,
            ..
        } => format!("Scoring::Adaptive(Adaptive {{ core: {core}, clear: {clear}, lean: {lean}, mixed: {mixed}, settle: {settle} }})"),
        CheckedScoring::Levels {
            clear,
            lean,
            interest,
            both,
            mixed,
        } => format!("Scoring::Levels(Thresholds {{ clear: {clear}, lean: {lean}, interest: {interest}, both: {both}, mixed: {mixed} }})"),
        CheckedScoring::Shares { close_call } => format!("Scoring::Shares {{ close_call: {close_call} }}"),
    };
    let _ = writeln!(
        s,
        "/// How these answers are scored.\npub static SCORING: Scoring = {scoring};"
    );
    s
}
