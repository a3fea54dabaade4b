//! Save or share a result: the link as text, Copy, the system share sheet, social links, an
//! e-mail to oneself and printing (the print stylesheet keeps the summary and the comparison).

use crate::quiz::{share::encode_component, TEXT};
use crate::web;
use yew::prelude::*;

/// What [`share_panel`] shows.
pub struct ShareProps {
    /// The full share link.
    pub url: AttrValue,
    /// Title for share sheets and e-mail subjects.
    pub title: &'static str,
    /// What the result is, in the sharer's words; the link follows it.
    pub text: String,
    /// The body of "e-mail it to me": the verdict, the salaries and the link.
    pub email_body: String,
    /// Whether copying this link worked, once it was tried. The app's state keeps it: a
    /// function here cost 3 KB less WebAssembly (gzip) than a component with its own state.
    pub copied: Option<bool>,
    /// Called with whether copying worked.
    pub on_copied: Callback<bool>,
}

const INPUT_ID: &str = "share-link";

/// Share the result without a server: the link carries the answers, nothing else.
pub fn share_panel(p: &ShareProps) -> Html {
    // Asked at render: the panel is never prerendered, so the browser is always there to ask.
    let can_share = web::can_share();
    let (title, text) = (p.title, p.text.clone());
    let status = match p.copied {
        Some(true) => TEXT.copied.get(),
        Some(false) => TEXT.copy_failed.get(),
        None => "",
    };
    let on_copy = {
        let (on_copied, url) = (p.on_copied.clone(), p.url.clone());
        Callback::from(move |_: MouseEvent| {
            let (on_copied, url) = (on_copied.clone(), url.clone());
            wasm_bindgen_futures::spawn_local(async move {
                on_copied.emit(web::copy(&url, INPUT_ID).await);
            });
        })
    };
    let on_share = {
        let (text, url) = (text.clone(), p.url.clone());
        Callback::from(move |_: MouseEvent| web::share(title, &text, &url))
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    let u = encode_component(&p.url);
    let linkedin = ["https://www.linkedin.com/sharing/share-offsite/?url=", &u].concat();
    let x = [
        "https://x.com/intent/post?text=",
        &encode_component(&text),
        "&url=",
        &u,
    ]
    .concat();
    let mail = [
        "mailto:?subject=",
        &encode_component(title),
        "&body=",
        &encode_component(&p.email_body),
    ]
    .concat();
    let print = Callback::from(|_: MouseEvent| web::print());
    html! {
        <section class="share" aria-labelledby="share-h">
            <h2 id="share-h">{ TEXT.share_heading.get() }</h2>
            // The link shows itself; its label is for screen readers.
            <label class="sr-only" for={INPUT_ID}>{ TEXT.share_link_label.get() }</label>
            <div class="share-row">
                <input id={INPUT_ID} type="text" readonly=true value={p.url.clone()} onfocus={select_all} />
                <button type="button" class="primary" onclick={on_copy}>{ TEXT.copy.get() }</button>
            </div>
            <p class="status" role="status">{ status }</p>
            <ul class="share-links" role="list">
                if can_share {
                    <li><button type="button" class="link" onclick={on_share}>{ TEXT.share_native.get() }</button></li>
                }
                <li><a href={mail}>{ TEXT.share_email.get() }</a></li>
                <li><button type="button" class="link" onclick={print}>{ TEXT.print.get() }</button></li>
                <li><a href={linkedin} target="_blank" rel="noopener noreferrer">{ TEXT.share_linkedin.get() }</a></li>
                <li><a href={x} target="_blank" rel="noopener noreferrer">{ TEXT.share_x.get() }</a></li>
            </ul>
        </section>
    }
}
