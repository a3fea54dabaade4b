//! The build's last step (a Trunk `post_build` hook): writes what a static host serves besides
//! the app — the intro as real HTML, the page shell's strings and CSP, the per-role share pages
//! with their link-preview images, and the script that opens a shared result.
//!
//! Reads `TRUNK_STAGING_DIR`, `TRUNK_SOURCE_DIR`, `TRUNK_PUBLIC_URL` and `TRUNK_PROFILE` from
//! Trunk, and `ROLE_QUIZ_PUBLIC_URL` (the deployed site's absolute address, needed for link
//! previews), `ROLE_QUIZ_FRAME_ANCESTORS` and `ROLE_QUIZ_BUILD` from the environment, once
//! (`config::Config`).
//!
//! Three layers, no circle: `site` orders the steps; the steps (`shell`, `wasm_names`,
//! `precompress`, `embed_js`, `pages`, `og`, `brand`, `offline`) import only the bottom layer
//! (`files`, `markup`, `values`, `config`), which imports nothing of its own but `files`'
//! result type.
// The size rules (clippy.toml) are for the WebAssembly the app ships; the build step runs natively.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

#[cfg(not(target_arch = "wasm32"))]
mod brand;
#[cfg(not(target_arch = "wasm32"))]
mod config;
#[cfg(not(target_arch = "wasm32"))]
mod embed_js;
#[cfg(not(target_arch = "wasm32"))]
mod files;
#[cfg(not(target_arch = "wasm32"))]
mod markup;
#[cfg(not(target_arch = "wasm32"))]
mod offline;
#[cfg(not(target_arch = "wasm32"))]
mod og;
#[cfg(not(target_arch = "wasm32"))]
mod pages;
#[cfg(not(target_arch = "wasm32"))]
mod precompress;
#[cfg(not(target_arch = "wasm32"))]
mod shell;
#[cfg(not(target_arch = "wasm32"))]
mod site;
#[cfg(not(target_arch = "wasm32"))]
mod values;
#[cfg(not(target_arch = "wasm32"))]
mod wasm_names;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    if let Err(e) = site::run() {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}
