//! Every page rendered to HTML natively (Yew SSR), asserting what the person reads.
// The size rules (clippy.toml) are for the WebAssembly the app ships; test code.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::render_html;
use role_quiz::app::App;
use role_quiz::pages::intro::{intro_page, IntroProps};
use role_quiz::pages::message::{message_page, MessageProps};
use role_quiz::pages::question::{question_page, QuestionProps};
use role_quiz::pages::result::{result_page, ResultProps};
use role_quiz::quiz::{
    adaptive, bank, finish, order, Answer, Cause, Finished, Level, QuestionKind, TEXT,
};
use std::rc::Rc;
use yew::{Callback, LocalServerRenderer};

fn noop<T: 'static>() -> Callback<T> {
    Callback::from(|_| ())
}

fn total() -> usize {
    bank().questions.len()
}

async fn intro(has_progress: bool) -> String {
    render_html(intro_page(&IntroProps {
        has_progress,
        on_start: noop(),
        on_resume: noop(),
    }))
    .await
}

#[tokio::test]
async fn intro_says_what_how_long_and_privacy() {
    let (core, n) = (adaptive::core(&bank()), total());
    let html = intro(false).await;
    assert!(html.contains("Which AI role fits you?"));
    assert!(html.contains("Answer short questions"));
    // The length depends on the answers: the intro promises a range, never a fixed count.
    let minutes = |k: usize| (k * 10).div_ceil(60);
    assert!(html.contains(&format!(
        "{core} to {n} questions, fewer when your answers are clear · {}–{} minutes",
        minutes(core),
        minutes(n)
    )));
    assert!(html.contains("Your answers stay on this device"));
    assert!(html.contains(">Start the quiz</a>"));
    assert!(!html.contains(TEXT.resume));

    let html = intro(true).await;
    assert!(html.contains(">Continue where you left off</button>"));
    assert!(html.contains(">Start over</button>"));
}

async fn question(index: usize, seed: u32, answer: Option<u8>) -> String {
    question_ending(index, seed, answer, index + 1 == bank().questions.len()).await
}

/// A question screen; `last`: its answer settles the quiz.
async fn question_ending(index: usize, seed: u32, answer: Option<u8>, last: bool) -> String {
    render_html(question_page(&QuestionProps {
        index,
        seed,
        answer,
        last,
        on_choose: noop(),
        on_pick: noop(),
        pointer: Default::default(),
        on_undo: None,
        on_next: noop(),
        on_back: noop(),
    }))
    .await
}

