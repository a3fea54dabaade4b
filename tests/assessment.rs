//! Assessment quality of the shipped quiz: balance, every question matters, personas, and
#![cfg(not(target_arch = "wasm32"))]
//! robustness of scoring against any answer vector.

use role_quiz::quiz::{bank, score, Answer, QuestionKind, ScoreError, Verdict};

/// Deterministic generator (SplitMix64) so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn random_full(rng: &mut Rng) -> Vec<Answer> {
    bank()
        .questions
        .iter()
        .map(|q| Some(rng.below(q.options.len()) as u8))
        .collect()
}

#[test]
fn balanced_over_a_million_uniform_answer_sets() {
    let b = bank();
    let mut rng = Rng(2026);
    let n = 1_000_000u32;
    let mut wins = vec![0u32; b.roles.len()];
    let mut close = 0u32;
    let mut ties = 0u32;
    // Counted in halves: an exact tie gives each of the two roles half a recommendation.
    for _ in 0..n {
        let out = score(&b, &random_full(&mut rng)).expect("full answers score");
        match out.verdict {
            Verdict::Clear { role } => wins[role] += 2,
            Verdict::CloseCall { first, second } => {
                close += 1;
                // The page leads with `first`, except on an exact tie where it leads with neither.
                if out.percents[first] == out.percents[second] {
                    ties += 1;
                } else {
                    wins[first] += 2;
                }
            }
        }
    }
    for w in &mut wins {
        *w += ties;
    }
    let pct = |x: u32| f64::from(x) * 50.0 / f64::from(n);
    for (r, role) in b.roles.iter().enumerate() {
        println!(
            "{}: recommended in {:.2} % of {n} answer sets",
            role.title,
            pct(wins[r])
        );
        assert!(
            (40.0..=60.0).contains(&pct(wins[r])),
            "{} is favoured or starved",
            role.id
        );
    }
    let close = f64::from(close) * 100.0 / f64::from(n);
    println!(
        "close calls: {close:.2} % (exact ties {:.2} %)",
        f64::from(ties) * 100.0 / f64::from(n)
    );
    assert!(close <= 15.0, "too many close calls: {close:.2} %");
    assert!(close > 0.0, "the close-call band never triggers");
}

#[test]
fn every_question_can_change_the_recommendation() {
    let b = bank();
    let mut rng = Rng(7);
    let samples: Vec<Vec<Answer>> = (0..20_000).map(|_| random_full(&mut rng)).collect();
    for (qi, q) in b.questions.iter().enumerate() {
        let changes = samples.iter().any(|answers| {
            let base = score(&b, answers).expect("scores").verdict;
            (0..q.options.len()).any(|o| {
                let mut a = answers.clone();
                a[qi] = Some(o as u8);
                score(&b, &a).expect("scores").verdict != base
            })
        });
        assert!(changes, "question {} never changes the result", q.id);
    }
}

/// A persona: who they are, their answers as (question id, answer label), the expected role id.
struct Persona {
    who: &'static str,
    answers: &'static [(&'static str, &'static str)],
    expect: &'static str,
}

const SA: &str = "Strongly agree";
const A: &str = "Agree";
const N: &str = "Neither agree nor disagree";
const D: &str = "Disagree";
const SD: &str = "Strongly disagree";

