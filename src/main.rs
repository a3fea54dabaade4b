//! Mounts the app; everything else lives in the library.

// talc instead of Rust's default dlmalloc: the same job in ~3 KB less WebAssembly (gzip), and
// the app is single-threaded, which is the case talc's WebAssembly allocator is built for.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    role_quiz::start();
}