#[tokio::test]
async fn a_choice_question_is_a_radio_group_in_the_persons_own_order() {
    let b = bank();
    let q = &b.questions[0];
    assert_eq!(q.kind, QuestionKind::Choice);
    let n = total();
    let core = adaptive::core(&b);
    let html = question(0, 5, None).await;
    assert!(html.contains(&format!("Question 1 of at least {core}")));
    let bar = html
        .split("<progress")
        .nth(1)
        .and_then(|s| s.split('>').next())
        .expect("progress bar");
    for attr in [
        format!("max=\"{n}\""),
        "value=\"1\"".into(),
        "aria-label=\"Quiz progress\"".into(),
    ] {
        assert!(bar.contains(&attr), "{bar} lacks {attr}");
    }
    assert!(html.contains(&format!(
        "<h1 id=\"screen-heading\" tabindex=\"-1\">{}</h1>",
        q.prompt.get()
    )));
    assert_eq!(html.matches("type=\"radio\"").count(), q.options.len());
    assert!(html.contains("<fieldset><legend>"));
    assert!(html.contains(">Back</button>"));
    assert!(
        next_button(&html).contains(" hidden"),
        "Next waits hidden until an answer is picked"
    );
    assert!(html.contains(&format!("Keys 1–{} choose", q.options.len())));
    // Options appear in the order for this seed; each radio's value is its index as written.
    let shown = order::shown(5, 0, q);
    let positions: Vec<usize> = shown
        .iter()
        .map(|&o| {
            html.find(q.options[usize::from(o)].label.get())
                .expect("label shown")
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "shown in order {shown:?}"
    );
    for &o in &shown {
        assert!(html.contains(&format!("value=\"{o}\"")));
    }
    // Another person sees another order (some seed differs from this one).
    let other = (6..50)
        .find(|&s| order::shown(s, 0, q) != shown)
        .expect("orders differ");
    assert_ne!(question(0, other, None).await, html);
}

#[tokio::test]
async fn a_statement_has_five_points_in_order_and_keeps_the_answer() {
    let b = bank();
    let qi = b
        .questions
        .iter()
        .position(|q| q.kind == QuestionKind::Scale)
        .expect("a statement");
    let html = question(qi, 9, Some(4)).await;
    let core = adaptive::core(&b);
    assert!(html.contains(&format!("Question {} of at least {core}", qi + 1)));
    assert!(html.contains("<div data-scale=\"\" class=\"options\">"));
    let mut last = 0;
    for label in [
        "Strongly disagree",
        "Disagree",
        "Neither agree nor disagree",
        "Agree",
        "Strongly agree",
    ] {
        let at = html.find(&format!(">{label}</span>")).expect(label);
        assert!(at > last, "{label} out of order");
        last = at;
    }
    assert_eq!(
        html.matches("checked").count(),
        2,
        "data attribute and attribute"
    );
    assert!(
        !next_button(&html).contains(" hidden"),
        "Next shows once answered"
    );
    let final_q = question(total() - 1, 9, Some(0)).await;
    assert!(final_q.contains(">See my result</button>"));
}

/// The Next (submit) button's opening tag.
fn next_button(html: &str) -> &str {
    html.split("<button")
        .map(|b| b.split('>').next().unwrap_or_default())
        .find(|tag| tag.contains("type=\"submit\""))
        .expect("a Next button")
}

/// Complete answers for a person of role `id`: their role's first option in every scenario,
/// "Strongly agree" to their role's statements and "Strongly disagree" to the others.
fn answers_for(id: &str) -> Vec<Answer> {
    common::answers_as(&bank(), id)
}

fn finished(answers: &[Answer]) -> Rc<Finished> {
    Rc::new(finish(answers).expect("complete answers finish"))
}

async fn result(done: Rc<Finished>, shared: bool) -> String {
    result_with_cta(done, shared, "/contact?role=mlops").await
}

async fn result_with_cta(done: Rc<Finished>, shared: bool, cta_url: &str) -> String {
    render_html(result_page(&ResultProps {
        result: done,
        shared,
        cta_url: cta_url.to_string().into(),
        link: "https://quiz.example/r/mlops.html#CODE".into(),
        embedded: false,
        share: Default::default(),
        on_retake: noop(),
    }))
    .await
}

#[tokio::test]
async fn without_a_recruiter_address_nothing_leads_nowhere() {
    let done = finished(&answers_for("mlops"));
    let html = result_with_cta(done, false, "").await;
    assert!(
        !html.contains("cta-button"),
        "no Talk to a recruiter button"
    );
    assert!(
        !html.contains("Contact us today"),
        "no contact line without a contact"
    );
    // The pitch itself stays: it names the recruiter, as the article does.
    assert!(html.contains("People In AI is here to help"));
    // On paper the result carries its own link.
    assert!(html.contains(
        "<p class=\"print-link\">This result online: https://quiz.example/r/mlops.html#CODE</p>"
    ));
    // The shipped content has no address yet (the release build warns about it).
    assert_eq!(role_quiz::quiz::CALL_TO_ACTION.url, "");
}

#[tokio::test]
async fn a_clear_fit_shows_its_role_facts_interest_and_why() {
    let b = bank();
    let done = finished(&answers_for("mlops"));
    assert_eq!(done.assessment.level, Level::Clear);
    let r = &b.roles[done.assessment.lead()];
    assert_eq!(r.id, "mlops");
    let html = result(done, false).await;
    assert!(html.contains("data-level=\"clear\""));
    assert!(html.contains(">A clear fit</p>"));
    assert!(html.contains(&format!("tabindex=\"-1\">{}</h1>", r.title)));
    assert!(html.contains("Your answers point clearly to this role."));
    // The next step comes right after the verdict, then both roles' salaries side by side,
    // before the facts, the bars and the reasons.
    let cta = html.find("<a href=\"/contact?role=mlops\" class=\"button cta-button\">");
    let compare = html.find("class=\"compare\"").expect("comparison");
    assert!(cta.expect("the call to action") < compare);
    let head = &html[compare..];
    let (mine, other) = (head.find(r.salary.get()), head.find("$210,000"));
    assert!(
        mine.is_some() && other.is_some(),
        "both salaries to compare"
    );
    assert!(mine < head.find("<details") && other < head.find("<details"));
    assert!(head.find("<details") < head.find("class=\"affinity\""));
    assert!(
        html.contains("<div data-pick=\"\" data-role=\"mlops\" class=\"compare-role\">")
            && html.contains(">Your best fit</p>"),
        "the recommended role is marked"
    );
    assert_eq!(html.matches("data-pick").count(), 1);
    // Interest in words, never a percentage that could read "0 % fit".
    assert!(html.contains("MLOps Engineer: strong interest"));
    assert!(html.contains("Machine Learning Engineer: little interest"));
    assert!(!html.contains('%'), "no percentages on the page");
    assert!(html.contains("Average salary, 4 years’ experience"));
    // Every fact of both roles is there, in rows that open on demand.
    let facts = &head[head.find("<details").expect("rows")..];
    for role in b.roles {
        let ladder = facts
            .split("<ol class=\"ladder\">")
            .find(|part| part.contains(role.career_path[0].get()))
            .expect("a ladder per role");
        for step in role.career_path {
            assert!(ladder.contains(step.get()), "{step:?}");
        }
        for d in role.responsibilities {
            assert!(facts.contains(d.name.get()) && facts.contains(d.detail.get()));
        }
        for g in role.skills {
            assert!(facts.contains(g.group.get()));
            assert!(g.items.iter().all(|s| facts.contains(s.get())));
        }
        assert!(facts.contains(role.summary.get()) && facts.contains(role.headline.get()));
    }
    assert!(html.contains("Explainable AI (XAI)") && html.contains("Cloud-native MLOps"));
    assert_eq!(html.matches("<details class=\"compare-row\">").count(), 5);
    assert!(
        !html.contains("<details class=\"compare-row\" open"),
        "rows start closed"
    );
    // Why: one plain sentence per role that drew interest, the answers on demand.
    assert!(html.contains("Why this result"));
    assert!(html.contains("of your answers pointed to MLOps Engineer, most of them about"));
    assert!(
        !html.contains("pointed to Machine Learning Engineer"),
        "dislikes are no reason"
    );
    assert!(html
        .contains("<details class=\"why-answers\"><summary>Show the answers behind this result"));
    assert!(html.contains("What drew you to MLOps Engineer"));
    assert!(html.contains("Contact us today to learn more."));
    assert!(html.contains(">Retake the quiz</button>"));
    assert_eq!(
        html.matches("<button").count(),
        1,
        "one retake button, nothing else"
    );
    assert!(!html.contains("Someone shared"));
}

#[tokio::test]
async fn fitting_both_names_both_roles_and_shows_both() {
    let b = bank();
    // Strongly agree with everything; scenarios split evenly between the roles.
    let mut flip = false;
    let answers: Vec<Answer> = b
        .questions
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Scale => Some(4),
            QuestionKind::Choice => {
                flip = !flip;
                let r = usize::from(flip);
                q.options
                    .iter()
                    .position(|o| o.weights[r] > 0)
                    .map(|o| o as u8)
            }
        })
        .collect();
    let done = finished(&answers);
    assert_eq!(done.assessment.level, Level::Both, "{:?}", done.assessment);
    let html = result(done, false).await;
    assert!(html.contains(">Fits both about equally</p>"));
    assert!(html.contains("Machine Learning Engineer and MLOps Engineer</h1>"));
    assert!(html.contains("$210,000") && html.contains("$205,000"));
    assert!(!html.contains("A clear fit"));
}

