//! A question's options as a real radio group (keyboard arrows, screen readers, forms).

use yew::prelude::*;

/// What [`option_group`] shows.
pub struct OptionGroupProps {
    /// Radio group name, unique per question.
    pub name: AttrValue,
    /// Option labels in order.
    pub labels: Vec<&'static str>,
    /// The chosen option, if any.
    pub selected: Option<u8>,
    /// Laid out as a five-point agree/disagree scale.
    pub scale: bool,
    /// Called with the option index when the person picks one.
    pub on_choose: Callback<u8>,
}

/// The options of one question (a function, not a component: see `progress.rs`).
pub fn option_group(p: &OptionGroupProps) -> Html {
    let class = if p.scale { "options scale" } else { "options" };
    html! {
        <div class={class}>
            { for p.labels.iter().enumerate().map(|(i, label)| {
                let id = format!("{}-{i}", p.name);
                let checked = p.selected == Some(i as u8);
                let on_choose = p.on_choose.clone();
                let onchange = Callback::from(move |_: Event| on_choose.emit(i as u8));
                html! {
                    <label for={id.clone()} class={classes!("option", checked.then_some("checked"))}>
                        <input type="radio" id={id} name={p.name.clone()} value={i.to_string()}
                            checked={checked} {onchange} />
                        <span class="key" aria-hidden="true">{ i + 1 }</span>
                        <span class="label">{ *label }</span>
                    </label>
                }
            }) }
        </div>
    }
}
