#!/usr/bin/env bash
# Installs whatever is missing for building, serving and testing role-quiz on a Debian machine.
# Idempotent: every step checks first, so a machine that has everything is done in seconds.
# Source it (`. scripts/setup.sh`) to also get PATH and CHROMEDRIVER for the current shell.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.22.1"
export PATH="$HOME/.cargo/bin:$ROOT/tests/e2e/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export TRUNK_SKIP_VERSION_CHECK=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock, byte for byte.
wbg_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Chromium and ChromeDriver (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Firefox and WebKit for the cross-engine suite (tests/e2e/engines.test.mjs): Debian's Firefox
# ESR, WebKitGTK's WebDriver with its MiniBrowser, and Xvfb for WebKit's window.
if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null; then
  say "installing Firefox ESR, WebKitWebDriver and Xvfb (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb >/dev/null
fi
# Firefox's WebDriver, built from crates.io (its GitHub downloads are out of reach).
if [ "$(geckodriver --version 2>/dev/null | head -1 || true)" != "geckodriver 0.37.1" ]; then
  say "building geckodriver 0.37.1 from crates.io (about 3 minutes)"
  cargo install --locked geckodriver --version 0.37.1
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "building Trunk $TRUNK_VERSION from crates.io (about 15 minutes on 2 cores)"
  # 0.22 declares a newer rustc than some machines have; it builds fine with this one.
  cargo install --locked trunk --version "$TRUNK_VERSION" --ignore-rust-version
fi

if [ "$(cargo deny --version 2>/dev/null || true)" != "cargo-deny 0.20.2" ]; then
  say "building cargo-deny 0.20.2 (about 4 minutes)"
  cargo install --locked cargo-deny --version 0.20.2
fi

WBG="$(wbg_version)"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG" ]; then
  # Built from its crates.io source with a lock file this project keeps (upstream's names a
  # webpki-roots release the registry no longer has), so every machine builds the same tool.
  LOCK="$ROOT/scripts/locks/wasm-bindgen-cli-$WBG.lock"
  if [ ! -f "$LOCK" ]; then
    echo "no $LOCK: copy the crate's source, run cargo generate-lockfile there, and keep the result" >&2
    exit 1
  fi
  say "building wasm-bindgen-cli $WBG with scripts/locks/ (about 7 minutes)"
  WORK="$(mktemp -d)"
  # Cargo has no download command: a throwaway manifest that depends on the crate fetches it.
  mkdir -p "$WORK/fetch/src" && touch "$WORK/fetch/src/lib.rs"
  printf '[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nwasm-bindgen-cli = "=%s"\n' "$WBG" >"$WORK/fetch/Cargo.toml"
  (cd "$WORK/fetch" && cargo fetch --quiet)
  MANIFEST="$(cd "$WORK/fetch" && cargo metadata --format-version 1 --offline |
    grep -o "\"manifest_path\":\"[^\"]*wasm-bindgen-cli-$WBG/Cargo.toml\"" | head -1 | cut -d'"' -f4)"
  cp -r "$(dirname "$MANIFEST")" "$WORK/src"
  cp "$LOCK" "$WORK/src/Cargo.lock"
  cargo install --locked --path "$WORK/src" --force
  rm -rf "$WORK"
fi
if ! grep -q "wasm_bindgen = \"$WBG\"" "$ROOT/Trunk.toml"; then
  echo "Trunk.toml pins a wasm-bindgen other than Cargo.lock's $WBG: update [tools]" >&2
  exit 1
fi

# npm packages: wasm-opt (binaryen 132; Debian's 108 cannot read current wasm), playwright-core
# and axe-core for the browser tests. Reinstalled only when the lock file changes.
E2E="$ROOT/tests/e2e"
if ! cmp -s "$E2E/package-lock.json" "$E2E/node_modules/.installed-lock" 2>/dev/null; then
  say "installing npm test tools"
  (cd "$E2E" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$E2E/package-lock.json" "$E2E/node_modules/.installed-lock"
fi

# Trunk builds offline (Trunk.toml), so fetch crates first; fast when they are already here.
cargo fetch --quiet --manifest-path "$ROOT/Cargo.toml"

# The release WebAssembly's toolchain. Failing to get it is not fatal: the build falls back to the
# default toolchain with a warning (scripts/build.sh).
. "$ROOT/scripts/size-toolchain.sh"
if ! size_toolchain_ready; then
  say "installing $SIZE_NIGHTLY with rust-src (the release WebAssembly is built with it)"
  rustup toolchain install "$SIZE_NIGHTLY" --profile minimal -c rust-src --target wasm32-unknown-unknown ||
    say "warning: could not install $SIZE_NIGHTLY; release builds fall back to the default toolchain"
fi
if size_toolchain_ready; then
  # The standard library's own dependencies, which the offline build cannot fetch.
  (use_size_toolchain && cargo fetch --quiet --manifest-path "$ROOT/Cargo.toml" --target wasm32-unknown-unknown)
fi
