//! Content version 1, kept for its share links: it must score exactly as it did when those
//! links were made. These are version 1's own assessment tests, moved here unchanged in what
//! they assert (its verdicts were "clear" or "close call"; a close call is now `Level::Both`).
// The size rules (clippy.toml) are for the WebAssembly the app ships; test code.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{random_full, Rng};
use role_quiz::quiz::{bank_for, result, score, share, Answer, Bank, Level, Scoring};

fn v1() -> Bank {
    bank_for(1).expect("version 1 is kept in content/legacy/v1.toml")
}

#[test]
fn version_one_keeps_its_share_model_and_questions() {
    let b = v1();
    assert_eq!(b.scoring, Scoring::Shares { close_call: 5 });
    assert_eq!(b.questions.len(), 14);
    assert_eq!(b.questions[0].id.get(), "excites");
}

#[test]
fn balanced_over_a_million_uniform_answer_sets() {
    let b = v1();
    let mut rng = Rng(2026);
    let n = 1_000_000u32;
    let mut wins = vec![0u32; b.roles.len()];
    let mut close = 0u32;
    let mut ties = 0u32;
    for _ in 0..n {
        let out = score(&b, &random_full(&b, &mut rng)).expect("full answers score");
        match out.level {
            Level::Clear => wins[out.lead()] += 2,
            _ => {
                close += 1;
                if out.interest[out.lead()] == out.interest[out.runner_up()] {
                    ties += 1;
                } else {
                    wins[out.lead()] += 2;
                }
            }
        }
    }
    for w in &mut wins {
        *w += ties;
    }
    let pct = |x: u32| f64::from(x) * 50.0 / f64::from(n);
    for (r, role) in b.roles.iter().enumerate() {
        println!("v1 {}: recommended in {:.2} %", role.title, pct(wins[r]));
        assert!((40.0..=60.0).contains(&pct(wins[r])), "{}", role.id);
    }
    let close = f64::from(close) * 100.0 / f64::from(n);
    println!(
        "v1 close calls: {close:.2} % (exact ties {:.2} %)",
        f64::from(ties) * 100.0 / f64::from(n)
    );
    assert!(close <= 15.0 && close > 0.0, "{close}");
}

#[test]
fn a_tie_is_a_close_call_naming_both_roles() {
    let b = v1();
    // Neutral on every statement, nothing else answered.
    let none: Vec<Answer> = b
        .questions
        .iter()
        .map(|q| (q.options.len() == 5).then_some(2))
        .collect();
    let out = score(&b, &none).expect("scores");
    assert_eq!(out.level, Level::Both);
    assert_eq!(out.ranking[..2], [0, 1]);
    assert_eq!(out.interest, vec![50, 50]);
    assert_eq!(out.pull, 0);
    let mut two = vec![None; b.questions.len()];
    two[0] = Some(0); // excites: mle 2
    two[2] = Some(1); // next-step: mlops 2
    let out = score(&b, &two).expect("scores");
    assert_eq!(out.level, Level::Both, "{out:?}");
}

#[test]
fn shares_add_up_to_a_hundred() {
    let b = v1();
    let mut rng = Rng(99);
    for _ in 0..50_000 {
        let out = score(&b, &random_full(&b, &mut rng)).expect("scores");
        assert_eq!(out.interest.iter().map(|&p| u32::from(p)).sum::<u32>(), 100);
        assert!(out.interest.iter().all(|&p| p <= out.interest[out.lead()]));
    }
}

#[test]
fn a_version_one_link_opens_with_its_old_verdict() {
    // Option 0 everywhere in version 1: ML Engineer side in scenarios, "Strongly disagree" on
    // statements. Version 1 called it a clear ML Engineer fit; the link must still say so.
    let b = v1();
    let answers: Vec<Answer> = b.questions.iter().map(|_| Some(0)).collect();
    let code = share::encode(1, &answers).expect("encodes");
    let done = result::open(&code).expect("version-1 link opens");
    assert_eq!(done.version, 1);
    assert_eq!(done.assessment.level, Level::Clear);
    assert_eq!(b.roles[done.assessment.lead()].id, "mle");
    assert_eq!(done.page(), "mle");
    // Option 1 everywhere: MLOps in scenarios, "Disagree" on statements: clear MLOps.
    let answers: Vec<Answer> = b.questions.iter().map(|_| Some(1)).collect();
    let done = result::open(&share::encode(1, &answers).expect("encodes")).expect("opens");
    assert_eq!(
        (done.assessment.level, done.page()),
        (Level::Clear, "mlops")
    );
}

fn v2() -> Bank {
    bank_for(2).expect("version 2 is kept in content/legacy/v2.toml")
}

#[test]
fn version_two_scores_exactly_as_it_did() {
    // 100,000 answer sets from a fixed generator, scored by version 2's code before version 3
    // existed (commit 47299c6): level, named role, interest, lead and mixed signals hashed
    // together. Any change to how a version-2 link scores changes the hash.
    const BEFORE: u64 = 0xdb2e_b805_76a0_30a1;
    let b = v2();
    assert!(matches!(b.scoring, Scoring::Levels(_)));
    assert_eq!(b.questions.len(), 14);
    let mut x: u64 = 2;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |v: u64| {
        h ^= v;
        h = h.wrapping_mul(0x100_0000_01b3);
    };
    for _ in 0..100_000 {
        let answers: Vec<Answer> = b
            .questions
            .iter()
            .map(|q| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                Some(((x >> 33) % q.options.len() as u64) as u8)
            })
            .collect();
        let a = score(&b, &answers).expect("scores");
        eat(match a.level {
            Level::Clear => 1,
            Level::Leaning => 2,
            Level::Both => 3,
            Level::Open => 4,
        });
        eat(a.named().map_or(9, |r| r as u64));
        for &i in &a.interest {
            eat(u64::from(i));
        }
        eat(u64::from(a.pull));
        eat(u64::from(a.mixed));
    }
    assert_eq!(h, BEFORE, "version 2 links would score differently");
}

#[test]
fn a_version_two_link_opens_with_all_its_answers_and_its_old_verdict() {
    // An ML Engineer's answers to version 2's 14 questions: a link made then has all 14.
    let b = v2();
    let mle = b.roles.iter().position(|r| r.id == "mle").expect("mle");
    let answers: Vec<Answer> = b
        .questions
        .iter()
        .map(|q| {
            let mine = |o: &usize| q.options[*o].weights[mle] > 0;
            Some((0..q.options.len()).rev().find(mine).unwrap_or(0) as u8)
        })
        .collect();
    let code = share::encode(2, &answers).expect("encodes");
    let done = result::open(&code).expect("version-2 link opens");
    assert_eq!((done.version, done.answers.len()), (2, 14));
    assert_eq!((done.assessment.level, done.page()), (Level::Clear, "mle"));
    // A version-2 link cut short is refused, not scored as a shorter adaptive quiz.
    let short = share::encode(2, &answers[..10]).expect("encodes");
    assert!(result::open(&short).is_err());
}
