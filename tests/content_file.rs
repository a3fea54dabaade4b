//! The content file: the article's facts pinned field by field, and every rule of the checker.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/content.rs"]
#[allow(dead_code)]
mod content;

use role_quiz::quiz::{bank, EMERGING, TEXT};

const FILE: &str = "content/quiz.toml";
const REAL: &str = include_str!("../content/quiz.toml");

/// The article's facts, copied from the source article once and kept here to catch edits that
/// drift from it.
struct Expected {
    id: &'static str,
    title: &'static str,
    salary: &'static str,
    focus: &'static str,
    duties: [(&'static str, &'static str); 4],
    path: [&'static str; 7],
    skills: [(&'static str, [&'static str; 3]); 3],
}

const ARTICLE: [Expected; 2] = [
    Expected {
        id: "mle",
        title: "Machine Learning Engineer",
        salary: "$210,000",
        focus: "Their primary focus is creating intelligent systems that can learn from data, make predictions, and improve over time.",
        duties: [
            ("Data preprocessing", "Cleaning, transforming, and preparing data for model training"),
            ("Model development", "Building, training, and testing machine learning models"),
            ("Model deployment", "Integrating models into larger systems and applications"),
            ("Model maintenance", "Updating and refining models to ensure continued performance"),
        ],
        path: [
            "Senior Machine Learning Engineer",
            "Tech Lead / Principal",
            "Engineering Manager",
            "Senior Engineering Manager",
            "Director of ML",
            "VP of Machine Learning",
            "Chief AI Officer",
        ],
        skills: [
            ("Programming languages", ["Python", "R", "Julia"]),
            ("Machine learning frameworks", ["TensorFlow", "PyTorch", "sci-kit-learn"]),
            ("Data preprocessing and visualization tools", ["Pandas", "NumPy", "Matplotlib"]),
        ],
    },
    Expected {
        id: "mlops",
        title: "MLOps Engineer",
        salary: "$205,000",
        focus: "Their primary responsibility is ensuring machine learning models' smooth operation in production environments.",
        duties: [
            ("Model serving", "Deploying and managing models in production environments"),
            ("Model monitoring", "Tracking model performance, data drift, and concept drift"),
            ("Model updates", "Automating model updates and retraining"),
            ("Collaboration", "Working with data scientists, engineers, and other stakeholders to ensure seamless model deployment"),
        ],
        path: [
            "Senior MLOps Engineer",
            "Tech Lead ML Platform",
            "Engineering Manager ML",
            "Senior Engineering Manager ML",
            "Head of ML Platform",
            "VP of ML",
            "Chief AI Officer",
        ],
        skills: [
            ("Programming languages", ["Python", "Java", "C++"]),
            ("DevOps tools", ["Docker", "Kubernetes", "Jenkins"]),
            ("Cloud platforms", ["AWS", "Azure", "Google Cloud"]),
        ],
    },
];

#[test]
fn facts_equal_the_article_field_by_field() {
    let roles = bank().roles;
    assert_eq!(roles.len(), ARTICLE.len());
    for (r, e) in roles.iter().zip(&ARTICLE) {
        assert_eq!(r.id, e.id);
        assert_eq!(r.title, e.title);
        assert_eq!(r.salary, e.salary);
        assert_eq!(r.focus, e.focus);
        assert_eq!(r.career_path, e.path);
        assert_eq!(r.responsibilities.len(), 4);
        for (f, (name, detail)) in r.responsibilities.iter().zip(e.duties) {
            assert_eq!((f.name, f.detail), (name, detail));
        }
        assert_eq!(r.skills.len(), 3);
        for (g, (group, items)) in r.skills.iter().zip(e.skills) {
            assert_eq!(g.group, group);
            assert_eq!(g.items, items);
        }
    }
    let emerging: Vec<_> = EMERGING.iter().map(|f| (f.name, f.detail)).collect();
    assert_eq!(
        emerging,
        [
            (
                "Explainable AI (XAI)",
                "Techniques for understanding and interpreting machine learning models"
            ),
            (
                "Transfer learning",
                "Methods for applying pre-trained models to new tasks and domains"
            ),
            (
                "AutoML",
                "Automated machine learning tools for simplifying model development"
            ),
            (
                "Cloud-native MLOps",
                "Cloud-based platforms for streamlining model deployment and management"
            ),
        ]
    );
    assert_eq!(TEXT.salary_label, "Average salary 4 years experience");
}

#[test]
fn the_shipped_file_passes_the_checker() {
    let (_, qs) = content::load(FILE, REAL).expect("shipped content is valid");
    assert_eq!(qs.len(), bank().questions.len());
}

/// Edits the real file and returns the checker's message.
fn error_after(from: &str, to: &str) -> String {
    assert!(REAL.contains(from), "test edit {from:?} does not apply");
    let edited = REAL.replacen(from, to, 1);
    match content::load(FILE, &edited) {
        Ok(_) => panic!("edit {from:?} -> {to:?} was accepted"),
        Err(e) => e,
    }
}

