//! Assessment quality of the shipped quiz, measured the way a careful reviewer would: answering
//! styles, random answerers, people with a real preference answering with noise, contradictory
//! answers, realistic personas, and how much every question matters. Figures are printed (the
//! test command shows them) and asserted against the targets in issue 9.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers_by_label, is_statement, random_full, role, shown_at, Rng};
use role_quiz::quiz::{bank, score, Answer, Assessment, Bank, Level, QuestionKind, ScoreError};

/// Answer sets per measured population.
const SAMPLES: u32 = 1_000_000;

/// How often each level came out, and how often a single role was named.
#[derive(Default, Debug)]
struct Tally {
    clear: u32,
    leaning: u32,
    both: u32,
    open: u32,
    mixed: u32,
    n: u32,
}

impl Tally {
    fn add(&mut self, a: &Assessment) {
        match a.level {
            Level::Clear => self.clear += 1,
            Level::Leaning => self.leaning += 1,
            Level::Both => self.both += 1,
            Level::Open => self.open += 1,
        }
        self.mixed += u32::from(a.mixed);
        self.n += 1;
    }
    fn pct(&self, x: u32) -> f64 {
        f64::from(x) * 100.0 / f64::from(self.n)
    }
    fn named(&self) -> f64 {
        self.pct(self.clear + self.leaning)
    }
    fn row(&self, name: &str) -> String {
        format!(
            "| {name:<44} | {:>6.2} % | {:>6.2} % | {:>6.2} % | {:>6.2} % | {:>6.2} % |",
            self.pct(self.clear),
            self.pct(self.leaning),
            self.pct(self.both),
            self.pct(self.open),
            self.named()
        )
    }
}

/// Scores `SAMPLES` answer sets made by `answer(bank, seed, question index, rng)`; the seed is
/// the person's option order, drawn afresh for each answer set.
fn measure(seed: u64, answer: impl Fn(&Bank, u32, usize, &mut Rng) -> u8) -> Tally {
    let b = bank();
    let mut rng = Rng(seed);
    let mut t = Tally::default();
    for _ in 0..SAMPLES {
        let person = rng.next() as u32;
        let answers: Vec<Answer> = (0..b.questions.len())
            .map(|qi| Some(answer(&b, person, qi, &mut rng)))
            .collect();
        t.add(&score(&b, &answers).expect("complete answers score"));
    }
    t
}

/// Scale positions: strongly disagree = 0 ... strongly agree = 4.
const NEUTRAL: u8 = 2;
const AGREE: u8 = 3;
const STRONGLY_AGREE: u8 = 4;

/// Position `pos` in the order the person sees (statements are never shuffled).
fn at(b: &Bank, seed: u32, qi: usize, pos: usize) -> u8 {
    shown_at(b, seed, qi, pos)
}

fn random_answerer() -> Tally {
    measure(1, |b, _, qi, rng| {
        rng.below(b.questions[qi].options.len()) as u8
    })
}

#[test]
fn answering_style_does_not_decide_the_result() {
    let random = random_answerer();
    let last = |b: &Bank, s, qi| at(b, s, qi, b.questions[qi].options.len() - 1);
    let middle = |b: &Bank, s, qi| at(b, s, qi, b.questions[qi].options.len() / 2);
    let styles: Vec<(&str, Tally)> = vec![
        (
            "always the first option shown",
            measure(2, |b, s, qi, _| at(b, s, qi, 0)),
        ),
        (
            "always the last option shown",
            measure(3, |b, s, qi, _| last(b, s, qi)),
        ),
        (
            "always the middle option shown",
            measure(4, |b, s, qi, _| middle(b, s, qi)),
        ),
        (
            "always Agree (first option in scenarios)",
            measure(5, |b, s, qi, _| {
                if is_statement(b, qi) {
                    AGREE
                } else {
                    at(b, s, qi, 0)
                }
            }),
        ),
        (
            "always Strongly agree (first in scenarios)",
            measure(6, |b, s, qi, _| {
                if is_statement(b, qi) {
                    STRONGLY_AGREE
                } else {
                    at(b, s, qi, 0)
                }
            }),
        ),
        (
            "always neutral (middle option in scenarios)",
            measure(7, |b, s, qi, _| {
                if is_statement(b, qi) {
                    NEUTRAL
                } else {
                    middle(b, s, qi)
                }
            }),
        ),
    ];
    println!("\n| answering style ({SAMPLES} each, over shuffles) | clear | leaning | both | open | one role named |");
    println!("{}", random.row("random answerer"));
    for (name, t) in &styles {
        println!("{}", t.row(name));
    }
    for (name, t) in &styles {
        assert!(
            t.pct(t.clear) <= 5.0,
            "{name}: clear fit in {:.2} %",
            t.pct(t.clear)
        );
        assert!(
            t.named() <= random.named(),
            "{name}: names a role in {:.2} %, a random answerer in {:.2} %",
            t.named(),
            random.named()
        );
    }
    let neutral = &styles[5].1;
    assert_eq!(
        neutral.clear + neutral.leaning,
        0,
        "all neutral names no role at all"
    );
}

