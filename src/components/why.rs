//! "Why this result": the interest shown in each role, one plain sentence per role about what
//! pulled the answers there, and the answers themselves on demand.

use super::affinity::interest_bars;
use crate::quiz::{
    text::{fill, num},
    Finished, QuestionKind, Text,
};
use yew::prelude::*;

/// An article part (or an outcome after a colon) as it reads inside a sentence: "Model monitoring" becomes "model
/// monitoring", while a name with capitals of its own ("DevOps tools") stays as written.
/// ASCII case only: the parts are the content file's own English names, and Unicode's case
/// tables would cost the WebAssembly 1.1 KB (README, "Why the code looks like this").
pub fn in_sentence(part: &str) -> String {
    let first_word = part.split(' ').next().unwrap_or_default();
    let mut out = part.to_string();
    if !first_word.bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
        if let Some(first) = out.get_mut(..1) {
            first.make_ascii_lowercase();
        }
    }
    out
}

/// "a, b and c".
fn list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => [&rest.join(", "), " ", and, " ", last].concat(),
    }
}

/// One sentence per role that drew any interest, leading role first: what pulled there.
pub fn why_sentences(done: &Finished, t: &Text) -> Vec<String> {
    let b = &done.bank;
    let sentences: Vec<String> = done
        .assessment
        .ranking
        .iter()
        .take(2)
        .filter_map(|&role| {
            let pull = done.pull(role);
            // One answer is not "most of them".
            let (summary, about) = if pull.count == 1 {
                (t.why_summary_one, t.why_about_one)
            } else {
                (t.why_summary, t.why_about)
            };
            (pull.count > 0).then(|| {
                let parts: Vec<String> =
                    pull.parts.iter().take(2).map(|p| in_sentence(p)).collect();
                let about = if parts.is_empty() {
                    String::new()
                } else {
                    fill(about.get(), &[("parts", &list(&parts, t.list_and.get()))])
                };
                fill(
                    summary.get(),
                    &[
                        ("count", &num(pull.count)),
                        ("role", b.roles[role].title),
                        ("about", &about),
                    ],
                )
            })
        })
        .collect();
    if sentences.is_empty() {
        vec![t.why_none.get().to_string()]
    } else {
        sentences
    }
}

/// The answers that showed interest, grouped by role, leading role first. A dislike is never a
/// reason.
fn answers(done: &Finished, t: &Text) -> Html {
    let b = &done.bank;
    let a = &done.assessment;
    let groups = a.ranking.iter().take(2).filter_map(|&role| {
        let items: Vec<Html> = a
            .reasons
            .iter()
            .filter(|r| r.toward == role)
            .map(|r| {
                let q = &b.questions[r.question];
                let answer = q.options[r.option].label.get();
                let text = match q.kind {
                    QuestionKind::Choice => fill(t.why_choice.get(), &[("answer", answer)]),
                    QuestionKind::Scale => fill(
                        t.why_statement.get(),
                        &[("answer", answer), ("prompt", q.prompt.get())],
                    ),
                };
                html! { <li>{ text }</li> }
            })
            .collect();
        (!items.is_empty()).then(|| {
            let heading = fill(t.why_toward.get(), &[("role", b.roles[role].title)]);
            html! {
                <div class="why-group" data-toward={b.roles[role].id}>
                    <h3>{ heading }</h3>
                    <ul>{ for items }</ul>
                </div>
            }
        })
    });
    let groups: Vec<Html> = groups.collect();
    if groups.is_empty() {
        return Html::default();
    }
    html! {
        <details class="why-answers">
            <summary>{ t.why_details.get() }</summary>
            { for groups }
        </details>
    }
}

/// The whole "why" section.
pub fn why(done: &Finished, t: &Text) -> Html {
    let b = &done.bank;
    let a = &done.assessment;
    let rows: Vec<(&'static str, u8, bool, bool)> = a
        .ranking
        .iter()
        .map(|&r| {
            let shown = a.shown.get(r).copied().unwrap_or(false);
            (b.roles[r].title, a.interest[r], shown, a.named() == Some(r))
        })
        .collect();
    html! {
        <section aria-labelledby="why-h" class="why">
            <h2 id="why-h">{ t.why_heading.get() }</h2>
            <h3 class="sr-only">{ t.affinity_heading.get() }</h3>
            { interest_bars(&rows) }
            { for why_sentences(done, t).into_iter().map(|s| html! { <p class="why-sentence">{ s }</p> }) }
            { answers(done, t) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::{in_sentence, list};

    #[test]
    fn parts_read_inside_a_sentence() {
        assert_eq!(in_sentence("Model monitoring"), "model monitoring");
        assert_eq!(in_sentence("DevOps tools"), "DevOps tools");
        assert_eq!(in_sentence("Cloud platforms"), "cloud platforms");
        let items = ["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(list(&items, "and"), "a, b and c");
        assert_eq!(list(&items[..1], "and"), "a");
    }
}
