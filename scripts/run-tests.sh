#!/usr/bin/env bash
# One command: set up a fresh Debian 12 machine (test tools included), build
# with warnings as errors under AddressSanitizer and UBSan, and run the whole
# test suite there (any sanitizer finding fails its test). .ci/run calls this.
#
# The suite runs in build-asan/, apart from the app's build/ (run-app.sh), so
# switching between the two never rebuilds either. For a plain build instead:
#   TIDINGS_SANITIZE=OFF TIDINGS_BUILD_DIR=build scripts/run-tests.sh
# Extra arguments go to ctest (e.g. -R tst_store -L ui).
set -euo pipefail
cd "$(dirname "$0")/.."
export TIDINGS_SETUP_TEST_TOOLS=1
export TIDINGS_WERROR=ON
export TIDINGS_SANITIZE="${TIDINGS_SANITIZE:-ON}"
if [[ "$TIDINGS_SANITIZE" == ON ]]; then
    export TIDINGS_BUILD_DIR="${TIDINGS_BUILD_DIR:-build-asan}"
    # Stack traces for UBSan reports; LeakSanitizer stays on (ASan's default).
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
else
    export TIDINGS_BUILD_DIR="${TIDINGS_BUILD_DIR:-build}"
fi
bash scripts/setup.sh
cd "$TIDINGS_BUILD_DIR"
ctest --output-on-failure --timeout 900 -j "$(nproc)" "$@"