#[test]
fn random_answerers_rarely_get_a_clear_fit() {
    let t = random_answerer();
    println!("\nrandom answerer: {t:?}\n{}", t.row("random answerer"));
    assert!(
        t.pct(t.clear) <= 10.0,
        "clear fit in {:.2} %",
        t.pct(t.clear)
    );
    // No role is favoured: each is named about as often.
    let b = bank();
    let mut rng = Rng(11);
    let mut named = vec![0u32; b.roles.len()];
    for _ in 0..SAMPLES {
        if let Some(r) = score(&b, &random_full(&b, &mut rng))
            .expect("scores")
            .named()
        {
            named[r] += 1;
        }
    }
    let total: u32 = named.iter().sum();
    for (r, &n) in named.iter().enumerate() {
        let share = f64::from(n) * 100.0 / f64::from(total);
        println!(
            "{} named in {share:.2} % of named results",
            b.roles[r].title
        );
        assert!(
            (47.0..=53.0).contains(&share),
            "{} favoured or starved",
            b.roles[r].id
        );
    }
}

/// A person of role `r`: keyed answers (their role's options and statements, strongly
/// disagreeing with the other's), each replaced by a random one with probability `noise`.
fn keyed(b: &Bank, seed: u32, qi: usize, rng: &mut Rng, r: usize, noise: f64) -> u8 {
    if rng.chance(noise) {
        return rng.below(b.questions[qi].options.len()) as u8;
    }
    common::keyed_answer(b, qi, r, Some(seed))
}

#[test]
fn a_consistent_preference_gets_its_clear_fit_on_nine_retakes_in_ten() {
    let b = bank();
    for r in 0..b.roles.len() {
        let mut hits = 0u32;
        let mut rng = Rng(100 + r as u64);
        for _ in 0..SAMPLES {
            let seed = rng.next() as u32;
            let answers: Vec<Answer> = (0..b.questions.len())
                .map(|qi| Some(keyed(&b, seed, qi, &mut rng, r, 0.2)))
                .collect();
            let a = score(&b, &answers).expect("scores");
            hits += u32::from(a.level == Level::Clear && a.lead() == r);
        }
        let pct = f64::from(hits) * 100.0 / f64::from(SAMPLES);
        println!(
            "{} as keyed with 20 % noise: clear fit for that role in {pct:.2} %",
            b.roles[r].title
        );
        assert!(pct >= 90.0, "{}: {pct:.2} %", b.roles[r].id);
    }
}

#[test]
fn no_preference_is_said_honestly() {
    let b = bank();
    // Mostly neutral: neutral on statements, each answer random with probability 0.2; in
    // scenarios, whatever option is shown in the middle.
    let mostly_neutral = measure(21, |b, s, qi, rng| {
        if rng.chance(0.2) {
            rng.below(b.questions[qi].options.len()) as u8
        } else if is_statement(b, qi) {
            NEUTRAL
        } else {
            at(b, s, qi, b.questions[qi].options.len() / 2)
        }
    });
    println!("\n{}", mostly_neutral.row("mostly neutral (20 % noise)"));
    assert!(
        mostly_neutral.pct(mostly_neutral.open) >= 90.0,
        "mostly neutral: no strong pull yet in only {:.2} %",
        mostly_neutral.pct(mostly_neutral.open)
    );
    // A person with no real preference retaking the quiz: how often the second attempt says
    // the same (level and role).
    let mut rng = Rng(31);
    let mut same = 0u32;
    for _ in 0..SAMPLES {
        let one = score(&b, &random_full(&b, &mut rng)).expect("scores");
        let two = score(&b, &random_full(&b, &mut rng)).expect("scores");
        same += u32::from(one.level == two.level && one.named() == two.named());
    }
    println!(
        "no real preference, two attempts: same result in {:.2} %",
        f64::from(same) * 100.0 / f64::from(SAMPLES)
    );
}

