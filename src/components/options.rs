//! A question's options as a real radio group (keyboard arrows, screen readers, forms).

use crate::quiz::text::num;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What [`option_group`] shows.
pub struct OptionGroupProps {
    /// Radio group name, unique per question.
    pub name: AttrValue,
    /// (index in the content file, label) in the order shown.
    pub options: Vec<(u8, &'static str)>,
    /// The chosen option's index in the content file, if any.
    pub selected: Option<u8>,
    /// Laid out as a five-point agree/disagree scale.
    pub scale: bool,
    /// Called with the option's index in the content file when the person picks one.
    pub on_choose: Callback<u8>,
    /// Called instead when the pick was a tap or click: the quiz moves on.
    pub on_pick: Callback<u8>,
    /// Set while a pointer is down on an option; a keyboard clears it. Arrow keys and Space
    /// also "click" a radio, and they must only choose, never move on.
    pub pointer: Rc<RefCell<bool>>,
}

/// The options of one question (a function, not a component: see `progress.rs`).
pub fn option_group(p: &OptionGroupProps) -> Html {
    html! {
        <div class="options" data-scale={p.scale.then_some("")}>
            { for p.options.iter().enumerate().map(|(shown, &(option, label))| {
                // The id and value name the option as written, so answers (and tests) do not
                // depend on the person's shuffled order; the key badge follows the order shown.
                let id = [&*p.name, "-", &num(option.into())].concat();
                let checked = p.selected == Some(option);
                let on_choose = p.on_choose.clone();
                let onchange = Callback::from(move |_: Event| on_choose.emit(option));
                let (on_pick, pointer) = (p.on_pick.clone(), p.pointer.clone());
                // A click on the label reaches the input as a click too; tapping the option
                // already chosen also moves on.
                let onclick = Callback::from(move |_: MouseEvent| {
                    if std::mem::take(&mut *pointer.borrow_mut()) {
                        on_pick.emit(option);
                    }
                });
                let pointer = p.pointer.clone();
                let onpointerdown = Callback::from(move |_: PointerEvent| *pointer.borrow_mut() = true);
                html! {
                    <label for={id.clone()} class="option" data-checked={checked.then_some("")} {onpointerdown}>
                        <input type="radio" id={id} name={p.name.clone()} value={num(option.into())}
                            checked={checked} {onchange} {onclick} />
                        <span class="key" aria-hidden="true">{ num(shown + 1) }</span>
                        <span class="label">{ label }</span>
                    </label>
                }
            }) }
        </div>
    }
}
