//! A plain message with one way forward: damaged links, changed quiz, unknown address.

use crate::components::HEADING_ID;
use crate::quiz::TEXT;
use yew::prelude::*;

/// What [`message_page`] shows.
pub struct MessageProps {
    /// What went wrong, in the person's words.
    pub text: &'static str,
    /// The button's label.
    pub action: &'static str,
    /// What the button does.
    pub on_action: Callback<()>,
}

/// The page shown while the words past the intro load (`quiz::late`), or, when they could
/// not be had (`failed`), the way to try again; with the words to announce.
pub fn waiting_page(failed: bool, on_reload: Callback<()>) -> (Html, String) {
    if failed {
        let page = message_page(&MessageProps {
            text: TEXT.late_failed,
            action: TEXT.reload,
            on_action: on_reload,
        });
        return (page, TEXT.late_failed.to_string());
    }
    let page = html! { <section class="screen message"><p class="loading" role="status">{ TEXT.loading }</p></section> };
    (page, TEXT.loading.to_string())
}

/// A friendly dead end that is never a dead end (a function, not a component: fewer wasm bytes).
pub fn message_page(p: &MessageProps) -> Html {
    let cb = p.on_action.clone();
    html! {
        <section class="screen message" role="alert" key={p.text}>
            <h1 id={HEADING_ID} tabindex="-1">{ p.text }</h1>
            <div class="actions">
                <button type="button" class="primary" onclick={Callback::from(move |_: MouseEvent| cb.emit(()))}>
                    { p.action }
                </button>
            </div>
        </section>
    }
}
