#!/usr/bin/env bash
# The tests where our threads meet (the pipeline's parser and storage threads,
# the store used from several threads, the fetcher) under ThreadSanitizer, in
# a build of their own (build-tsan/, gcc's TSan, warnings as errors). Only the
# test targets it runs are built, so it stays quick. Any report fails the run:
# a report in our code is a bug to fix; tests/tsan.supp holds the few reports
# inside Debian's Qt, which is not built with TSan, each with its reason.
# Extra arguments go to ctest (e.g. -R tst_fetcher).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
BUILD_DIR="${TIDINGS_TSAN_BUILD_DIR:-build-tsan}"

TESTS=(
    # the pipeline: the parser thread, the storage thread, what runs between
    tst_pipeline tst_pipeline_add tst_pipeline_feed_settings tst_pipeline_retention
    tst_pipeline_threads tst_refresh_scheduler
    # the store from several threads, and the storage thread's writer beside the GUI's reader
    tst_store tst_store_access
    # the fetcher
    tst_fetcher
)

options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DTIDINGS_SANITIZE=thread -DTIDINGS_WERROR=ON
    -DTIDINGS_BUILD_BENCHMARKS=OFF)
[[ -n "${TIDINGS_COMPILER_LAUNCHER:-}" ]] && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER="$TIDINGS_COMPILER_LAUNCHER")
cmake -S . -B "$BUILD_DIR" -G Ninja "${options[@]}" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target "${TESTS[@]}"

# Report every race, then fail (exit code 66) rather than stop at the first:
# one run shows them all. second_deadlock_stack gives both stacks of a
# lock-order report; the longest history keeps the earlier access's stack
# restorable, which the suppressions match against.
export TSAN_OPTIONS="suppressions=$ROOT/tests/tsan.supp halt_on_error=0 exitcode=66 second_deadlock_stack=1 history_size=7 ${TSAN_OPTIONS:-}"
regex="^($(
    IFS='|'
    echo "${TESTS[*]}"
))\$"
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 900 -j "$(nproc)" -R "$regex" "$@"
