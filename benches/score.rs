//! Scoring speed on generated banks: `cargo bench --bench score`.
//!
//! Prints the time per scoring for growing banks up to 500 questions x 20 roles, so the note can
//! say how the cost grows. A benchmark, not a test: it asserts nothing about time.
// The size rules (clippy.toml) are for the WebAssembly the app ships; a native bench.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

use role_quiz::quiz::{score, AnswerOption, Bank, Late, Question, QuestionKind, Role};
use role_quiz::sim::Rng;
use std::hint::black_box;
use std::time::Instant;

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

fn bank(questions: usize, roles: usize, rng: &mut Rng) -> Bank {
    let roles = leak(
        (0..roles)
            .map(|_| Role {
                id: "r",
                title: "Role",
                headline: Late(0),
                summary: Late(0),
                focus: Late(0),
                salary: Late(0),
                career_path: &[Late(0)],
                responsibilities: &[],
                skills: &[],
                jobs_url: "",
            })
            .collect(),
    );
    let questions = leak(
        (0..questions)
            .map(|_| Question {
                id: Late(0),
                prompt: Late(0),
                kind: QuestionKind::Choice,
                part: Late(0),
                options: leak(
                    (0..4)
                        .map(|_| AnswerOption {
                            label: Late(0),
                            weights: leak(
                                (0..roles.len())
                                    .map(|_| (rng.next_u64() % 4) as u8)
                                    .collect(),
                            ),
                            part: Late(0),
                        })
                        .collect(),
                ),
            })
            .collect(),
    );
    Bank {
        roles,
        questions,
        scoring: role_quiz::quiz::content::bank().scoring,
    }
}

fn main() {
    let mut rng = Rng(42);
    println!(
        "{:>9} {:>6} {:>12} {:>14}",
        "questions", "roles", "µs/score", "ns/question"
    );
    for (nq, nr) in [(14, 2), (50, 20), (125, 20), (250, 20), (500, 20)] {
        let b = bank(nq, nr, &mut rng);
        let answers: Vec<Vec<Option<u8>>> = (0..64)
            .map(|_| (0..nq).map(|_| Some((rng.next_u64() % 4) as u8)).collect())
            .collect();
        let iters = 200_000 / nq.max(1) as u32 * 10;
        // Warm up caches and the allocator before timing.
        for a in &answers {
            black_box(score(&b, a).ok());
        }
        let start = Instant::now();
        for i in 0..iters {
            let a = &answers[i as usize % answers.len()];
            black_box(score(black_box(&b), black_box(a)).ok());
        }
        let per = start.elapsed().as_secs_f64() / f64::from(iters);
        println!(
            "{nq:>9} {nr:>6} {:>12.2} {:>14.1}",
            per * 1e6,
            per * 1e9 / nq as f64
        );
    }
}
