#!/usr/bin/env bash
# Benchmarks (not tests): scoring speed, first-screen size, page speed and interaction latency
# with the CPU slowed 4x, and Lighthouse's four scores. Builds the release site first.
# Usage: bash scripts/bench.sh [--peer DIR]...   (DIR: a static build of another quiz, measured
# in the same run, e.g. --peer ../shared/peers/react; nothing else depends on it)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh

echo "== scoring (cargo bench)"
cargo bench --quiet --bench score

echo "== release build (as hosts build it: scripts/build.sh)"
rm -rf dist
bash scripts/build.sh --public-url /careers/quiz/ >target/trunk-build.log 2>&1 || { cat target/trunk-build.log; exit 1; }

echo "== first-screen size"
bash scripts/size.sh

echo "== page speed and interaction latency"
peers=()
while [ $# -gt 0 ]; do
  case "$1" in
    --peer) peers+=(--peer "$(cd "$2" && pwd)"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
(cd tests/e2e && node bench.mjs --runs "${RUNS:-5}" "${peers[@]}")

echo "== Lighthouse"
LH="$PWD/target/bench-tools"
if [ ! -x "$LH/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$LH" --no-audit --no-fund --loglevel=error lighthouse@12 >/dev/null
fi
node tests/e2e/serve.mjs dist 18799 /careers/quiz/ >/dev/null &
server=$!
trap 'kill $server' EXIT
sleep 1
CHROME_PATH=/usr/bin/chromium "$LH/node_modules/.bin/lighthouse" http://127.0.0.1:18799/careers/quiz/ \
  --quiet --output=json --output-path=target/lighthouse.json \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
  || true
node -e '
const r = require(process.argv[1]);
for (const [k, c] of Object.entries(r.categories)) console.log(`  ${c.title.padEnd(16)} ${Math.round(c.score * 100)}`);
for (const a of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"])
  console.log(`  ${r.audits[a].title.padEnd(26)} ${r.audits[a].displayValue}`);
' "$PWD/target/lighthouse.json"