#[test]
fn contradictory_answers_are_noticed_and_never_a_clear_fit() {
    let b = bank();
    let (mle, mlops) = (role(&b, "mle"), role(&b, "mlops"));
    // Scenarios answered as one role, statements as the other, with 20 % noise.
    let t = measure(41, |b, s, qi, rng| {
        let r = if is_statement(b, qi) { mlops } else { mle };
        keyed(b, s, qi, rng, r, 0.2)
    });
    println!(
        "\n{}\nmixed signals noticed in {:.2} %",
        t.row("scenarios one way, statements the other"),
        t.pct(t.mixed)
    );
    assert!(
        t.pct(t.mixed) >= 80.0,
        "mixed noticed in {:.2} %",
        t.pct(t.mixed)
    );
    assert!(
        t.pct(t.clear) <= 1.0,
        "clear fit in {:.2} %",
        t.pct(t.clear)
    );
    // Every mixed result is at most a leaning, in every answer set.
    let mut rng = Rng(42);
    for _ in 0..200_000 {
        let a = score(&b, &random_full(&b, &mut rng)).expect("scores");
        assert!(!(a.mixed && a.level == Level::Clear), "{a:?}");
    }
}

#[test]
fn every_question_is_pivotal_for_at_least_one_answer_set_in_twenty() {
    let b = bank();
    let mut rng = Rng(7);
    let samples: Vec<Vec<Answer>> = (0..50_000).map(|_| random_full(&b, &mut rng)).collect();
    let outcome = |a: &[Answer]| {
        let s = score(&b, a).expect("scores");
        (s.level, s.named())
    };
    for (qi, q) in b.questions.iter().enumerate() {
        let pivotal = samples
            .iter()
            .filter(|answers| {
                let base = outcome(answers);
                (0..q.options.len()).any(|o| {
                    let mut a = (*answers).clone();
                    a[qi] = Some(o as u8);
                    outcome(&a) != base
                })
            })
            .count();
        let pct = pivotal as f64 * 100.0 / samples.len() as f64;
        println!("{:<18} pivotal for {pct:>5.1} % of answer sets", q.id);
        assert!(pct >= 5.0, "{} is pivotal for only {pct:.2} %", q.id);
    }
}

