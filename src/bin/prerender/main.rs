//! The build's last step (a Trunk `post_build` hook): writes what a static host serves besides
//! the app — the intro as real HTML, the page shell's strings and CSP, the per-role share pages
//! with their link-preview images, and the script that opens a shared result.
//!
//! Reads `TRUNK_STAGING_DIR`, `TRUNK_SOURCE_DIR`, `TRUNK_PUBLIC_URL` and `TRUNK_PROFILE` from
//! Trunk, and `ROLE_QUIZ_PUBLIC_URL` (the deployed site's absolute address, needed for link
//! previews) and `ROLE_QUIZ_FRAME_ANCESTORS` from the environment, once (`site::Config`).

#[cfg(not(target_arch = "wasm32"))]
mod brand;
#[cfg(not(target_arch = "wasm32"))]
mod loader;
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
mod wasm_names;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    if let Err(e) = site::run() {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}
