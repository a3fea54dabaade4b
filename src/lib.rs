//! role-quiz: which AI role fits you? A Yew app over a pure quiz core.
// The size rules (clippy.toml) are for the WebAssembly the app ships, not for its unit tests.
#![cfg_attr(test, allow(clippy::disallowed_macros, clippy::disallowed_methods))]

pub mod app;
pub mod components;
pub mod embed;
pub mod hooks;
pub mod pages;
pub mod plan;
pub mod quiz;
pub mod route;
pub mod sim;
pub mod state;
pub mod theme;
pub mod web;

/// Mounts the app into the page's `#app` element, replacing the prerendered intro.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // A panic needs no hook here: it traps the WebAssembly, and the boot script shows the
    // page's crash panel for any trap (src/bin/prerender/js/crash.js).
    #[cfg(feature = "crash-test")]
    crash_test();
    let root = element("app");
    if let Some(root) = root {
        embed::init();
        // Saved progress and the address are read once, here, and handed to the app.
        let initial = hooks::use_quiz::initial_state();
        // The build prerendered the intro so it shows and its Start link works before the
        // WebAssembly arrives. The app replaces it rather than hydrating it: hydration support
        // cost ~11 KB of the first screen (gzip). The swap cannot flash: the old nodes go and
        // Yew renders the new ones in this task and its microtasks, before the next paint.
        let focused = focused_id(&root);
        root.set_inner_html("");
        let links = hooks::use_quiz::link_base();
        yew::Renderer::<app::App>::with_root_and_props(root, app::AppProps { initial, links })
            .render();
        // Queued after Yew's first render: whoever had tabbed to a control keeps their place,
        // or, when an early click on Start opened another screen, starts at its heading.
        if let Some(id) = focused {
            wasm_bindgen_futures::spawn_local(async move {
                let same = element(&id).is_some();
                web::focus(if same { &id } else { components::HEADING_ID });
            });
        }
    }
    // Release builds do this in the boot script (src/bin/prerender/js/input-kind.js): 0.2 KB
    // less WebAssembly. `trunk serve` builds have no boot script, so they do it here.
    #[cfg(debug_assertions)]
    track_input_kind();
}

/// Marks the page `html.kbd` while a keyboard is in use and clears it on a touch or click, so
/// key badges and keyboard hints show only to people who can use them.
#[cfg(all(target_arch = "wasm32", debug_assertions))]
fn track_input_kind() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let set = |on: bool| {
        move |_: &web_sys::Event| {
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.class_list().toggle_with_force("kbd", on);
            }
        }
    };
    // Both live for the page's lifetime.
    gloo::events::EventListener::new(&window, "keydown", set(true)).forget();
    gloo::events::EventListener::new(&window, "pointerdown", set(false)).forget();
}

/// Panics on purpose at the test addresses (see the `crash-test` feature in Cargo.toml).
#[cfg(all(target_arch = "wasm32", feature = "crash-test"))]
fn crash_test() {
    match web::hash().as_str() {
        "#/crash-test/start" => panic!("crash test: at start"),
        "#/crash-test/click" => {
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                gloo::events::EventListener::new(&doc, "click", |_| panic!("crash test: on click"))
                    .forget();
            }
        }
        _ => {}
    }
}

/// The id of the focused element, when it is inside `root` and has one.
#[cfg(target_arch = "wasm32")]
fn focused_id(root: &web_sys::Element) -> Option<String> {
    let active = web_sys::window()?.document()?.active_element()?;
    (root.contains(Some(&active)) && !active.id().is_empty()).then(|| active.id())
}

#[cfg(target_arch = "wasm32")]
fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}