#[tokio::test]
async fn past_the_core_the_progress_promises_no_fixed_end() {
    let b = bank();
    let core = adaptive::core(&b);
    let html = question(core, 2, None).await;
    assert!(html.contains(&format!("Question {} · a few more to be sure", core + 1)));
    // The bar runs to the most questions there can be.
    assert!(html.contains(&format!("max=\"{}\"", total())));
    // The button says what comes next: the result only when this answer settles the quiz.
    assert!(html.contains(">Next</button>"));
    let last = question_ending(core, 2, Some(0), true).await;
    assert!(last.contains(">See my result</button>"));
}

/// Answers that give no lead: "Neither" to every statement and scenario options alternating
/// between the roles; `statement` replaces "Neither" for one role's statements.
fn no_lead(statement: Option<(&str, u8)>, picks: Option<&str>) -> Vec<Answer> {
    let b = bank();
    let role = |id: &str| b.roles.iter().position(|r| r.id == id).expect("role");
    let mut flip = false;
    b.questions
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Scale => match statement {
                Some((id, a)) if q.options[4].weights[role(id)] > 0 => Some(a),
                _ => Some(2),
            },
            QuestionKind::Choice => {
                flip = !flip;
                let r = picks.map(role).unwrap_or(usize::from(flip));
                q.options
                    .iter()
                    .position(|o| o.weights[r] > 0)
                    .map(|o| o as u8)
            }
        })
        .collect()
}