const PERSONAS: &[Persona] = &[
    Persona {
        who: "A data scientist who lives in notebooks and loves tuning models",
        expect: "mle",
        answers: &[
            ("excites", "Trying new ideas to make predictions more accurate"),
            ("tuning", SA),
            ("next-step", "Make it smarter: try new features and approaches"),
            ("automate", D),
            ("master-tool", "A notebook for exploring data and plotting charts"),
            ("data-tedious", SD),
            ("ideal-day", "Reading a research paper and trying out its idea"),
            ("reliability", N),
            ("night-incident", "Find out why the model's predictions drifted"),
            ("on-call", A),
            ("proudest", "A model that beats the best accuracy anyone has reached"),
            ("math", SA),
            ("problem-kind", "Open-ended: nobody knows yet whether it can be done"),
            ("cloud-bores", A),
        ],
    },
    Persona {
        who: "A site reliability engineer who runs Kubernetes clusters and on-call rotations",
        expect: "mlops",
        answers: &[
            ("excites", "Making sure the finished system runs smoothly for real users"),
            ("tuning", D),
            ("next-step", "Package it so it can answer thousands of requests reliably"),
            ("automate", SA),
            ("master-tool", "A system that runs software containers across many servers"),
            ("data-tedious", A),
            ("ideal-day", "Improving the platform other engineers ship their work on"),
            ("reliability", SA),
            ("night-incident", "Be the one on call, with a clear runbook in hand"),
            ("on-call", SD),
            ("proudest", "A dashboard showing every model healthy for a whole quarter"),
            ("math", D),
            ("problem-kind", "Well-defined: it has to work every time, at scale"),
            ("cloud-bores", SD),
        ],
    },
    Persona {
        who: "A maths graduate drawn to research and open questions",
        expect: "mle",
        answers: &[
            ("excites", "Digging into messy data to find out what it says"),
            ("tuning", A),
            ("next-step", "Run careful experiments to see where it gets things wrong"),
            ("automate", N),
            ("master-tool", "A library for building and training neural networks"),
            ("data-tedious", D),
            ("ideal-day", "Reading a research paper and trying out its idea"),
            ("reliability", D),
            ("night-incident", "Leave it to whoever is on call; I would rather study it in the morning"),
            ("on-call", SA),
            ("proudest", "A chart that finally explains why customers behave the way they do"),
            ("math", SA),
            ("problem-kind", "Open-ended: nobody knows yet whether it can be done"),
            ("cloud-bores", N),
        ],
    },
    Persona {
        who: "A DevOps engineer moving into machine learning who automates everything",
        expect: "mlops",
        answers: &[
            ("excites", "Automating the boring steps so nobody has to do them by hand"),
            ("tuning", N),
            ("next-step", "Package it so it can answer thousands of requests reliably"),
            ("automate", SA),
            ("master-tool", "A pipeline that rebuilds and tests everything on each change"),
            ("data-tedious", A),
            ("ideal-day", "Working with people from several teams to get a release out"),
            ("reliability", A),
            ("night-incident", "Roll back to the last good version, then fix the pipeline so it cannot happen again"),
            ("on-call", D),
            ("proudest", "Cutting the time from a finished model to production from weeks to hours"),
            ("math", N),
            ("problem-kind", "Well-defined: it has to work every time, at scale"),
            ("cloud-bores", SD),
        ],
    },
    Persona {
        who: "An analyst who loves charts and statistics and would rather not touch servers",
        expect: "mle",
        answers: &[
            ("excites", "Digging into messy data to find out what it says"),
            ("tuning", A),
            ("next-step", "Run careful experiments to see where it gets things wrong"),
            ("automate", D),
            ("master-tool", "A notebook for exploring data and plotting charts"),
            ("data-tedious", SD),
            ("ideal-day", "Working with people from several teams to get a release out"),
            ("reliability", N),
            ("night-incident", "Leave it to whoever is on call; I would rather study it in the morning"),
            ("on-call", A),
            ("proudest", "A chart that finally explains why customers behave the way they do"),
            ("math", A),
            ("problem-kind", "Both, depending on the week"),
            ("cloud-bores", SA),
        ],
    },
    Persona {
        who: "A backend engineer who values uptime and is lukewarm about statistics",
        expect: "mlops",
        answers: &[
            ("excites", "Making sure the finished system runs smoothly for real users"),
            ("tuning", N),
            ("next-step", "Set up alerts so we know the moment it stops working"),
            ("automate", A),
            ("master-tool", "A pipeline that rebuilds and tests everything on each change"),
            ("data-tedious", N),
            ("ideal-day", "Working with people from several teams to get a release out"),
            ("reliability", A),
            ("night-incident", "Be the one on call, with a clear runbook in hand"),
            ("on-call", D),
            ("proudest", "A dashboard showing every model healthy for a whole quarter"),
            ("math", D),
            ("problem-kind", "Both, depending on the week"),
            ("cloud-bores", D),
        ],
    },
];

fn answers_of(p: &Persona) -> Vec<Answer> {
    let b = bank();
    b.questions
        .iter()
        .map(|q| {
            let (_, label) = p
                .answers
                .iter()
                .find(|(id, _)| *id == q.id)
                .unwrap_or_else(|| panic!("{}: no answer for {}", p.who, q.id));
            let o = q.options.iter().position(|o| o.label == *label);
            Some(o.unwrap_or_else(|| panic!("{}: {} has no option {label:?}", p.who, q.id)) as u8)
        })
        .collect()
}

