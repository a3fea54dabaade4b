//! A question's options as a real radio group (keyboard arrows, screen readers, forms).

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
}

/// The options of one question (a function, not a component: see `progress.rs`).
pub fn option_group(p: &OptionGroupProps) -> Html {
    let class = if p.scale { "options scale" } else { "options" };
    html! {
        <div class={class}>
            { for p.options.iter().enumerate().map(|(shown, &(option, label))| {
                // The id and value name the option as written, so answers (and tests) do not
                // depend on the person's shuffled order; the key badge follows the order shown.
                let id = format!("{}-{option}", p.name);
                let checked = p.selected == Some(option);
                let on_choose = p.on_choose.clone();
                let onchange = Callback::from(move |_: Event| on_choose.emit(option));
                html! {
                    <label for={id.clone()} class={classes!("option", checked.then_some("checked"))}>
                        <input type="radio" id={id} name={p.name.clone()} value={option.to_string()}
                            checked={checked} {onchange} />
                        <span class="key" aria-hidden="true">{ shown + 1 }</span>
                        <span class="label">{ label }</span>
                    </label>
                }
            }) }
        </div>
    }
}