#[tokio::test]
async fn no_strong_pull_names_no_role_and_says_why() {
    let done = finished(&no_lead(None, None));
    assert_eq!(done.assessment.level, Level::Open);
    assert_eq!(done.assessment.cause, Cause::Little);
    assert_eq!(done.page(), "open");
    let html = result(done, false).await;
    assert!(html.contains(">No strong pull yet</h1>"));
    assert!(html.contains(TEXT.explain_open.get()));
    assert!(html.contains("With so few questions, a retake may differ."));
    assert!(html.contains("data-role=\"\""));
    assert!(
        html.contains("$210,000") && html.contains("$205,000"),
        "both roles to compare"
    );
}

#[tokio::test]
async fn interest_in_one_role_without_a_lead_is_said_as_such() {
    // Agreeing with every MLOps statement, but picking the ML Engineer's work in every
    // scenario: the statements and the picks pull apart.
    let done = finished(&no_lead(Some(("mlops", 3)), Some("mle")));
    assert!(
        matches!(done.assessment.cause, Cause::Mixed { .. }),
        "{:?}",
        done.assessment
    );
    let html = result(done, false).await;
    assert!(html.contains(">Pulled both ways</h1>"));
    assert!(html.contains("Your scenario picks pointed to Machine Learning Engineer; the statements you agreed with pointed to MLOps Engineer."));
    assert!(!html.contains(TEXT.explain_open.get()));
    // Agreeing with four of the seven MLOps statements while the scenarios stay split:
    // interest in its work, but too small a lead to name it.
    let b = bank();
    let mut answers = no_lead(None, None);
    let mlops_statements = b
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == QuestionKind::Scale && q.options[4].weights[1] > 0);
    for (i, _) in mlops_statements.take(4) {
        answers[i] = Some(3);
    }
    let done = finished(&answers);
    assert_eq!(done.assessment.named(), None, "{:?}", done.assessment);
    let html = result(done, false).await;
    assert!(html.contains(">Not settled yet</h1>"), "{html}");
    assert!(html.contains("You showed interest in the MLOps Engineer's work, but your other answers didn't settle it."));
    assert!(html.contains("Your answers tilted slightly towards MLOps Engineer."));
    assert!(!html.contains(TEXT.explain_open.get()));
    assert!(!html.contains("MLOps Engineer: little interest"));
}

#[tokio::test]
async fn a_shared_result_talks_about_the_sender_and_offers_the_quiz_first() {
    let html = result(finished(&answers_for("mle")), true).await;
    let banner = html
        .find("Someone shared their quiz result with you.")
        .expect("banner");
    let take = html
        .find(">Take the quiz yourself</button>")
        .expect("button");
    assert!(
        banner < take && take < html.find("</h1>").expect("heading"),
        "on the first screen"
    );
    assert!(html.contains("Their answers point clearly to this role."));
    assert!(html.contains(">Their best fit</p>"));
    assert!(html.contains("of their answers pointed to Machine Learning Engineer"));
    assert!(html.contains("What drew them to Machine Learning Engineer"));
    assert!(
        html.contains("“I would enjoy"),
        "the statements they agreed with"
    );
    for yours in [
        "Your answers",
        "Your best fit",
        "of your answers",
        "You picked",
        "drew you",
    ] {
        assert!(
            !html.contains(yours),
            "second person in a shared view: {yours}"
        );
    }
    assert!(!html.contains(">Start over</button>") && !html.contains(">Retake the quiz</button>"));
}

