#!/usr/bin/env bash
# Sets up whatever is missing, then serves the app with live reload at http://127.0.0.1:8080/.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"