fn assert_names(msg: &str, parts: &[&str]) {
    assert!(
        msg.starts_with(FILE),
        "message does not name the file: {msg}"
    );
    for p in parts {
        assert!(msg.contains(p), "message {msg:?} lacks {p:?}");
    }
}

#[test]
fn unknown_role_in_weights_is_named() {
    let msg = error_after("weights = { mle = 2 } },", "weights = { mle2 = 2 } },");
    assert_names(
        &msg,
        &["questions[0]", "\"excites\"", "unknown role \"mle2\""],
    );
    let msg = error_after(
        "agree = \"mle\"\ndisagree = \"mlops\"",
        "agree = \"ml\"\ndisagree = \"mlops\"",
    );
    assert_names(
        &msg,
        &["(id \"tuning\")", "agree names unknown role \"ml\""],
    );
}

#[test]
fn duplicate_ids_are_named() {
    let msg = error_after("id = \"tuning\"", "id = \"excites\"");
    assert_names(&msg, &["questions[1]", "duplicate question id"]);
    let msg = error_after("id = \"mlops\"", "id = \"mle\"");
    assert_names(&msg, &["roles[1]", "duplicate role id"]);
}

#[test]
fn a_question_needs_two_options() {
    let msg = error_after(
        "options = [\n  { label = \"Open-ended: nobody knows yet whether it can be done\", weights = { mle = 2 } },\n  { label = \"Well-defined: it has to work every time, at scale\", weights = { mlops = 2 } },\n  { label = \"Both, depending on the week\", weights = { mle = 1, mlops = 1 } },\n]",
        "options = [\n  { label = \"Only one\", weights = { mle = 1 } },\n]",
    );
    assert_names(&msg, &["(id \"problem-kind\")", "at least two options"]);
}

#[test]
fn a_role_needs_salary_and_career_path() {
    let msg = error_after("salary = \"$205,000\"\n", "");
    assert_names(&msg, &["roles[1] (id \"mlops\")", "no salary"]);
    let msg = error_after(
        "career_path = [\n  \"Senior MLOps Engineer\",",
        "career_nope = [\n  \"Senior MLOps Engineer\",",
    );
    assert_names(&msg, &["unknown field `career_nope`"]);
    let start = REAL
        .find("career_path = [\n  \"Senior MLOps")
        .expect("path");
    let end = start + REAL[start..].find("]\n").expect("end") + 2;
    let msg = error_after(&REAL[start..end], "career_path = []\n");
    assert_names(&msg, &["roles[1] (id \"mlops\")", "no career path"]);
}

#[test]
fn an_unbalanced_key_is_named() {
    // One option made stronger: MLE can now score more than MLOps.
    let msg = error_after(
        "{ label = \"A library for building and training neural networks\", weights = { mle = 2 } },",
        "{ label = \"A library for building and training neural networks\", weights = { mle = 3 } },",
    );
    assert_names(&msg, &["(id \"mlops\")", "key is not balanced"]);
    // Same top scores but a random answerer leans to MLE.
    let msg = error_after(
        "{ label = \"Set up alerts so we know the moment it stops working\", weights = { mlops = 1 } },",
        "{ label = \"Set up alerts so we know the moment it stops working\", weights = { mle = 1 } },",
    );
    assert_names(&msg, &["key is not balanced", "random answerer"]);
    let msg = error_after(
        "agree = \"mlops\"\ndisagree = \"mle\"",
        "agree = \"mle\"\ndisagree = \"mle\"",
    );
    assert_names(&msg, &["(id \"automate\")", "same role"]);
}

#[test]
fn missing_text_and_syntax_errors_are_named() {
    let msg = error_after("retake = \"Retake the quiz\"\n", "");
    assert_names(&msg, &["text.retake", "missing"]);
    let msg = error_after("id = \"excites\"", "id = excites");
    assert_names(&msg, &["line"]);
    let msg = error_after(
        "\"excites\"\nkind = \"choice\"",
        "\"excites\"\nkind = \"slider\"",
    );
    assert_names(&msg, &["(id \"excites\")", "kind \"slider\" is unknown"]);
}

#[test]
fn earlier_versions_compile_into_legacy_banks() {
    let (file, qs) = content::load(FILE, REAL).expect("valid");
    let src = content::generate_legacy(&[(&file, qs)]);
    assert!(src.contains("pub mod legacy_v1 {"));
    assert!(src.contains("pub static QUESTIONS: &[Question]"));
    assert!(src.contains("LEGACY: &[(u8, Bank)] = &[(1, Bank { roles: legacy_v1::ROLES, questions: legacy_v1::QUESTIONS })]"));
    assert!(role_quiz::quiz::bank_for(file.content_version).is_some());
    assert!(role_quiz::quiz::bank_for(file.content_version + 1).is_none());
}