#[tokio::test]
async fn messages_render_with_one_way_forward() {
    let html = render_html(message_page(&MessageProps {
        text: TEXT.bad_link,
        action: TEXT.take_yourself,
        on_action: noop(),
    }))
    .await;
    assert!(html.contains("This result link is damaged or out of date."));
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains(">Take the quiz yourself</button>"));
}

#[tokio::test]
async fn the_app_opens_on_a_prerendered_intro_that_starts_without_webassembly() {
    // What the build writes into index.html: the app's first render as plain HTML. The app
    // replaces it on start (src/lib.rs), so it carries no hydration markers.
    let html = LocalServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains("id=\"screen-heading\""));
    assert!(html.contains("aria-live=\"polite\""));
    assert!(!html.contains("<!--"), "no hydration markers");
    assert!(html.starts_with("<main id=\"main\" class=\"quiz\"><section class=\"screen intro\">"));
    // Start is a plain link: a click before the app loads changes the address, which the app
    // then opens.
    assert!(html.contains("href=\"#/q/1\""));
    assert!(html.contains(">Start the quiz</a>"));
}

#[test]
fn the_stylesheet_uses_the_one_palette() {
    use role_quiz::theme::{Palette, DARK, LIGHT};
    let css = include_str!("../styles/main.css");
    // The light theme in `:root`, the dark one in the prefers-color-scheme block.
    let light = &css[css.find(":root {").expect("root")..];
    let dark = &css[css
        .find("@media (prefers-color-scheme: dark)")
        .expect("dark")..];
    let check = |block: &str, p: &Palette, name: &str| {
        let block = &block[..block.find('}').expect("block end")];
        for (var, value) in [
            ("--bg", p.bg),
            ("--surface", p.surface),
            ("--ink", p.ink),
            ("--muted", p.muted),
            ("--accent", p.accent),
            ("--accent-ink", p.accent_ink),
            ("--line", p.line),
            ("--focus", p.focus),
        ] {
            assert!(
                block.contains(&format!("{var}: {value};")),
                "{name}: styles/main.css lacks {var}: {value}"
            );
        }
    };
    check(light, &LIGHT, "light");
    check(dark, &DARK, "dark");
    // The forced dark theme (embeds) repeats the dark palette.
    let forced = &css[css.find(":root[data-theme=\"dark\"]").expect("forced dark")..];
    check(forced, &DARK, "forced dark");
}

#[tokio::test]
async fn the_why_counts_what_it_lists_and_says_one_answer_in_the_singular() {
    let b = bank();
    // Drawn to MLOps, with one scenario pick for the Machine Learning Engineer.
    let mut answers = answers_for("mlops");
    let (qi, q) = b
        .questions
        .iter()
        .enumerate()
        .find(|(_, q)| q.kind == QuestionKind::Choice)
        .expect("a scenario");
    let mle = q
        .options
        .iter()
        .position(|o| o.weights[0] > 0)
        .expect("an ML Engineer option");
    answers[qi] = Some(mle as u8);
    let done = finished(&answers);
    let html = result(Rc::clone(&done), false).await;
    assert!(
        html.contains("One of your answers pointed to Machine Learning Engineer, about "),
        "{html}"
    );
    assert!(!html.contains("1 of your answers"));
    // The list behind the sentence has as many answers as the sentence counts.
    let lead = done.assessment.lead();
    let count = done.pull(lead).count;
    let group = html
        .split("data-toward=\"mlops\"")
        .nth(1)
        .and_then(|g| g.split("</ul>").next())
        .expect("the MLOps group");
    assert!(html.contains(&format!(
        "{count} of your answers pointed to MLOps Engineer"
    )));
    assert_eq!(group.matches("<li>").count(), count);
}
