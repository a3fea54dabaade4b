#!/usr/bin/env bash
# The release build hosts and the tests run: `trunk build --release` with the WebAssembly built
# for size on the pinned nightly (scripts/size-toolchain.sh). Arguments go to Trunk, e.g.
# `bash scripts/build.sh --public-url /careers/quiz/`.
# Without that nightly it still builds, on the default toolchain, and says what that costs: the
# same site with a larger download. Plain `trunk build --release` makes that same fallback build.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/size-toolchain.sh
export TRUNK_SKIP_VERSION_CHECK=true
mkdir -p target
if size_toolchain_ready; then
  use_size_toolchain
  export ROLE_QUIZ_BUILD=size
else
  echo "warning: $SIZE_NIGHTLY with rust-src is not installed (scripts/setup.sh installs it);" \
    "building the WebAssembly on the default toolchain: it works the same but is ~15 KB larger (gzip)" >&2
  export ROLE_QUIZ_BUILD=fallback
fi
# scripts/size.sh reads which budget applies.
echo "$ROLE_QUIZ_BUILD" >target/build-kind
exec trunk build --release "$@"
