//! The few browser calls the app makes, each failing soft: storage may be blocked (private mode,
//! sandboxed or partitioned iframes) and the page must keep working in memory.
//!
//! On native targets (render tests, prerendering) every call is a no-op, because web-sys
//! imports abort outside a browser.

/// localStorage key for saved progress.
pub const STORAGE_KEY: &str = "role-quiz";

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

    pub fn hash() -> String {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    }

    pub fn set_hash(hash: &str) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(hash);
        }
    }

    pub fn focus(id: &str) {
        let el = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
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
    pub fn focus(_: &str) {}
}

pub use imp::*;
