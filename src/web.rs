//! The few browser calls the app makes, each failing soft: storage may be blocked (private mode,
//! sandboxed or partitioned iframes) and the page must keep working in memory.
//!
//! On native targets (render tests, prerendering) every call is a no-op, because web-sys
//! imports abort outside a browser.

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::JsCast;

    fn storage() -> Option<web_sys::Storage> {
        // Both the getter and the storage itself may throw (SecurityError) when blocked.
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn load(key: &str) -> Option<String> {
        storage()?.get_item(key).ok().flatten()
    }

    pub fn save(key: &str, value: &str) {
        if let Some(s) = storage() {
            // Quota errors and blocked storage are ignored: the quiz simply runs in memory.
            let _ = s.set_item(key, value);
        }
    }

    pub fn remove(key: &str) {
        if let Some(s) = storage() {
            let _ = s.remove_item(key);
        }
    }

    /// A seed for the person's option order. `Math.random` is plenty: it only has to differ
    /// between people, not resist anyone.
    pub fn random_seed() -> u32 {
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
    }

    pub fn hash() -> String {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    }

    /// Moves to a new address fragment with a history entry, as `location.hash = …` would, but
    /// without a fragment navigation: no `hashchange` echo for the app to dispatch and compare
    /// on every step. Back and Forward between these entries still fire `hashchange`.
    pub fn set_hash(hash: &str) {
        update_history(hash, true);
    }

    /// Rewrites the address's fragment without a new history entry or a `hashchange`.
    pub fn replace_hash(hash: &str) {
        update_history(hash, false);
    }

    /// Every history entry the app makes carries this state, so that inside a frame the boot
    /// script can tell the app's own entries (Back and Forward) from an address the framing page
    /// set (js/own-entries.js, which checks for the same string).
    const OURS: &str = "role-quiz";

    /// The history update runs in a task of its own, after the click that caused it has been
    /// painted: a same-document navigation costs Chromium ~5 ms at 4x CPU (state serialisation,
    /// navigation bookkeeping), a third of a Next click, and nobody reads the address bar in
    /// between. Updates keep their order (timers of equal delay run in the order set).
    /// The new address is the page's own with only the fragment changed: a bare `#…` would
    /// resolve against the page's `<base href>` and drop the path and query (`embed.html?embed=1
    /// &parent=…`), so a reloaded frame would no longer know it is embedded.
    fn update_history(hash: &str, push: bool) {
        let hash = hash.to_string();
        gloo::timers::callback::Timeout::new(0, move || {
            let Some(w) = web_sys::window() else { return };
            let (Ok(h), Ok(href)) = (w.history(), w.location().href()) else {
                return;
            };
            let url = [href.split('#').next().unwrap_or_default(), &hash].concat();
            let ours = wasm_bindgen::JsValue::from_str(OURS);
            let _ = if push {
                h.push_state_with_url(&ours, "", Some(&url))
            } else {
                h.replace_state_with_url(&ours, "", Some(&url))
            };
        })
        .forget();
    }

    /// The address share links start from: the public quiz address set at build time, else
    /// this page's base (Trunk writes `<base href>` from `--public-url`).
    pub fn share_base() -> String {
        if let Some(url) = option_env!("ROLE_QUIZ_PUBLIC_URL").filter(|u| !u.is_empty()) {
            return url.to_string();
        }
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_default()
    }

    /// Copies `text`; falls back to selecting the field `input_id` and `execCommand("copy")`,
    /// which still works in iframes that lack the clipboard-write permission, and where there
    /// is no `navigator.clipboard` at all (outside secure contexts: a plain-http intranet host),
    /// whose call would throw through the WebAssembly.
    pub async fn copy(text: &str, input_id: &str) -> bool {
        if let Some(w) = web_sys::window() {
            let clipboard = w.navigator().clipboard();
            if !clipboard.is_undefined() {
                let promise = clipboard.write_text(text);
                if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                    return true;
                }
            }
        }
        let doc = web_sys::window().and_then(|w| w.document());
        let input = doc
            .as_ref()
            .and_then(|d| d.get_element_by_id(input_id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let (Some(doc), Some(input)) = (doc, input) {
            input.select();
            if let Ok(html) = doc.dyn_into::<web_sys::HtmlDocument>() {
                return html.exec_command("copy").unwrap_or(false);
            }
        }
        false
    }

    fn navigator_share() -> Option<(web_sys::Navigator, js_sys::Function)> {
        let nav = web_sys::window()?.navigator();
        let f = js_sys::Reflect::get(&nav, &"share".into()).ok()?;
        Some((nav, f.dyn_into().ok()?))
    }

    /// True where the Web Share API exists (most phones).
    pub fn can_share() -> bool {
        navigator_share().is_some()
    }

    /// Opens the system share sheet; a cancelled sheet is not an error worth reporting.
    pub fn share(title: &str, text: &str, url: &str) {
        if let Some((nav, f)) = navigator_share() {
            let data = js_sys::Object::new();
            for (k, v) in [("title", title), ("text", text), ("url", url)] {
                let _ = js_sys::Reflect::set(&data, &k.into(), &v.into());
            }
            if let Ok(p) = f.call1(&nav, &data) {
                if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                    });
                }
            }
        }
    }

    /// Opens the print dialog (the print stylesheet lays the result out for paper).
    pub fn print() {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }

    /// Flags the page as interactive (`<html data-app="ready">`) for tests and benchmarks.
    pub fn mark_ready() {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-app", "ready");
        }
    }

    /// The words shown past the intro, from the file the boot script fetched
    /// (`js/late-text.js` leaves its text in `roleQuizLate`, or '' when it could not be had):
    /// `None` while it is on its way, `Some(false)` when it failed or is not this build's.
    pub fn late_words() -> Option<bool> {
        if crate::quiz::late::ready() {
            return Some(true);
        }
        let w = web_sys::window()?;
        let text = js_sys::Reflect::get(&w, &"roleQuizLate".into()).ok()?;
        Some(crate::quiz::late::load(text.as_string()?))
    }

    /// Reloads the page.
    pub fn reload() {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }

    pub fn focus(id: &str) {
        let el = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            // In an inline embed, focus must not scroll the host page: the loader brings the
            // quiz into view below the host's sticky header instead.
            if crate::embed::inline() {
                let o = web_sys::FocusOptions::new();
                o.set_prevent_scroll(true);
                let _ = el.focus_with_options(&o);
            } else {
                let _ = el.focus();
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn load(_: &str) -> Option<String> {
        None
    }
    pub fn save(_: &str, _: &str) {}
    pub fn remove(_: &str) {}
    pub fn hash() -> String {
        String::new()
    }
    pub fn set_hash(_: &str) {}
    pub fn replace_hash(_: &str) {}
    pub fn random_seed() -> u32 {
        0
    }
    pub fn focus(_: &str) {}
    pub fn late_words() -> Option<bool> {
        Some(crate::quiz::late::ready())
    }
    pub fn reload() {}
    pub fn print() {}
    pub fn mark_ready() {}
    pub fn share_base() -> String {
        option_env!("ROLE_QUIZ_PUBLIC_URL")
            .unwrap_or("/")
            .to_string()
    }
    pub async fn copy(_: &str, _: &str) -> bool {
        false
    }
    pub fn can_share() -> bool {
        false
    }
    pub fn share(_: &str, _: &str, _: &str) {}
}

pub use imp::*;
