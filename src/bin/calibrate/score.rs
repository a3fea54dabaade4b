//! `calibrate --score`: one verdict per JSON line, with the app's scoring and adaptive rule.
//!
//! Input: `{"answers": {"<question id>": <answer>, …}}` with an answer for every question in
//! the bank: a scenario's option as its 0-based index in the content file, a statement as 1–5
//! (Strongly disagree to Strongly agree). The adaptive rule picks which of them are asked.
//! Output: `{"level": …, "role": "<id>" | null, "asked": ["<question id>", …]}`. A bad line
//! gets one line on standard error (with its line number) and is skipped; nothing panics.

use role_quiz::quiz::{Answer, Bank, QuestionKind};
use role_quiz::sim::take;
use serde_json::{json, Value};
use std::io::{BufRead, Write};
use std::process::ExitCode;

/// Reads standard input to its end; fails only when standard output cannot be written.
pub fn run(bank: &Bank) -> ExitCode {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    let mut bad = 0u32;
    for (i, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("line {}: cannot read: {e}", i + 1);
                bad += 1;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match verdict(bank, &line) {
            Ok(v) => {
                if writeln!(out, "{v}").is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                eprintln!("line {}: {e}", i + 1);
                bad += 1;
            }
        }
    }
    if bad > 0 {
        eprintln!("{bad} line(s) skipped");
    }
    ExitCode::SUCCESS
}

/// The verdict for one input line, or why it cannot be scored.
pub fn verdict(bank: &Bank, line: &str) -> Result<Value, String> {
    let answers = parse(bank, line)?;
    let (a, asked) = take(bank, &answers).ok_or("these answers cannot be scored")?;
    Ok(json!({
        "level": a.level.id(),
        "role": a.named().map(|r| bank.roles[r].id),
        "asked": bank.questions[..asked].iter().map(|q| q.id.get()).collect::<Vec<_>>(),
    }))
}

/// One answer per question, in bank order, from an input line.
fn parse(bank: &Bank, line: &str) -> Result<Vec<Answer>, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let given = v
        .get("answers")
        .and_then(Value::as_object)
        .ok_or("expected {\"answers\": {\"<question id>\": <answer>, …}}")?;
    if let Some(unknown) = given
        .keys()
        .find(|k| !bank.questions.iter().any(|q| q.id.get() == k.as_str()))
    {
        return Err(format!("no question has the id {unknown:?}"));
    }
    bank.questions
        .iter()
        .map(|q| {
            let raw = given
                .get(q.id.get())
                .ok_or_else(|| format!("no answer for {:?} (every question needs one)", q.id.get()))?;
            let n = raw
                .as_u64()
                .ok_or_else(|| format!("{:?}: {raw} is not a whole number", q.id.get()))?;
            let index = match q.kind {
                QuestionKind::Scale if (1..=5).contains(&n) => n - 1,
                QuestionKind::Scale => {
                    return Err(format!(
                        "{:?} is a statement: answer 1 (Strongly disagree) to 5 (Strongly agree), not {n}",
                        q.id.get()
                    ))
                }
                QuestionKind::Choice if n < q.options.len() as u64 => n,
                QuestionKind::Choice => {
                    return Err(format!(
                        "{:?} has options 0 to {}, not {n}",
                        q.id.get(),
                        q.options.len() - 1
                    ))
                }
            };
            Ok(Some(index as u8))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use role_quiz::quiz::bank;

    fn line(b: &Bank, f: impl Fn(usize) -> u64) -> String {
        let answers: serde_json::Map<String, Value> = b
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.get().to_string(), json!(f(i))))
            .collect();
        json!({ "answers": answers }).to_string()
    }

    #[test]
    fn scores_a_whole_answer_set_and_lists_what_was_asked() {
        let b = bank();
        let mle = b.roles.iter().position(|r| r.id == "mle").unwrap_or(0);
        // An ML Engineer's answers: their options, Strongly agree to theirs, Disagree otherwise.
        let text = line(&b, |i| {
            let q = &b.questions[i];
            match q.kind {
                QuestionKind::Choice => q
                    .options
                    .iter()
                    .position(|o| o.weights[mle] > 0)
                    .unwrap_or(0) as u64,
                QuestionKind::Scale if q.options[4].weights[mle] > 0 => 5,
                QuestionKind::Scale => 2,
            }
        });
        let v = verdict(&b, &text).expect("scores");
        assert_eq!(v["level"], "clear");
        assert_eq!(v["role"], "mle");
        let asked = v["asked"].as_array().expect("a list").len();
        assert!(asked >= 2 && asked < b.questions.len(), "{asked}");
    }

    #[test]
    fn bad_lines_say_why() {
        let b = bank();
        let first = b.questions[0].id.get();
        for (input, why) in [
            ("not json", "not JSON"),
            ("{}", "expected"),
            ("{\"answers\": {\"nope\": 1}}", "no question has the id"),
            ("{\"answers\": {}}", "no answer for"),
        ] {
            let e = verdict(&b, input).expect_err(input);
            assert!(e.contains(why), "{input}: {e}");
        }
        let e = verdict(&b, &line(&b, |_| 7)).expect_err("7 is out of range");
        assert!(e.contains("not 7"), "{e}");
        let e = verdict(&b, &line(&b, |i| if i == 0 { 99 } else { 1 })).expect_err("99");
        assert!(e.contains(first), "{e}");
    }
}
