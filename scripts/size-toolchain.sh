# The toolchain the release WebAssembly is built with: Rust's standard library rebuilt for size,
# with a panic aborting at once (no panic messages, formatting or unwinding tables in the module:
# ~15 KB less gzip). That needs a nightly, pinned by date so every machine builds the same bytes.
# ROLE_QUIZ_SIZE_NIGHTLY overrides it; one that is not installed gives the fallback build.
# Tests, clippy and the prerender step stay on the default (stable) toolchain.
# Sourced by setup.sh (to install it) and build.sh (to use it).

SIZE_NIGHTLY="${ROLE_QUIZ_SIZE_NIGHTLY:-nightly-2026-05-20}"

# True when the pinned nightly and its standard-library source are installed.
size_toolchain_ready() {
  rustup run "$SIZE_NIGHTLY" rustc --version >/dev/null 2>&1 &&
    rustup component list --toolchain "$SIZE_NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src'
}

# Exports the settings that make Cargo (as Trunk runs it) build the WebAssembly on the nightly.
# Trunk.toml's hook removes them again, so the prerender step runs on the default toolchain.
use_size_toolchain() {
  export RUSTUP_TOOLCHAIN="$SIZE_NIGHTLY"
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
}
