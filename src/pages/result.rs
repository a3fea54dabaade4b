//! The result, summary first: how sure it is, the recommended role (or both, or none yet), the
//! next step and the roles' salaries side by side on the first phone screen; then the roles'
//! facts on demand, why, and ways to keep or share it.

use crate::components::compare::{compare, CompareProps};
use crate::components::facts::source_note;
use crate::components::why::why;
use crate::components::HEADING_ID;
pub use crate::quiz::words::{level_label, verdict};
use crate::quiz::{text::fill, Finished, Text, CALL_TO_ACTION, TEXT, TEXT_SHARED};
use std::rc::Rc;
use yew::prelude::*;

/// What [`result_page`] shows.
pub struct ResultProps {
    /// The finished, scored result.
    pub result: Rc<Finished>,
    /// Opened from someone else's link: told in the third person, with a way into the quiz.
    pub shared: bool,
    /// The call to action's address, its `{role}` and `{link}` already filled.
    pub cta_url: AttrValue,
    /// The result's public link, printed on paper (where the share panel is not).
    pub link: AttrValue,
    /// Inside an embed: links open a new tab so the host page, and the result, stay.
    pub embedded: bool,
    /// Save and share panel, after the content (own results only).
    pub share: Html,
    /// Own result: retake; shared result: take the quiz yourself.
    pub on_retake: Callback<()>,
}

/// The result screen for own and shared results alike (a function, not a component, as
/// `intro_page` is).
pub fn result_page(p: &ResultProps) -> Html {
    let done = &*p.result;
    let b = &done.bank;
    let a = &done.assessment;
    let t: &Text = if p.shared { &TEXT_SHARED } else { &TEXT };
    let v = verdict(done, t);
    let retake = {
        let cb = p.on_retake.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    // Inside an embed a link must not replace the recruiter's page (and the result with it).
    let target = p.embedded.then_some("_blank");
    let rel = p.embedded.then_some("noopener");
    let named = a.named().map(|r| b.roles[r].id).unwrap_or_default();
    let named_jobs = a
        .named()
        .map(|r| &b.roles[r])
        .filter(|r| !r.jobs_url.is_empty());
    let compared: Vec<usize> = a.ranking.iter().take(2).copied().collect();
    // Each result is a subtree of its own (as each screen is): a page translated by the browser
    // has replaced its text nodes, and a result patched in place would keep the old words.
    let key = [if p.shared { "s" } else { "r" }, &done.code].concat();
    html! {
        <section class="screen result" {key} data-level={a.level.id()} data-role={named} data-page={done.page()}>
            if p.shared {
                <div class="shared-banner">
                    <p>{ TEXT.shared_banner.get() }</p>
                    <button type="button" class="primary" onclick={retake.clone()}>{ TEXT.take_yourself }</button>
                </div>
            }
            <p class="kicker">{ level_label(a.level, t) }</p>
            <h1 id={HEADING_ID} tabindex="-1">{ v.title }</h1>
            // The notes (which way the answers tilt, that a retake may differ) go on in the same
            // paragraph: short sentences, and the verdict stays on the first phone screen.
            <p class="explain">{ v.explain }{ for v.notes.iter().map(|n| [" ", n].concat()) }</p>
            // The next step right under the verdict; the salaries follow in the comparison, both
            // on the first phone screen.
            <div class="summary-actions">
                // Only with a recruiter address (content file or data-cta-url): never a dead end.
                if !p.cta_url.is_empty() {
                    <a class="button cta-button" data-quiet={p.shared.then_some("")} href={p.cta_url.clone()} {target} {rel}>{ TEXT.cta_button.get() }</a>
                }
                if let Some(r) = named_jobs {
                    <a class="button secondary" href={r.jobs_url} {target} {rel}>{ fill(TEXT.jobs_link.get(), &[("role", r.title)]) }</a>
                }
            </div>
            { compare(&CompareProps { bank: b, roles: &compared, pick: a.named(), text: t }) }
            { why(done, t) }
            { p.share.clone() }
            <aside class="cta">
                <p>{ CALL_TO_ACTION.text.get() }
                    if !p.cta_url.is_empty() {
                        { " " }<a href={p.cta_url.clone()} {target} {rel}>{ CALL_TO_ACTION.link_text.get() }</a>
                    }
                </p>
            </aside>
            <div class="actions end">
                <button type="button" class="retake" data-quiet={(!p.shared).then_some("")} onclick={retake}>
                    { if p.shared { TEXT.take_yourself } else { TEXT.retake.get() } }
                </button>
            </div>
            { source_note() }
            <p class="print-link">{ fill(TEXT.print_link.get(), &[("link", &p.link)]) }</p>
        </section>
    }
}
