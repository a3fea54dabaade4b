//! The browser side of embed mode: reads the options, checks who frames the quiz, applies the
//! theme, reports the height and posts events to the host page.

use super::{EmbedConfig, EmbedEvent};
use crate::quiz::text::num;
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static CONFIG: RefCell<Option<EmbedConfig>> = const { RefCell::new(None) };
}

/// Reads the embed options, applies the theme and starts reporting the height.
pub fn init() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.parent().ok().flatten().is_none_or(|p| p == window) {
        return; // not in a frame
    }
    let query = window.location().search().unwrap_or_default();
    let Some(cfg) = EmbedConfig::from_query(&query) else {
        return;
    };
    // The declared parent must be the page that really frames us, or any page could frame
    // the quiz, name itself, and read a visitor's result.
    let real = embedder(&window);
    if real.as_deref() != Some(cfg.parent.as_str()) {
        web_sys::console::warn_1(
            &[
                "[role-quiz] not embedded by ",
                &cfg.parent,
                " (the frame's parent is ",
                real.as_deref().unwrap_or("unknown"),
                "): no events are sent",
            ]
            .concat()
            .into(),
        );
        return;
    }
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.class_list().add_1("embed");
    if cfg.compact {
        let _ = root.class_list().add_1("compact");
    }
    if cfg.hide_title {
        let _ = root.class_list().add_1("no-title");
    }
    if cfg.popup {
        let _ = root.class_list().add_1("popup");
        // Esc anywhere in the quiz closes the loader's dialog, as it does on the host page.
        gloo::events::EventListener::new(&window, "keydown", |e| {
            let esc = e
                .dyn_ref::<web_sys::KeyboardEvent>()
                .is_some_and(|k| k.key() == "Escape");
            if esc {
                post(&EmbedEvent::Close);
            }
        })
        .forget();
    }
    if let Some(theme) = cfg.theme {
        let _ = root.set_attribute("data-theme", theme.id());
    }
    let dark = match cfg.theme {
        Some(t) => t == crate::theme::Theme::Dark,
        None => window
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    };
    let accent = cfg
        .accent
        .as_deref()
        .filter(|a| crate::theme::accent_fits(a, dark));
    let background = cfg
        .background
        .as_deref()
        .filter(|bg| crate::theme::background_fits(bg, dark));
    if let Ok(el) = root.clone().dyn_into::<web_sys::HtmlElement>() {
        // CSSOM, not a style attribute: allowed under the strict CSP.
        let style = el.style();
        if let Some(accent) = accent {
            let _ = style.set_property("--accent", accent);
            let _ = style.set_property("--accent-ink", crate::theme::ink_for(accent));
        }
        if let Some(bg) = background {
            let _ = style.set_property("--bg", bg);
        }
        if let Some(h) = cfg.first_height {
            let _ = style.set_property("--first-h", &[&num(h as usize), "px"].concat());
        }
    }
    CONFIG.with(|c| *c.borrow_mut() = Some(cfg));
    observe_height(&root);
    post(&EmbedEvent::Ready);
}

/// The origin of the page that frames this one: `location.ancestorOrigins` where the browser
/// has it, else the referrer's origin (the loader's frame request sends it).
fn embedder(window: &web_sys::Window) -> Option<String> {
    let ancestors = Reflect::get(&window.location(), &"ancestorOrigins".into()).ok();
    if let Some(list) = ancestors.filter(|a| !a.is_undefined() && !a.is_null()) {
        return Reflect::get(&list, &"0".into()).ok()?.as_string();
    }
    let referrer = window.document()?.referrer();
    super::origin_of(&referrer)
}

fn observe_height(root: &web_sys::Element) {
    let target = root.clone();
    let last = RefCell::new(0u32);
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let h = target.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if *last.borrow() != h {
            *last.borrow_mut() = h;
            post(&EmbedEvent::Resize(h));
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
    }
    // Both live for the page's lifetime.
    on_resize.forget();
}

fn set(o: &Object, k: &str, v: JsValue) {
    let _ = Reflect::set(o, &k.into(), &v);
}

/// Sends `event` to the declared parent origin; a no-op outside embed mode.
pub fn post(event: &EmbedEvent) {
    let Some(parent_origin) = CONFIG.with(|c| c.borrow().as_ref().map(|c| c.parent.clone())) else {
        return;
    };
    let o = Object::new();
    set(&o, "type", "role-quiz".into());
    let name = match event {
        EmbedEvent::Ready => "ready",
        EmbedEvent::Start => "start",
        EmbedEvent::Step { index, total } => {
            set(&o, "index", (*index as u32).into());
            set(&o, "total", (*total as u32).into());
            "step"
        }
        EmbedEvent::Complete {
            role,
            role_title,
            level,
            interest,
            share_url,
            cta_url,
        } => {
            let or_null = |v: &Option<&str>| v.map_or(JsValue::NULL, JsValue::from);
            set(&o, "role", or_null(role));
            set(&o, "roleTitle", or_null(role_title));
            set(&o, "level", (*level).into());
            let a = Object::new();
            for (id, pct) in interest {
                set(&a, id, u32::from(*pct).into());
            }
            set(&o, "interest", a.into());
            set(&o, "shareUrl", share_url.as_str().into());
            set(&o, "ctaUrl", cta_url.as_str().into());
            "complete"
        }
        EmbedEvent::Screen { question } => {
            set(
                &o,
                "kind",
                if *question { "question" } else { "other" }.into(),
            );
            "screen"
        }
        EmbedEvent::Close => "close",
        EmbedEvent::Resize(h) => {
            set(&o, "height", (*h).into());
            "resize"
        }
    };
    set(&o, "event", name.into());
    if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
        let _ = parent.post_message(&o, &parent_origin);
    }
}

/// True inside an embed.
pub fn active() -> bool {
    CONFIG.with(|c| c.borrow().is_some())
}

/// True inside an inline embed, where moving focus must not scroll the host page (the loader
/// scrolls it, below the host's own sticky header).
pub fn inline() -> bool {
    CONFIG.with(|c| c.borrow().as_ref().is_some_and(|c| !c.popup))
}

/// The host's call to action address, if it set one.
pub fn cta_url() -> Option<String> {
    CONFIG.with(|c| c.borrow().as_ref().and_then(|c| c.cta.clone()))
}
