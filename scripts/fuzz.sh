#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets in fuzz/ (clang, ASan + UBSan) into
# build-fuzz/, seeds each from ../shared/corpus, runs each for SECONDS (two at
# a time) and prints per target exec/s, coverage and corpus size. Fails when a
# target crashed, hung (-timeout), ran out of memory or leaked.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]      # default 60 s, every target
#   targets: feed_parser extractor sanitizer opml dates charset
#
# Environment: TIDINGS_COMPILER_LAUNCHER=ccache (compiler launcher),
# TIDINGS_CORPUS (default ../shared/corpus), TIDINGS_FUZZ_WORK (default
# build-fuzz/fuzz-work: seeds/, corpus/ (what the run found), artifacts/,
# logs/; wiped at each run). Without the corpus the script skips, or fails
# when CI is set.
#
# Reproducing a finding: the failing target's summary names the reproducer
# (artifacts/<target>/crash-*, timeout-*, oom-* or leak-*), which the log
# (logs/<target>.log) describes. Run the target on that file alone:
#   build-fuzz/fuzz/fuzz_<target> build-fuzz/fuzz-work/artifacts/<target>/crash-<sha1>
# (add -runs=100 to repeat, or run it under gdb; the ASan/UBSan report gives
# the stack). -minimize_crash=1 -runs=10000 shrinks the file. Inputs may start
# with "\x01<charset>\t<url>\n": the declared charset and URL the target
# passes (fuzz/fuzz_input.h). Fix the product code, then add the bytes as a
# regression test to the library's tst_*.cpp.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
if [[ $# -gt 0 && "$1" =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
all=(feed_parser extractor sanitizer opml dates charset)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")
for t in "${targets[@]}"; do
    [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz: unknown target '$t' (${all[*]})" >&2; exit 2; }
done

corpus="${TIDINGS_CORPUS:-../shared/corpus}"
if [[ ! -d "$corpus/feeds" || ! -d "$corpus/readability" ]]; then
    if [[ -n "${CI:-}" ]]; then
        echo "fuzz: FAIL: the seed corpus $corpus is missing (CI must have it)" >&2
        exit 1
    fi
    echo "fuzz: SKIP: the seed corpus $corpus is missing (see ../shared/corpus/README.md)"
    exit 0
fi
command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (apt-get install clang)" >&2; exit 1; }

# Build: the parsing libraries and the targets only (TIDINGS_FUZZ=ON).
options=(-DTIDINGS_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo)
[[ -n "${TIDINGS_COMPILER_LAUNCHER:-}" ]] && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER="$TIDINGS_COMPILER_LAUNCHER")
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja "${options[@]}" >/dev/null
cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

# Per target: longest input, and the most seeds (few hundred: quick start).
# Under ASan and UBSan the extractor (with the tagger) costs about 20 ms of
# CPU per 16 KiB page and the sanitizer 8 ms, so their pages are cut to 16 KiB
# after their script and style text is dropped (scripts/fuzz_seeds.py): about
# 50 and 120 exec/s on a free core. Feeds are small; dates are one line.
declare -A maxlen=([feed_parser]=65536 [extractor]=16384 [sanitizer]=16384 [opml]=16384 [dates]=128
    [charset]=65536)
declare -A cap=([feed_parser]=400 [extractor]=150 [sanitizer]=300 [opml]=200 [dates]=300 [charset]=300)

work="${TIDINGS_FUZZ_WORK:-build-fuzz/fuzz-work}"
rm -rf "$work"
mkdir -p "$work"/{seeds,corpus,artifacts,logs}
work=$(cd "$work" && pwd)
for t in "${targets[@]}"; do
    n=$(python3 scripts/fuzz_seeds.py "$corpus" "$work/seeds/$t" "$t" "${maxlen[$t]}" "${cap[$t]}")
    echo "fuzz: $t: $n seeds"
done

# A smaller quarantine than ASan's 256 MiB: large pages freed and allocated
# again per input otherwise cost page faults (a third of the extractor's time).
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=32}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

run() {
    local t=$1
    mkdir -p "$work/corpus/$t" "$work/artifacts/$t"
    set +e
    build-fuzz/fuzz/fuzz_"$t" -max_total_time="$seconds" -max_len="${maxlen[$t]}" -timeout=10 \
        -rss_limit_mb=2048 -malloc_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/$t/" "$work/corpus/$t" "$work/seeds/$t" >"$work/logs/$t.log" 2>&1
    echo $? >"$work/logs/$t.rc"
}

echo "fuzz: running ${targets[*]} for ${seconds} s each, two at a time"
running=0
for t in "${targets[@]}"; do
    if ((running >= 2)); then
        wait -n
        running=$((running - 1))
    fi
    run "$t" &
    running=$((running + 1))
done
wait

failed=0
printf '%-12s %8s %7s %7s %7s %8s  %s\n' target exec/s cov ft corpus units result
for t in "${targets[@]}"; do
    log="$work/logs/$t.log"
    rc=$(cat "$work/logs/$t.rc" 2>/dev/null || echo "?")
    status=$(grep -E '^#[0-9]+.* cov: ' "$log" | tail -1 || true)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$status")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$status")
    corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$status")
    execs=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+).*/\1/p' "$log")
    units=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log")
    result=ok
    artifact=$(find "$work/artifacts/$t" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
        -o -name 'leak-*' \) | head -1)
    if [[ "$rc" != 0 || -n "$artifact" ]]; then
        result="FAILED (exit $rc)"
        failed=1
    fi
    printf '%-12s %8s %7s %7s %7s %8s  %s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "${units:-?}" \
        "$result"
    if [[ "$result" != ok ]]; then
        grep -m3 -E '==ERROR|runtime error|ALARM|out-of-memory|breaks the allow-list|does not read back|SUMMARY' \
            "$log" | sed 's/^/    /' || true
        echo "    reproducer: ${artifact:-none written}; log: $log"
        echo "    reproduce: build-fuzz/fuzz/fuzz_$t ${artifact:-<input>}"
    fi
done
exit "$failed"
