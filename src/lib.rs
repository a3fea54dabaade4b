//! role-quiz: which AI role fits you? A Yew app over a pure quiz core.

pub mod app;
pub mod components;
pub mod embed;
pub mod hooks;
pub mod pages;
pub mod quiz;
pub mod route;
pub mod state;
pub mod theme;
pub mod web;

/// Mounts the app into the page's `#app` element, replacing the loading placeholder.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // A panic aborts the WebAssembly; show the page's friendly error panel instead of a frozen
    // screen.
    // Through Yew, or its renderer would replace this hook with its own console-only one.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        if let Some(el) = element("crash") {
            let _ = el.remove_attribute("hidden");
        }
    }));
    let root = element("app");
    if let Some(root) = root {
        embed::init();
        // Saved progress and the address are read once, here, and handed to the app.
        let initial = hooks::use_quiz::initial_state();
        // The build prerendered the fresh intro; when that is what the app will show, hydrate
        // it. Anything else (a saved quiz, a question or shared-result address) renders anew.
        let fresh = initial == state::State::new();
        let props = app::AppProps { initial };
        if fresh {
            yew::Renderer::<app::App>::with_root_and_props(root, props).hydrate();
        } else {
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root_and_props(root, props).render();
        }
    }
    register_service_worker();
    track_input_kind();
}

/// Marks the page `html.kbd` while a keyboard is in use and clears it on a touch or click, so
/// key badges and keyboard hints show only to people who can use them.
#[cfg(target_arch = "wasm32")]
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

/// Offline support in release builds (a cached app would fight `trunk serve`'s live reload).
#[cfg(target_arch = "wasm32")]
fn register_service_worker() {
    use wasm_bindgen::JsCast;
    if cfg!(debug_assertions) {
        return;
    }
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    // Absent on plain http and in some private modes: then there is simply no offline copy.
    let Some(container) = js_sys::Reflect::get(&nav, &"serviceWorker".into())
        .ok()
        .and_then(|v| v.dyn_into::<web_sys::ServiceWorkerContainer>().ok())
    else {
        return;
    };
    let promise = container.register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // A refused registration (blocked storage, sandbox) only means no offline copy.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

#[cfg(target_arch = "wasm32")]
fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}