/// What a recruiter expects for a persona.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// A clear fit for this role.
    Clear(&'static str),
    /// This role named: a clear fit or a leaning.
    Named(&'static str),
    /// Leaning towards this role.
    Leaning(&'static str),
    /// Fits both about equally.
    Both,
    /// No strong pull yet.
    Open,
    /// No single role named (both, or no strong pull), and mixed signals noticed.
    Mixed,
}

struct Persona {
    who: &'static str,
    expect: Expect,
    answers: &'static [(&'static str, &'static str)],
}

const SD: &str = "Strongly d";
const D: &str = "Disagree";
const N: &str = "Neither";
const A: &str = "Agree";
const SA: &str = "Strongly a";

const PERSONAS: &[Persona] = &[
    Persona {
        who: "A data analyst who lives in Pandas and charts, curious about models, cool on servers",
        expect: Expect::Named("mle"),
        answers: &[
            ("first-project", "Preparing"), ("clean-data", SA), ("serve-models", D),
            ("good-week", "A new version"), ("train-models", A), ("watch-models", N),
            ("worse-answers", "Go through"), ("tools", "Pandas"), ("refine-model", A),
            ("automate-updates", D), ("proudest", "Dozens"), ("ml-libraries", N),
            ("devops-tools", SD), ("workday", "Turning messy"),
        ],
    },
    Persona {
        who: "A Kubernetes SRE moving into ML, who would like to learn a modelling library",
        expect: Expect::Clear("mlops"),
        answers: &[
            ("first-project", "Putting the model"), ("clean-data", D), ("serve-models", SA),
            ("good-week", "Retraining now runs"), ("train-models", N), ("watch-models", SA),
            ("worse-answers", "Add checks"), ("tools", "Docker"), ("refine-model", D),
            ("automate-updates", SA), ("proudest", "Dozens"), ("ml-libraries", A),
            ("devops-tools", SA), ("workday", "Making sure"),
        ],
    },
    Persona {
        who: "A backend engineer who builds APIs, cares about uptime, mildly curious about models",
        expect: Expect::Named("mlops"),
        answers: &[
            ("first-project", "Putting the model"), ("clean-data", N), ("serve-models", A),
            ("good-week", "Your model is built"), ("train-models", A), ("watch-models", A),
            ("worse-answers", "Automate retraining"), ("tools", "Docker"), ("refine-model", N),
            ("automate-updates", A), ("proudest", "A shared setup"), ("ml-libraries", N),
            ("devops-tools", A), ("workday", "Making sure"),
        ],
    },
    Persona {
        who: "A PhD researcher who trains models for papers, not keen on servers",
        expect: Expect::Clear("mle"),
        answers: &[
            ("first-project", "Building and training"), ("clean-data", A), ("serve-models", SD),
            ("good-week", "A new version"), ("train-models", SA), ("watch-models", D),
            ("worse-answers", "Retrain and refine"), ("tools", "TensorFlow"), ("refine-model", A),
            ("automate-updates", N), ("proudest", "A model that keeps"), ("ml-libraries", SA),
            ("devops-tools", D), ("workday", "Trying different"),
        ],
    },
    Persona {
        who: "A data engineer: pipelines and clean data one day, automation and cloud the next",
        expect: Expect::Open,
        answers: &[
            ("first-project", "Preparing"), ("clean-data", A), ("serve-models", A),
            ("good-week", "Retraining now runs"), ("train-models", N), ("watch-models", A),
            ("worse-answers", "Go through"), ("tools", "AWS"), ("refine-model", N),
            ("automate-updates", SA), ("proudest", "A shared setup"), ("ml-libraries", N),
            ("devops-tools", A), ("workday", "Turning messy"),
        ],
    },
    Persona {
        who: "Someone who likes both sides and agrees with almost everything",
        expect: Expect::Both,
        answers: &[
            ("first-project", "Building and training"), ("clean-data", A), ("serve-models", SA),
            ("good-week", "You helped"), ("train-models", SA), ("watch-models", A),
            ("worse-answers", "Retrain and refine"), ("tools", "Docker"), ("refine-model", SA),
            ("automate-updates", A), ("proudest", "A model of yours"), ("ml-libraries", A),
            ("devops-tools", SA), ("workday", "Making sure"),
        ],
    },
    Persona {
        who: "Someone indifferent: disagrees or shrugs at most statements",
        expect: Expect::Open,
        answers: &[
            ("first-project", "Setting up checks"), ("clean-data", N), ("serve-models", D),
            ("good-week", "A new version"), ("train-models", N), ("watch-models", N),
            ("worse-answers", "Automate retraining"), ("tools", "Pandas"), ("refine-model", D),
            ("automate-updates", N), ("proudest", "A model of yours"), ("ml-libraries", A),
            ("devops-tools", N), ("workday", "Working with"),
        ],
    },
    Persona {
        who: "An ML engineer at a product company who builds models and ships them",
        expect: Expect::Clear("mle"),
        answers: &[
            ("first-project", "Building and training"), ("clean-data", A), ("serve-models", N),
            ("good-week", "Your model is built"), ("train-models", SA), ("watch-models", A),
            ("worse-answers", "Retrain and refine"), ("tools", "TensorFlow"), ("refine-model", SA),
            ("automate-updates", N), ("proudest", "A model of yours"), ("ml-libraries", A),
            ("devops-tools", N), ("workday", "Trying different"),
        ],
    },
    Persona {
        who: "A DevOps engineer who automates everything and likes working across teams",
        expect: Expect::Clear("mlops"),
        answers: &[
            ("first-project", "Putting the model"), ("clean-data", N), ("serve-models", A),
            ("good-week", "Retraining now runs"), ("train-models", N), ("watch-models", A),
            ("worse-answers", "Automate retraining"), ("tools", "Docker"), ("refine-model", D),
            ("automate-updates", SA), ("proudest", "A shared setup"), ("ml-libraries", N),
            ("devops-tools", SA), ("workday", "Working with"),
        ],
    },
    Persona {
        who: "A data scientist tired of models that never ship: likes modelling and releasing",
        expect: Expect::Both,
        answers: &[
            ("first-project", "Building and training"), ("clean-data", A), ("serve-models", A),
            ("good-week", "Your model is built"), ("train-models", SA), ("watch-models", A),
            ("worse-answers", "Add checks"), ("tools", "TensorFlow"), ("refine-model", A),
            ("automate-updates", A), ("proudest", "A shared setup"), ("ml-libraries", A),
            ("devops-tools", N), ("workday", "Working with"),
        ],
    },
    Persona {
        who: "A software engineer who picks modelling scenarios but agrees with every MLOps statement",
        expect: Expect::Mixed,
        answers: &[
            ("first-project", "Building and training"), ("clean-data", D), ("serve-models", SA),
            ("good-week", "A new version"), ("train-models", N), ("watch-models", SA),
            ("worse-answers", "Retrain and refine"), ("tools", "TensorFlow"), ("refine-model", D),
            ("automate-updates", A), ("proudest", "A model that keeps"), ("ml-libraries", N),
            ("devops-tools", SA), ("workday", "Making sure"),
        ],
    },
    Persona {
        who: "A junior web developer, curious about models, lukewarm about most of it",
        expect: Expect::Leaning("mle"),
        answers: &[
            ("first-project", "Building and training"), ("clean-data", A), ("serve-models", N),
            ("good-week", "Your model is built"), ("train-models", A), ("watch-models", N),
            ("worse-answers", "Automate retraining"), ("tools", "Pandas"), ("refine-model", N),
            ("automate-updates", N), ("proudest", "A model of yours"), ("ml-libraries", A),
            ("devops-tools", N), ("workday", "Making sure"),
        ],
    },
];

/// A student who answers "Neither" to every statement and picks whatever option is shown in
/// the middle of each scenario (their own shuffled order).
fn middle_of_the_road_student(b: &Bank, seed: u32) -> Vec<Answer> {
    (0..b.questions.len())
        .map(|qi| {
            Some(if is_statement(b, qi) {
                NEUTRAL
            } else {
                at(b, seed, qi, b.questions[qi].options.len() / 2)
            })
        })
        .collect()
}

fn check(who: &str, expect: Expect, a: &Assessment, b: &Bank) {
    let name = |r: Option<usize>| r.map(|r| b.roles[r].id);
    println!(
        "{who}: {:?} {:?} interest {:?} pull {} mixed {}",
        a.level,
        name(a.named()),
        a.interest,
        a.pull,
        a.mixed
    );
    let ok = match expect {
        Expect::Clear(id) => a.level == Level::Clear && name(a.named()) == Some(id),
        Expect::Named(id) => name(a.named()) == Some(id),
        Expect::Leaning(id) => a.level == Level::Leaning && name(a.named()) == Some(id),
        Expect::Both => a.level == Level::Both,
        Expect::Open => a.level == Level::Open,
        Expect::Mixed => a.mixed && a.named().is_none(),
    };
    assert!(ok, "{who}: expected {expect:?}, got {a:?}");
    if let Some(r) = a.named() {
        let first = a.reasons.first().expect("a named role has reasons");
        assert_eq!(first.toward, r, "{who}: the why starts with the named role");
    }
}

#[test]
fn personas_get_the_result_a_recruiter_expects() {
    let b = bank();
    let mut no_winner = 0;
    for p in PERSONAS {
        let a = score(&b, &answers_by_label(p.who, p.answers)).expect("persona scores");
        check(p.who, p.expect, &a, &b);
        no_winner += usize::from(a.named().is_none());
    }
    for seed in [1u32, 2026, 777_777] {
        let a = score(&b, &middle_of_the_road_student(&b, seed)).expect("scores");
        check(
            "A student who picks the middle option",
            Expect::Open,
            &a,
            &b,
        );
    }
    assert!(PERSONAS.len() + 1 >= 12, "at least 12 personas");
    assert!(
        no_winner + 1 >= 3,
        "at least three personas with no clear winner"
    );
}

#[test]
fn question_formats_are_balanced_and_worded_positively() {
    let b = bank();
    let n = b.questions.len();
    assert!((12..=16).contains(&n), "{n} questions");
    let mut statements = vec![0; b.roles.len()];
    let mut options = vec![0; b.roles.len()];
    for q in b.questions {
        for o in q.options {
            assert!(
                !o.part.is_empty(),
                "{}: every option names its article part",
                q.id
            );
        }
        match q.kind {
            QuestionKind::Scale => {
                let r = q.options[STRONGLY_AGREE as usize]
                    .weights
                    .iter()
                    .position(|&w| w > 0)
                    .expect("a statement shows interest in a role");
                statements[r] += 1;
                // Disagreeing counts for nobody.
                for o in &q.options[..usize::from(AGREE)] {
                    assert!(o.weights.iter().all(|&w| w == 0), "{}", q.id);
                }
            }
            QuestionKind::Choice => {
                assert!((3..=4).contains(&q.options.len()), "{}", q.id);
                for o in q.options {
                    let keyed: Vec<_> = o.weights.iter().filter(|&&w| w > 0).collect();
                    assert_eq!(keyed.len(), 1, "{}: one role per option", q.id);
                    options[o.weights.iter().position(|&w| w > 0).unwrap_or(0)] += 1;
                }
            }
        }
    }
    println!("statements per role {statements:?}, scenario options per role {options:?}");
    assert!(statements.iter().all(|&s| s == statements[0] && s >= 3));
    assert!(options.iter().all(|&s| s == options[0]));
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
                assert!(out.interest.iter().all(|&i| i <= 100));
                assert!(out.pull <= 100);
                assert_eq!(out.ranking.len(), b.roles.len());
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
