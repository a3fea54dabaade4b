//! The intro: what the quiz tells you, how long it takes, that answers stay on the device.

use crate::components::HEADING_ID;
use crate::quiz::{
    adaptive, bank,
    text::{fill, num},
    TEXT,
};
use yew::prelude::*;

/// What [`intro_page`] shows.
pub struct IntroProps {
    /// Earlier answers exist, so offer to continue.
    pub has_progress: bool,
    /// Start a fresh quiz.
    pub on_start: Callback<()>,
    /// Continue the saved quiz.
    pub on_resume: Callback<()>,
}

/// Seconds a question takes on average; used for the "about N minutes" promise.
const SECONDS_PER_QUESTION: usize = 10;

/// The first screen (a function, not a component: no state of its own; see README, "Why the
/// code looks like this").
pub fn intro_page(p: &IntroProps) -> Html {
    let b = bank();
    let (core, total) = (adaptive::core(&b), b.questions.len());
    let total_s = num(total);
    // The quiz asks between `core` and `total` questions, so the time is a range.
    let minutes = |n: usize| num((n * SECONDS_PER_QUESTION).div_ceil(60));
    let minutes = [minutes(core), "–".into(), minutes(total)].concat();
    let core_s = num(core);
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let start = {
        let cb = p.on_start.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            cb.emit(());
        })
    };
    html! {
        <section class="screen intro" key="intro">
            <h1 id={HEADING_ID} tabindex="-1">{ TEXT.intro_heading }</h1>
            <p class="lead">{ fill(TEXT.intro_lead, &[("core", &core_s), ("total", &total_s)]) }</p>
            <ul class="facts-list" role="list">
                <li>{ fill(TEXT.intro_time, &[("core", &core_s), ("total", &total_s), ("minutes", &minutes)]) }</li>
                <li>{ TEXT.intro_no_jargon }</li>
                <li>{ TEXT.intro_privacy }</li>
            </ul>
            <div class="actions">
                if p.has_progress {
                    <button type="button" class="primary" onclick={click(&p.on_resume)}>{ TEXT.resume }</button>
                    <button type="button" class="secondary" onclick={click(&p.on_start)}>{ TEXT.start_over }</button>
                } else {
                    // A link to question 1, not a button: in the prerendered page it works before
                    // the WebAssembly has loaded (the app then opens on that address).
                    <a class="button primary" id="start" href="#/q/1" onclick={start}>{ TEXT.start }</a>
                }
            </div>
        </section>
    }
}
