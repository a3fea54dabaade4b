//! The content file: the article's facts pinned field by field, and every rule of the checker.
// The size rules (clippy.toml) are for the WebAssembly the app ships; test code.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/content/mod.rs"]
#[allow(dead_code)]
mod content;

use role_quiz::quiz::{adaptive, bank, CALL_TO_ACTION, EMERGING, SOURCE, TEXT};

const FILE: &str = "content/quiz.toml";
const REAL: &str = include_str!("../content/quiz.toml");

/// The article's facts, copied from the source article once and kept here to catch edits that
/// drift from it.
struct Expected {
    id: &'static str,
    title: &'static str,
    headline: &'static str,
    summary: &'static str,
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
        headline: "Building Intelligent Systems",
        summary: "A Machine Learning Engineer is responsible for designing, developing, and deploying artificial intelligence and machine learning models.",
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
            // The article writes "sci-kit-learn"; the library's own spelling is shown.
            ("Machine learning frameworks", ["TensorFlow", "PyTorch", "scikit-learn"]),
            ("Data preprocessing and visualization tools", ["Pandas", "NumPy", "Matplotlib"]),
        ],
    },
    Expected {
        id: "mlops",
        title: "MLOps Engineer",
        headline: "Bridging the Gap between DevOps and ML",
        summary: "An MLOps Engineer … focuses on bridging the gap between DevOps and machine learning.",
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

/// The words behind `Late` handles.
fn words(v: &[role_quiz::quiz::Late]) -> Vec<&'static str> {
    v.iter().map(|w| w.get()).collect()
}

#[test]
fn facts_equal_the_article_field_by_field() {
    let roles = bank().roles;
    assert_eq!(roles.len(), ARTICLE.len());
    for (r, e) in roles.iter().zip(&ARTICLE) {
        assert_eq!(r.id, e.id);
        assert_eq!(r.title, e.title);
        assert_eq!(r.headline.get(), e.headline);
        assert_eq!(r.summary.get(), e.summary);
        assert_eq!(r.salary.get(), e.salary);
        assert_eq!(r.focus.get(), e.focus);
        assert_eq!(words(r.career_path), e.path);
        assert_eq!(r.responsibilities.len(), 4);
        for (f, (name, detail)) in r.responsibilities.iter().zip(e.duties) {
            assert_eq!((f.name.get(), f.detail.get()), (name, detail));
        }
        assert_eq!(r.skills.len(), 3);
        for (g, (group, items)) in r.skills.iter().zip(e.skills) {
            assert_eq!(g.group.get(), group);
            assert_eq!(words(g.items), items);
        }
    }
    let emerging: Vec<_> = EMERGING
        .iter()
        .map(|f| (f.name.get(), f.detail.get()))
        .collect();
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
    // The article's "Average salary 4 years experience", punctuated.
    assert_eq!(
        TEXT.salary_label.get(),
        "Average salary, 4 years’ experience"
    );
    assert_eq!(
        (SOURCE.title.get(), SOURCE.publisher.get()),
        (
            "Machine Learning Engineer or MLOps Engineer: Understanding the Roles and Career Paths in AI",
            "People In AI"
        )
    );
    assert_eq!(CALL_TO_ACTION.text.get(), "Whether you're just starting out or looking to transition into a new role, People In AI is here to help. Our team of expert recruiters is dedicated to matching top talent with exciting opportunities in AI.");
    assert_eq!(
        CALL_TO_ACTION.link_text.get(),
        "Contact us today to learn more."
    );
}

#[test]
fn the_intro_and_the_meta_description_promise_the_same_length() {
    // The intro computes "N–M minutes" from the fewest and most questions (10 s a question).
    let b = bank();
    let (core, total) = (adaptive::core(&b), b.questions.len());
    let minutes = |n: usize| (n * 10).div_ceil(60);
    let promise = format!("{} to {} minutes", minutes(core), minutes(total));
    assert!(
        TEXT.meta_description.get().contains(&promise),
        "{}",
        TEXT.meta_description.get()
    );
    assert!(TEXT.intro_time.contains("{minutes} minutes"));
    let count = format!("{core} to {total} short questions");
    assert!(
        TEXT.meta_description.get().contains(&count),
        "{}",
        TEXT.meta_description.get()
    );
}