#[test]
fn personas_get_the_role_a_recruiter_expects() {
    let b = bank();
    for p in PERSONAS {
        let out = score(&b, &answers_of(p)).expect("persona scores");
        let expected = b
            .roles
            .iter()
            .position(|r| r.id == p.expect)
            .expect("role exists");
        println!("{}: {:?} {:?}", p.who, out.percents, out.verdict);
        assert_eq!(out.verdict, Verdict::Clear { role: expected }, "{}", p.who);
        assert!(!out.reasons.is_empty(), "{}: no why", p.who);
        assert!(
            out.reasons.iter().all(|r| r.toward == expected),
            "{}",
            p.who
        );
    }
}

#[test]
fn question_formats_are_mixed() {
    let b = bank();
    let n = b.questions.len();
    assert!((12..=16).contains(&n), "{n} questions");
    let scale = |rev: bool| {
        b.questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Scale { reverse: rev })
            .count()
    };
    let choice: Vec<_> = b
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Choice)
        .collect();
    assert!(choice.len() >= 4 && choice.iter().all(|q| (3..=4).contains(&q.options.len())));
    assert!(
        scale(false) >= 3 && scale(true) >= 2,
        "needs plain and reverse-keyed statements"
    );
}

#[test]
fn a_tie_is_a_close_call_naming_both_roles() {
    let b = bank();
    let none: Vec<Answer> = b
        .questions
        .iter()
        .map(|q| match q.kind {
            QuestionKind::Scale { .. } => Some(2), // neutral gives nobody points
            QuestionKind::Choice => None,
        })
        .collect();
    let out = score(&b, &none).expect("scores");
    assert_eq!(
        out.verdict,
        Verdict::CloseCall {
            first: 0,
            second: 1
        }
    );
    assert_eq!(out.percents, vec![50, 50]);
    assert_eq!(out.margin, 0);
    // Symmetric answers: one strong push each way.
    let mut two = vec![None; b.questions.len()];
    two[0] = Some(0); // excites: mle 2
    two[2] = Some(1); // next-step: mlops 2
    let out = score(&b, &two).expect("scores");
    assert!(matches!(out.verdict, Verdict::CloseCall { .. }), "{out:?}");
    assert_eq!(out.reasons.len(), 2, "a close call explains both pulls");
}

#[test]
fn percentages_are_readable_and_add_up() {
    let b = bank();
    let mut rng = Rng(99);
    for _ in 0..50_000 {
        let out = score(&b, &random_full(&mut rng)).expect("scores");
        assert_eq!(out.percents.iter().map(|&p| u32::from(p)).sum::<u32>(), 100);
        let lead = out.verdict.lead();
        assert!(out.percents.iter().all(|&p| p <= out.percents[lead]));
        assert!(out.reasons.len() <= 3);
    }
}

/// Property: any vector, partial, too long or out of range, gives a result or a clear error.
#[test]
fn any_answer_vector_scores_or_errs_without_panic() {
    let b = bank();
    let nq = b.questions.len();
    let mut rng = Rng(1);
    for case in 0..200_000 {
        let len = rng.below(nq + 4);
        let answers: Vec<Answer> = (0..len)
            .map(|_| match rng.below(4) {
                0 => None,
                1 => Some(rng.below(256) as u8),
                _ => Some(rng.below(5) as u8),
            })
            .collect();
        match score(&b, &answers) {
            Ok(out) => {
                assert_eq!(
                    out.answered,
                    answers.iter().flatten().count(),
                    "case {case}"
                );
                assert!(out.answered > 0);
            }
            Err(ScoreError::TooManyAnswers { given, expected }) => {
                assert!(given > expected && len > nq)
            }
            Err(ScoreError::OptionOutOfRange { question, option }) => {
                assert!(usize::from(option) >= b.questions[question].options.len());
                assert!(!ScoreError::OptionOutOfRange { question, option }
                    .to_string()
                    .is_empty());
            }
            Err(ScoreError::NoAnswers) => assert!(answers.iter().all(Option::is_none)),
            Err(e) => panic!("unexpected {e}"),
        }
    }
}
