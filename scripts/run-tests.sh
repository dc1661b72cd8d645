#!/usr/bin/env bash
# One command: set up a fresh Debian 12 machine (test tools included), build
# with warnings as errors, and run the whole test suite. .ci/run calls this.
set -euo pipefail
cd "$(dirname "$0")/.."
export TIDINGS_SETUP_TEST_TOOLS=1
export TIDINGS_WERROR=ON
export TIDINGS_BUILD_DIR="${TIDINGS_BUILD_DIR:-build}"
bash scripts/setup.sh
cd "$TIDINGS_BUILD_DIR"
ctest --output-on-failure --timeout 900 -j "$(nproc)" "$@"
