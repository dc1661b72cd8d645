#!/usr/bin/env bash
# One command: set up a fresh Debian 12 machine, build, and start Tidings.
# Extra arguments go to the app (for example --profile DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec "${TIDINGS_BUILD_DIR:-build}/app/tidings" "$@"
