//! The calibration tool for whoever edits the content: `cargo run --release --bin calibrate`.
//!
//! With no arguments it prints, for `content/quiz.toml` as built into the app and with the
//! app's own scoring and adaptive rule: random answerers and answering styles, the calibration
//! table for preferences s = 0.5 … 1.0 under both respondent models, and retake agreement.
//! With `--score` it reads JSON lines on standard input and prints one verdict per line
//! (`score.rs`), for other tools.
// The size rules (clippy.toml) are for the WebAssembly the app ships; a native tool.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

#[cfg(not(target_arch = "wasm32"))]
mod score;

#[cfg(not(target_arch = "wasm32"))]
use role_quiz::quiz::{
    adaptive, bank, Adaptive, AnswerOption, Bank, Question, QuestionKind, Scoring,
};
#[cfg(not(target_arch = "wasm32"))]
use role_quiz::sim::{people, retakes, style, styles, Model, Outcomes};
use std::process::ExitCode;

/// People per cell of the tables.
#[cfg(not(target_arch = "wasm32"))]
const PEOPLE: u32 = 100_000;

/// A native tool: the WebAssembly build only needs it to compile.
#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::FAILURE
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let b = bank();
    match args.first().map(String::as_str) {
        None => {
            report(&b, PEOPLE);
            ExitCode::SUCCESS
        }
        Some("--quick") => {
            report(&b, PEOPLE / 10);
            ExitCode::SUCCESS
        }
        Some("--score") => score::run(&b),
        Some("--try") => match args.get(1).and_then(|v| trial(&b, v)) {
            Some(t) => {
                report(&t, PEOPLE / 10);
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("calibrate --try core,clear,lean,settle,mixed[,pick,sd,d,n,a,sa] (whole numbers: the [scoring] figures, then optionally the points of a scenario pick and of each scale answer)");
                ExitCode::from(2)
            }
        },
        Some(other) => {
            eprintln!(
                "calibrate: unknown argument {other:?}\nusage: calibrate [--quick | --score]\n  (no argument)  print the calibration tables for content/quiz.toml\n  --quick         the same with a tenth of the people\n  --score         read JSON lines {{\"answers\": {{\"<question id>\": <answer>, …}}}} on standard input\n                  and print one {{\"level\", \"role\", \"asked\"}} line per input"
            );
            ExitCode::from(2)
        }
    }
}

/// The shipped bank with other `[scoring]` figures, to see what a change would do before
/// making it in the content file.
#[cfg(not(target_arch = "wasm32"))]
fn trial(b: &Bank, figures: &str) -> Option<Bank> {
    let v: Vec<u8> = figures
        .split(',')
        .map(|x| x.trim().parse().ok())
        .collect::<Option<_>>()?;
    let (&[core, clear, lean, settle, mixed], points) = (v.get(..5)?, v.get(5..)) else {
        return None;
    };
    let scoring = Scoring::Adaptive(Adaptive {
        core,
        clear,
        lean,
        settle,
        mixed,
    });
    let questions = match points {
        Some(&[pick, sd, d, n, a, sa]) => reweighted(b, pick, [sd, d, n, a, sa]),
        Some(&[]) | None => b.questions,
        Some(_) => return None,
    };
    Some(Bank {
        scoring,
        questions,
        ..*b
    })
}

/// The bank's questions with other points per answer (a trial only: leaked, never freed).
#[cfg(not(target_arch = "wasm32"))]
fn reweighted(b: &Bank, pick: u8, scale: [u8; 5]) -> &'static [Question] {
    let leak = |w: Vec<u8>| -> &'static [u8] { Box::leak(w.into_boxed_slice()) };
    let questions: Vec<Question> = b
        .questions
        .iter()
        .map(|q| {
            let options: Vec<AnswerOption> = q
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    let points = match q.kind {
                        QuestionKind::Scale => scale[i.min(4)],
                        QuestionKind::Choice => pick,
                    };
                    AnswerOption {
                        label: o.label,
                        weights: leak(
                            o.weights
                                .iter()
                                .map(|&w| if w > 0 { points } else { 0 })
                                .collect(),
                        ),
                        part: o.part,
                    }
                })
                .collect();
            Question {
                id: q.id,
                prompt: q.prompt,
                kind: q.kind,
                part: q.part,
                options: Box::leak(options.into_boxed_slice()),
            }
        })
        .collect();
    Box::leak(questions.into_boxed_slice())
}

#[cfg(not(target_arch = "wasm32"))]
fn row(name: &str, o: &Outcomes) -> String {
    format!(
        "| {name:<44} | {:>6.2} | {:>6.2} | {:>6.2} | {:>6.2} | {:>6.2} | {:>5.1} | {:>3} |",
        o.clear(),
        o.pct(o.a_leaning + o.b_leaning),
        o.pct(o.both),
        o.pct(o.open),
        o.named(),
        o.mean_asked(),
        o.p90_asked()
    )
}

#[cfg(not(target_arch = "wasm32"))]
fn report(b: &Bank, n: u32) {
    let max = b.questions.len();
    println!(
        "content/quiz.toml: {} questions, everyone answers the first {}, at most {max}; {n} people per row\n",
        max,
        adaptive::core(b)
    );
    println!("## Random answerers and answering styles (over shuffled option orders)\n");
    println!("| who | clear % | leaning % | both % | no strong pull % | role named % | items mean | p90 |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (i, (name, f)) in styles().into_iter().enumerate() {
        println!("{}", row(name, &style(b, f, n, 1 + i as u64)));
    }
    for model in [Model::P, Model::L] {
        println!(
            "\n## People with preference s for role A, model {} (A is each role in turn)\n",
            model.name()
        );
        println!("| s | A clear % | A leaning % | B clear % | B leaning % | both % | no strong pull % | A named % | items mean | p90 | max |");
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // Tenths, and 0.85: the targets speak of it.
        for hundredth in [50u32, 60, 70, 80, 85, 90, 100] {
            let s = f64::from(hundredth) / 100.0;
            let o = people(b, model, s, n, u64::from(hundredth) * 1000 + model as u64);
            println!(
                "| {s:.2} | {:>6.2} | {:>6.2} | {:>6.2} | {:>6.2} | {:>6.2} | {:>6.2} | {:>6.2} | {:>5.1} | {:>3} | {:>3} |",
                o.pct(o.a_clear),
                o.pct(o.a_leaning),
                o.pct(o.b_clear),
                o.pct(o.b_leaning),
                o.pct(o.both),
                o.pct(o.open),
                o.right(),
                o.mean_asked(),
                o.p90_asked(),
                o.max_asked()
            );
        }
    }
    println!("\n## Retakes: the same person twice, with a fresh option order\n");
    println!(
        "| model | s | same result (same role named, or none both times) % | same leading role % |"
    );
    println!("|---|---:|---:|---:|");
    for model in [Model::P, Model::L] {
        for s in [0.7, 0.85] {
            let (named, lead) = retakes(b, model, s, n, 77 + model as u64);
            println!("| {} | {s} | {named:.2} | {lead:.2} |", model.name());
        }
    }
}
