//! Every page rendered to HTML natively (Yew SSR), asserting what the person reads.
#![cfg(not(target_arch = "wasm32"))]

use role_quiz::app::App;
use role_quiz::pages::intro::{IntroPage, IntroProps};
use role_quiz::pages::message::{message_page, MessageProps};
use role_quiz::pages::question::{QuestionPage, QuestionProps};
use role_quiz::pages::result::{ResultPage, ResultProps};
use role_quiz::quiz::{bank, score, Answer, Verdict, TEXT};
use yew::{function_component, Callback, Html, LocalServerRenderer};

fn noop<T: 'static>() -> Callback<T> {
    Callback::from(|_| ())
}

/// Text as a person reads it: HTML escapes undone for the few characters our content uses.
fn readable(html: &str) -> String {
    html.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

async fn intro(has_progress: bool) -> String {
    LocalServerRenderer::<IntroPage>::with_props(IntroProps {
        has_progress,
        on_start: noop(),
        on_resume: noop(),
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn intro_says_what_how_long_and_privacy() {
    let html = intro(false).await;
    assert!(html.contains("Which AI role fits you?"));
    assert!(html.contains("Answer 14 short questions"));
    assert!(html.contains("14 questions · about 3 minutes"));
    assert!(html.contains("Your answers stay on this device"));
    assert!(html.contains(">Start the quiz</a>"));
    assert!(!html.contains(TEXT.resume));

    let html = intro(true).await;
    assert!(html.contains(">Continue where you left off</button>"));
    assert!(html.contains(">Start over</button>"));
}

#[tokio::test]
async fn the_app_opens_on_the_intro() {
    let html = LocalServerRenderer::<App>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains("id=\"screen-heading\""));
    assert!(html.contains("Start the quiz"));
    assert!(html.contains("aria-live=\"polite\""));
}

async fn question(index: usize, answer: Option<u8>) -> String {
    let html = LocalServerRenderer::<QuestionPage>::with_props(QuestionProps {
        index,
        answer,
        on_choose: noop(),
        on_next: noop(),
        on_back: noop(),
    })
    .hydratable(false)
    .render()
    .await;
    readable(&html)
}

#[tokio::test]
async fn a_choice_question_is_a_radio_group_with_progress() {
    let html = question(0, None).await;
    assert!(html.contains("Question 1 of 14"));
    let bar = html
        .split("<progress")
        .nth(1)
        .and_then(|s| s.split('>').next())
        .expect("progress bar");
    for attr in ["max=\"14\"", "value=\"1\"", "aria-label=\"Quiz progress\""] {
        assert!(bar.contains(attr), "{bar} lacks {attr}");
    }
    assert!(html.contains(
        "<h1 id=\"screen-heading\" tabindex=\"-1\">Which part of a project excites you most?</h1>"
    ));
    assert_eq!(html.matches("type=\"radio\"").count(), 4);
    assert!(html.contains("Trying new ideas to make predictions more accurate"));
    assert!(html.contains("<fieldset><legend>"));
    assert!(html.contains(">Back</button>"));
    assert!(
        html.contains("disabled"),
        "Next is disabled until an answer is picked"
    );
    assert!(html.contains("Keys 1–4 choose"));
}

#[tokio::test]
async fn a_scale_question_has_five_points_and_keeps_the_answer() {
    let html = question(1, Some(4)).await;
    assert!(html.contains("Question 2 of 14"));
    assert!(html.contains("options scale"));
    for label in [
        "Strongly disagree",
        "Disagree",
        "Neither agree nor disagree",
        "Agree",
        "Strongly agree",
    ] {
        assert!(html.contains(&format!(">{label}</span>")), "{label}");
    }
    assert_eq!(
        html.matches("checked").count(),
        2,
        "the option is checked: class and attribute"
    );
    assert!(!html.contains("disabled"));
    let last = question(13, Some(0)).await;
    assert!(last.contains(">See my result</button>"));
}

async fn result(answers: Vec<Answer>, shared: bool) -> String {
    let html = LocalServerRenderer::<ResultPage>::with_props(ResultProps {
        answers,
        version: role_quiz::quiz::CONTENT_VERSION,
        shared,
        share: Default::default(),
        on_retake: noop(),
        on_start_over: (!shared).then(noop),
    })
    .hydratable(false)
    .render()
    .await;
    readable(&html)
}

#[tokio::test]
async fn the_result_shows_role_facts_affinities_and_why() {
    let b = bank();
    // Option 1 everywhere: MLOps in choice questions, "Disagree" on the scale.
    let answers: Vec<Answer> = b.questions.iter().map(|_| Some(1)).collect();
    let out = score(&b, &answers).expect("scores");
    let Verdict::Clear { role } = out.verdict else {
        panic!("expected a clear result")
    };
    let r = &b.roles[role];
    let html = result(answers, false).await;
    assert!(html.contains("Your best fit"));
    assert!(html.contains(&format!("tabindex=\"-1\">{}</h1>", r.title)));
    for (i, role) in b.roles.iter().enumerate() {
        assert!(html.contains(&format!("{}: {}%", role.title, out.percents[i])));
    }
    assert!(html.contains("Average salary 4 years experience"));
    assert!(html.contains(r.salary));
    let ladder = html.split("<ol class=\"ladder\">").nth(1).expect("ladder");
    for step in r.career_path {
        assert!(ladder.contains(step), "{step}");
    }
    for d in r.responsibilities {
        assert!(html.contains(d.name) && html.contains(d.detail));
    }
    for g in r.skills {
        assert!(html.contains(g.group));
        assert!(g.items.iter().all(|s| html.contains(s)));
    }
    assert!(html.contains("Explainable AI (XAI)") && html.contains("Cloud-native MLOps"));
    assert!(html.contains("Why this result"));
    let q = &b.questions[out.reasons[0].question];
    assert!(html.contains(&format!("to “{}”", q.prompt)));
    assert!(html.contains("Contact us today to learn more."));
    assert!(html.contains(">Retake the quiz</button>"));
    assert!(!html.contains("Someone shared"));
}

#[tokio::test]
async fn a_close_call_names_both_roles_and_shows_both() {
    let b = bank();
    // Neutral on every statement, scenario answers pulling equally both ways.
    let pick = |id: &str| match id {
        "excites" | "master-tool" | "proudest" => 0,
        "next-step" | "night-incident" | "problem-kind" => 1,
        "ideal-day" => 2, // "Working with people from several teams": one point each
        _ => 2,           // scale: "Neither agree nor disagree"
    };
    let answers: Vec<Answer> = b.questions.iter().map(|q| Some(pick(q.id))).collect();
    let out = score(&b, &answers).expect("scores");
    assert!(matches!(out.verdict, Verdict::CloseCall { .. }), "{out:?}");
    let html = result(answers, false).await;
    assert!(html.contains("A close call"));
    assert!(
        html.contains("You fit Machine Learning Engineer and MLOps Engineer almost equally well.")
    );
    assert!(html.contains("$210,000") && html.contains("$205,000"));
}

#[tokio::test]
async fn a_shared_result_says_so_and_offers_the_quiz() {
    let answers: Vec<Answer> = bank().questions.iter().map(|_| Some(0)).collect();
    let html = result(answers, true).await;
    assert!(html.contains("Someone shared this result with you."));
    assert!(html.contains(">Take the quiz yourself</button>"));
    assert!(!html.contains(">Start over</button>"));
}

/// Messages are plain functions; a one-line component renders one.
#[function_component]
fn BadLink() -> Html {
    message_page(&MessageProps {
        text: TEXT.bad_link,
        action: TEXT.take_yourself,
        on_action: noop(),
    })
}

#[tokio::test]
async fn messages_render_with_one_way_forward() {
    let html = LocalServerRenderer::<BadLink>::new()
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains("This result link is damaged or out of date."));
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains(">Take the quiz yourself</button>"));
}

#[tokio::test]
async fn the_prerendered_intro_starts_without_webassembly() {
    // What the build writes into index.html: the app's first render, ready to hydrate.
    let html = LocalServerRenderer::<App>::new()
        .hydratable(true)
        .render()
        .await;
    assert!(
        html.contains("<!--<[role_quiz::app::App]>-->"),
        "hydration markers"
    );
    // Start is a plain link: a click before the app loads changes the address, which the app
    // then opens.
    assert!(html.contains("href=\"#/q/1\""));
    assert!(html.contains(">Start the quiz</a>"));
}
