//! role-quiz: which AI role fits you? A Yew app over a pure quiz core.

pub mod app;
pub mod components;
pub mod embed;
pub mod hooks;
pub mod pages;
pub mod quiz;
pub mod route;
pub mod state;
pub mod web;

/// Mounts the app into the page's `#app` element, replacing the loading placeholder.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // A panic aborts the WebAssembly; show the page's friendly error panel instead of a frozen
    // screen.
    std::panic::set_hook(Box::new(|_| {
        if let Some(el) = element("crash") {
            let _ = el.remove_attribute("hidden");
        }
    }));
    let root = element("app");
    if let Some(root) = root {
        embed::init();
        root.set_inner_html("");
        yew::Renderer::<app::App>::with_root(root).render();
    }
}

#[cfg(target_arch = "wasm32")]
fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}
