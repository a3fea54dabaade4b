//! One question per screen: heading, radio group, progress, Back and Next.

use crate::components::options::{option_group, OptionGroupProps};
use crate::components::progress::progress;
use crate::components::HEADING_ID;
use crate::quiz::{
    adaptive, bank, order,
    text::{fill, num},
    QuestionKind, TEXT,
};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What [`question_page`] shows.
pub struct QuestionProps {
    /// Question index from 0.
    pub index: usize,
    /// Seed of the person's option order (`quiz::order`).
    pub seed: u32,
    /// The answer given so far (its index in the content file).
    pub answer: Option<u8>,
    /// Continuing shows the result: this answer settles the quiz.
    pub last: bool,
    /// Pick an option, by its index in the content file.
    pub on_choose: Callback<u8>,
    /// Pick an option by tap or click and move on.
    pub on_pick: Callback<u8>,
    /// Set while a pointer is down on an option (see `OptionGroupProps::pointer`); kept by the
    /// app across renders.
    pub pointer: Rc<RefCell<bool>>,
    /// Back to the result a retake replaced, while there is one.
    pub on_undo: Option<Callback<()>>,
    /// Continue.
    pub on_next: Callback<()>,
    /// Go back.
    pub on_back: Callback<()>,
}

/// A question screen; keys 1-N pick the options in the order shown and Enter continues. A
/// function, not a component, as `intro_page` is.
pub fn question_page(p: &QuestionProps) -> Html {
    let b = bank();
    let Some(q) = b.questions.get(p.index) else {
        return Html::default();
    };
    let total = b.questions.len();
    let last = p.last;
    let order = order::shown(p.seed, p.index, q);
    let n_options = order.len();
    let pointer = p.pointer.clone();
    let onkeydown = {
        let (on_choose, on_next) = (p.on_choose.clone(), p.on_next.clone());
        let order = order.clone();
        let pointer = pointer.clone();
        Callback::from(move |e: KeyboardEvent| {
            *pointer.borrow_mut() = false;
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let key = e.key();
            if let Ok(d) = key.parse::<usize>() {
                if let Some(&option) = d.checked_sub(1).and_then(|i| order.get(i)) {
                    e.prevent_default();
                    on_choose.emit(option);
                }
            } else if key == "Enter" {
                // Buttons keep their own Enter; everywhere else Enter continues.
                let on_button = e
                    .target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                    .is_some_and(|el| el.tag_name().eq_ignore_ascii_case("button"));
                if !on_button {
                    e.prevent_default();
                    on_next.emit(());
                }
            }
        })
    };
    let onsubmit = {
        let on_next = p.on_next.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_next.emit(());
        })
    };
    let back = {
        let cb = p.on_back.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let options: Vec<(u8, &'static str)> = order
        .iter()
        .filter_map(|&o| Some((o, q.options.get(usize::from(o))?.label.get())))
        .collect();
    let n_s = num(n_options);
    html! {
        // Keyed by question: each question gets fresh radios. Reused radios kept the checked
        // state the browser gave them on the previous question (a group that changes name keeps
        // its own idea of which radio is on), so Back could show the chosen answer unchecked.
        <section class="screen question" key={num(p.index)}>
            if let Some(cb) = p.on_undo.clone() {
                <p class="undo"><button type="button" class="link"
                    onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>{ TEXT.retake_undo.get() }</button></p>
            }
            { progress(p.index + 1, adaptive::core(&b), total) }
            <form {onkeydown} {onsubmit} novalidate=true>
                <fieldset>
                    <legend><h1 id={HEADING_ID} tabindex="-1">{ q.prompt.get() }</h1></legend>
                    { option_group(&OptionGroupProps {
                        name: ["q-", &num(p.index)].concat().into(),
                        options,
                        selected: p.answer,
                        scale: q.kind == QuestionKind::Scale,
                        on_choose: p.on_choose.clone(),
                        on_pick: p.on_pick.clone(),
                        pointer,
                    }) }
                </fieldset>
                <p class="hint" id="hint">{ fill(TEXT.choose_hint.get(), &[("total", &n_s)]) }</p>
                <div class="actions nav">
                    <button type="button" class="secondary" onclick={back}>{ TEXT.back.get() }</button>
                    // Hidden, not disabled, until there is an answer: a tap already moves on, so
                    // Next only serves keys and revisits, and a greyed button read as broken.
                    <button type="submit" class="primary" hidden={p.answer.is_none()} aria-describedby="hint">
                        { if last { TEXT.see_result.get() } else { TEXT.next.get() } }
                    </button>
                </div>
            </form>
        </section>
    }
}
