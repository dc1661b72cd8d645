#!/bin/sh
# Runs bench_extractor and the Readability.js peer over the same pages and
# prints the speed ratio (and our median as a multiple of libxml2's bare
# parse of the same pages, from the same run), then the peak RSS of one
# `tidings-cli extract` over all of them.
#
#   bench/run-extract-bench.sh [BUILD_DIR] [RUNS]
#
# Needs ../shared/corpus beside the project, a build (bench_extractor and
# tidings-cli) and `cd bench && npm install` once.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build}
runs=${2:-5}
shared=$(cd "$root/../shared/corpus" 2>/dev/null && pwd) || { echo "no ../shared/corpus" >&2; exit 1; }

list=$(mktemp)
trap 'rm -f "$list" "$list.ours" "$list.peer" "$list.rss"' EXIT
ls "$shared"/readability/*/source.html "$shared"/trafilatura-eval/pages/*.html > "$list"
echo "pages: $(wc -l < "$list")"

"$build/tests/bench_extractor" --list "$list" --runs "$runs" --baseline | tee "$list.ours"
"$build/tests/bench_extractor" --list "$list" --runs "$runs" --no-topics | tail -n 1
[ -d "$here/node_modules" ] || (cd "$here" && npm install --no-audit --no-fund >/dev/null)
node "$here/readability-peer.mjs" --list "$list" --runs "$runs" | tee "$list.peer"

field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" "$2" | tail -n 1; }
ours=$(field median_ms "$list.ours"); peer=$(field median_ms "$list.peer")
ours99=$(field p99_ms "$list.ours"); peer99=$(field p99_ms "$list.peer")
oursw=$(field wall_median_ms "$list.ours"); peerw=$(field wall_median_ms "$list.peer")
awk -v o="$ours" -v p="$peer" -v o9="$ours99" -v p9="$peer99" -v ow="$oursw" -v pw="$peerw" 'BEGIN {
    printf "ratio (Readability.js / tidings): cpu median %.1fx, cpu p99 %.1fx, wall median %.1fx\n", p / o, p9 / o9, pw / ow }'

# Peak memory of one process cleaning every page.
if [ -x /usr/bin/time ]; then
    tr '\n' '\0' < "$list" | xargs -0 /usr/bin/time -v "$build/app/tidings-cli" extract --format jsonl > /dev/null 2> "$list.rss" || true
    echo "tidings-cli extract over $(wc -l < "$list") pages: $(grep 'Maximum resident' "$list.rss")"
fi