#[test]
fn the_shipped_file_passes_the_checker() {
    let checked = content::load(FILE, REAL).expect("shipped content is valid");
    assert_eq!(checked.questions.len(), bank().questions.len());
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
fn unknown_roles_are_named() {
    let msg = error_after(
        "role = \"mle\", article = \"Data preprocessing\" },",
        "role = \"ml\", article = \"Data preprocessing\" },",
    );
    assert_names(
        &msg,
        &[
            "questions[0]",
            "\"first-project\"",
            "options[0]",
            "unknown role \"ml\"",
        ],
    );
    let msg = error_after(
        "role = \"mle\"\narticle = \"Data preprocessing\"",
        "role = \"ml\"\narticle = \"Data preprocessing\"",
    );
    assert_names(&msg, &["(id \"clean-data\")", "unknown role \"ml\""]);
}

#[test]
fn duplicate_ids_are_named() {
    let msg = error_after("id = \"clean-data\"", "id = \"first-project\"");
    assert_names(&msg, &["questions[1]", "duplicate question id"]);
    let msg = error_after("id = \"mlops\"", "id = \"mle\"");
    assert_names(&msg, &["roles[1]", "duplicate role id"]);
}

#[test]
fn a_question_needs_two_options() {
    let start = REAL.find("id = \"workday\"").expect("workday");
    let opts = start + REAL[start..].find("options = [").expect("options");
    let end = opts + REAL[opts..].find("]\n").expect("end") + 2;
    let msg = error_after(
        &REAL[opts..end],
        "options = [\n  { label = \"Only one\", role = \"mle\", article = \"Model development\" },\n]\n",
    );
    assert_names(&msg, &["(id \"workday\")", "at least two options"]);
}

#[test]
fn every_question_names_its_article_part_and_is_keyed_to_it() {
    // No article part at all.
    let msg = error_after(
        "role = \"mle\"\narticle = \"Data preprocessing\"",
        "role = \"mle\"",
    );
    assert_names(
        &msg,
        &["(id \"clean-data\")", "names no part of the article"],
    );
    // An option keyed against what its part says: model monitoring is an MLOps duty.
    let msg = error_after(
        "role = \"mlops\", article = \"Model monitoring\" },",
        "role = \"mle\", article = \"Model monitoring\" },",
    );
    assert_names(
        &msg,
        &[
            "(id \"first-project\")",
            "options[3]",
            "keyed to \"mle\" but article part \"Model monitoring\" belongs to \"mlops\"",
        ],
    );
    // A part the article does not have.
    let msg = error_after(
        "role = \"mle\"\narticle = \"Data preprocessing\"",
        "role = \"mle\"\narticle = \"Research\"",
    );
    assert_names(&msg, &["(id \"clean-data\")", "\"Research\" is none of"]);
}

#[test]
fn statements_are_positive_and_single_role() {
    let msg = error_after(
        "prompt = \"I would enjoy preparing messy raw data so that a model can learn from it.\"",
        "prompt = \"I would rather not clean up raw data.\"",
    );
    assert_names(&msg, &["(id \"clean-data\")", "negated", "rather not"]);
    let msg = error_after(
        "role = \"mle\"\narticle = \"Data preprocessing\"",
        "agree = \"mle\"\ndisagree = \"mlops\"\nrole = \"mle\"\narticle = \"Data preprocessing\"",
    );
    assert_names(&msg, &["(id \"clean-data\")", "bipolar"]);
    // Version 1's weights tables are for legacy files only.
    let msg = error_after(
        "role = \"mle\", article = \"Data preprocessing\" },",
        "weights = { mle = 2 } },",
    );
    assert_names(&msg, &["options[0]", "version 1's form"]);
}

#[test]
fn the_scoring_section_is_checked() {
    let msg = error_after("clear = 60\n", "clear = 20\n");
    assert_names(&msg, &["scoring.lean", "must be below scoring.clear"]);
    let msg = error_after("model = \"adaptive\"", "model = \"shares\"\nclose_call = 5");
    assert_names(&msg, &["scoring.model", "old links only"]);
    let msg = error_after(
        "model = \"adaptive\"",
        "model = \"levels\"\ninterest = 25\nboth = 35",
    );
    assert_names(
        &msg,
        &["scoring.model", "\"levels\" is kept for old links only"],
    );
    let msg = error_after("mixed = 20\n", "");
    assert_names(&msg, &["scoring.mixed", "missing"]);
    let msg = error_after("settle = 30\n", "settle = 10\n");
    assert_names(&msg, &["scoring.settle", "at least scoring.lean"]);
    let msg = error_after("core = 10\n", "core = 40\n");
    assert_names(&msg, &["scoring.core", "more than the 22 questions"]);
    // Points that would count a dislike, or fall as agreement grows.
    let msg = error_after(
        "statement_points = [0, 0, 1, 3, 4]",
        "statement_points = [1, 0, 1, 3, 4]",
    );
    assert_names(&msg, &["scoring.statement_points", "0 for both disagrees"]);
    let msg = error_after(
        "statement_points = [0, 0, 1, 3, 4]",
        "statement_points = [0, 0, 3, 1, 4]",
    );
    assert_names(&msg, &["scoring.statement_points", "rising"]);
}

#[test]
fn the_core_everyone_answers_must_be_balanced_on_its_own() {
    // Eight questions end on a Machine Learning Engineer statement: one more of its statements
    // than of the MLOps Engineer's.
    let msg = error_after("core = 10\n", "core = 8\n");
    assert_names(&msg, &["over the first 8 questions", "not balanced"]);
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
    // One statement moved to the other role: MLOps can now score more than ML Engineer.
    let msg = error_after(
        "role = \"mle\"\narticle = \"Model maintenance\"",
        "role = \"mlops\"\narticle = \"Model updates\"",
    );
    assert_names(&msg, &["(id \"mlops\")", "key is not balanced"]);
    // One scenario option moved: same top scores, but a random answerer leans to ML Engineer.
    let msg = error_after(
        "role = \"mlops\", article = \"Collaboration\" },\n]\n\n[[questions]]\nid = \"train-models\"",
        "role = \"mle\", article = \"Model development\" },\n]\n\n[[questions]]\nid = \"train-models\"",
    );
    assert_names(&msg, &["key is not balanced", "random answerer"]);
}

#[test]
fn missing_text_and_syntax_errors_are_named() {
    let msg = error_after("retake = \"Retake the quiz\"\n", "");
    assert_names(&msg, &["text.retake", "missing"]);
    let msg = error_after("id = \"first-project\"", "id = first-project");
    assert_names(&msg, &["line"]);
    let msg = error_after(
        "\"first-project\"\nkind = \"choice\"",
        "\"first-project\"\nkind = \"slider\"",
    );
    // The kinds are a typed enum: serde names the line and what it expected.
    assert_names(
        &msg,
        &["line", "unknown variant `slider`", "`choice`", "`scale`"],
    );
    let msg = error_after("model = \"adaptive\"", "model = \"weighted\"");
    assert_names(&msg, &["line", "unknown variant `weighted`", "`adaptive`"]);
}

#[test]
fn earlier_versions_compile_into_legacy_banks() {
    let current = content::load(FILE, REAL).expect("valid");
    let src = content::generate_legacy(
        &current,
        std::slice::from_ref(&current),
        &mut content::Late::default(),
    );
    let v = current.file.content_version;
    assert!(src.contains(&format!("pub mod legacy_v{v} {{")));
    assert!(src.contains("pub static QUESTIONS: &[Question]"));
    // Roles that read exactly as the current ones are shared, not compiled in twice.
    assert!(!src.contains("pub static ROLES"));
    assert!(src.contains(&format!("LEGACY: &[(u8, Bank)] = &[({v}, Bank {{ roles: ROLES, questions: legacy_v{v}::QUESTIONS, scoring: legacy_v{v}::SCORING }})]")));
    let other = REAL.replace("salary = \"$205,000\"", "salary = \"$1\"");
    let changed = content::load(FILE, &other).expect("valid");
    let src = content::generate_legacy(&current, &[changed], &mut content::Late::default());
    assert!(
        src.contains("pub static ROLES") && src.contains(&format!("roles: legacy_v{v}::ROLES"))
    );
    assert!(role_quiz::quiz::bank_for(v).is_some());
    assert!(role_quiz::quiz::bank_for(v + 1).is_none());
    // The kept version 1 file loads as a legacy file but is refused as the current one.
    let v1 = include_str!("../content/legacy/v1.toml");
    assert!(content::load_legacy("content/legacy/v1.toml", v1).is_ok());
    assert!(content::load("content/legacy/v1.toml", v1).is_err());
}

#[test]
fn recruiter_links_are_checked_and_shared_wording_uses_known_keys() {
    let msg = error_after("url = \"\"", "url = \"javascript:alert(1)\"");
    assert_names(&msg, &["call_to_action.url", "https:// address"]);
    // A path would lead to the quiz's own host inside an embed, not to the recruiter.
    let msg = error_after("url = \"\"", "url = \"/contact\"");
    assert_names(
        &msg,
        &[
            "call_to_action.url",
            "a path would lead to the quiz's own site",
        ],
    );
    // A placeholder in the host could send the button to another site.
    let msg = error_after("url = \"\"", "url = \"https://{role}.example.com/apply\"");
    assert_names(&msg, &["call_to_action.url", "placeholder in its host"]);
    // With no role `{role}` is empty: as a segment of its own it would leave `//`.
    let msg = error_after(
        "url = \"\"",
        "url = \"https://jobs.example.com/{role}/apply\"",
    );
    assert_names(
        &msg,
        &[
            "call_to_action.url",
            "path segment of its own",
            "?role={role}",
        ],
    );
    for good in [
        "https://jobs.example.com/contact?role={role}",
        "https://jobs.example.com/jobs/{role}",
        "mailto:jobs@example.com",
    ] {
        let edited = REAL.replacen("url = \"\"", &format!("url = \"{good}\""), 1);
        assert!(content::load(FILE, &edited).is_ok(), "{good}");
    }
    let msg = error_after(
        "# jobs_url = \"https://careers.example.com/jobs?team=ml\"",
        "jobs_url = \"https://careers.example.com/jobs?team=\\\"ml\"",
    );
    assert_names(&msg, &["roles[0]", "jobs_url"]);
    // A good role link is accepted and reaches the generated tables.
    let edited = REAL.replacen(
        "# jobs_url = \"https://careers.example.com/jobs?team=ml\"",
        "jobs_url = \"https://careers.example.com/jobs?team=ml\"",
        1,
    );
    let checked = content::load(FILE, &edited).expect("a role link is fine");
    assert!(content::generate(&checked, &mut content::Late::default())
        .contains("jobs_url: \"https://careers.example.com/jobs?team=ml\""));
    let msg = error_after("[shared_text]\n", "[shared_text]\nretake_now = \"x\"\n");
    assert_names(&msg, &["shared_text.retake_now", "unknown key"]);
}
