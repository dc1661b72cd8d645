#!/bin/sh
# Tidings against two JavaScript peers, Readability.js and Defuddle (both on
# linkedom), on every shared corpus (readability, trafilatura-eval, wcxb-dev):
#
# 1. quality: each tool's text of every page, scored by bench/score-extractors.py
#    with each corpus's own metric (Tidings through `tidings-cli extract
#    --format jsonl`, given each page's own URL as the corpus tests give it);
# 2. speed: per corpus, bench_extractor (--baseline: libxml2's bare parse of
#    the same pages in the same run) and both peers over the same pages, CPU
#    time per page, median and p99 (each the median over RUNS runs), and the
#    peers' figures as multiples of ours;
# 3. the peak RSS of one `tidings-cli extract` over every page.
#
#   bench/run-extract-bench.sh [BUILD_DIR] [RUNS] [--quality-only|--speed-only]
#
# WCXB pages are gunzipped to a temporary folder first, so every tool reads
# the same plain files. Needs ../shared/corpus beside the project, a build
# (bench_extractor and tidings-cli), python3, and node (`cd bench && npm ci`
# once; done here when node_modules is missing). TIDINGS_BENCH_CORPORA="readability
# trafilatura-eval" runs only those corpora (three speed runs of Defuddle over
# all 2,245 pages take over 20 minutes of CPU). TIDINGS_BENCH_KEEP=DIR keeps
# the texts, the per-page scores (pages.tsv) and the
# peers' stderr in DIR.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build}
runs=${2:-5}
what=${3:-all}
shared=$(cd "$root/../shared/corpus" 2>/dev/null && pwd) || { echo "no ../shared/corpus" >&2; exit 1; }
cli=$build/app/tidings-cli
bench=$build/tests/bench_extractor
for tool in "$cli" "$bench"; do
    [ -x "$tool" ] || { echo "no $tool: build first" >&2; exit 1; }
done
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
unset TIDINGS_PROFILE # tag with empty statistics, as bench_extractor does

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
texts=${TIDINGS_BENCH_KEEP:-$tmp/texts}
mkdir -p "$texts" "$tmp/wcxb"
: > "$texts/peers.stderr"

# One list per corpus: path<TAB>URL, the URL the corpus tests give the page.
python3 - "$shared" "$tmp" <<'PY'
import gzip, json, os, sys
shared, tmp = sys.argv[1:]
def write(name, rows):
    with open(os.path.join(tmp, name + ".list"), "w", encoding="utf-8") as f:
        f.writelines(f"{p}\t{u}\n" for p, u in rows)
r = os.path.join(shared, "readability")
write("readability", [(os.path.join(r, d, "source.html"), "http://fakehost/test/page.html")
                      for d in sorted(os.listdir(r)) if os.path.isfile(os.path.join(r, d, "source.html"))])
t = os.path.join(shared, "trafilatura-eval")
urls = {e["file"]: u for u, e in json.load(open(os.path.join(t, "evaldata.json"), encoding="utf-8")).items()}
write("trafilatura-eval", [(os.path.join(t, "pages", f), urls.get(f, "")) for f in sorted(os.listdir(os.path.join(t, "pages")))])
w = os.path.join(shared, "wcxb-dev")
rows = []
for name in sorted(os.listdir(os.path.join(w, "html"))):
    page = name.split(".")[0]
    out = os.path.join(tmp, "wcxb", page + ".html")
    with gzip.open(os.path.join(w, "html", name)) as src, open(out, "wb") as dst:
        dst.write(src.read())
    gt = json.load(open(os.path.join(w, "ground-truth", page + ".json"), encoding="utf-8"))
    rows.append((out, gt.get("url", "")))
write("wcxb-dev", rows)
PY
corpora=${TIDINGS_BENCH_CORPORA:-readability trafilatura-eval wcxb-dev}
for c in $corpora; do cut -f1 "$tmp/$c.list" > "$tmp/$c.paths"; done

if [ "$what" != --speed-only ]; then
    for c in $corpora; do
        echo "extracting $c ($(wc -l < "$tmp/$c.list") pages) with tidings, readability, defuddle" >&2
        if [ "$c" = readability ]; then
            # One URL for all: one process.
            tr '\n' '\0' < "$tmp/$c.paths" | xargs -0 "$cli" extract --format jsonl \
                --url http://fakehost/test/page.html > "$texts/$c.tidings.jsonl"
        else
            # A process a page (each its own URL), two at a time, each to its own file.
            mkdir "$tmp/$c.out"
            tr '\t\n' '\0\0' < "$tmp/$c.list" | CLI=$cli OUT=$tmp/$c.out xargs -0 -n 2 -P 2 sh -c \
                '"$CLI" extract --format jsonl --url "$1" "$0" > "$OUT/$(basename "$0").jsonl"'
            cat "$tmp/$c.out"/*.jsonl > "$texts/$c.tidings.jsonl"
        fi
        for peer in readability defuddle; do
            # Defuddle reports the pages' broken JSON-LD on stderr: kept aside.
            node "$here/$peer-peer.mjs" --list "$tmp/$c.list" --runs 0 --out "$texts/$c.$peer.jsonl" \
                2>> "$texts/peers.stderr" >&2
        done
    done
    echo
    python3 "$here/score-extractors.py" "$shared" "$texts" --pages "$texts/pages.tsv"
fi

[ "$what" = --quality-only ] && exit 0
# A figure from a tool's summary line (the one that starts "tidings:", "readability:"...).
field() { grep "^$3: " "$2" | sed -n "s/.* $1=\([0-9.]*\).*/\1/p" | tail -n 1; }
for c in $corpora; do
    echo; echo "speed on $c ($(wc -l < "$tmp/$c.paths") pages, $runs runs)"
    "$bench" --list "$tmp/$c.paths" --runs "$runs" --baseline | tee "$tmp/$c.tidings"
    for peer in readability defuddle; do
        node "$here/$peer-peer.mjs" --list "$tmp/$c.paths" --runs "$runs" 2>> "$tmp/peers.stderr" | tee "$tmp/$c.$peer"
    done
done
echo
echo "speed (CPU ms per page: parse + extraction; Tidings also tags topics; each figure the median over $runs runs)"
printf '  %-18s %-12s %9s %9s %9s %13s %11s\n' corpus tool median p99 wall_med "median ratio" "p99 ratio"
for c in $corpora; do
    om=$(field median_ms "$tmp/$c.tidings" tidings); o9=$(field p99_ms "$tmp/$c.tidings" tidings)
    ow=$(field wall_median_ms "$tmp/$c.tidings" tidings)
    lx=$(sed -n 's/^libxml2 tree parse.*median_ms=\([0-9.]*\); tidings median \/ parse median: \([0-9.]*\).*/\1 ms; Tidings at \2x that/p' "$tmp/$c.tidings" | tail -n 1)
    printf '  %-18s %-12s %9s %9s %9s %13s %11s\n' "$c" tidings "$om" "$o9" "$ow" 1.0x 1.0x
    for peer in readability defuddle; do
        pm=$(field median_ms "$tmp/$c.$peer" $peer); p9=$(field p99_ms "$tmp/$c.$peer" $peer)
        pw=$(field wall_median_ms "$tmp/$c.$peer" $peer)
        awk -v c="$c" -v t="$peer" -v pm="$pm" -v p9="$p9" -v pw="$pw" -v om="$om" -v o9="$o9" 'BEGIN {
            printf "  %-18s %-12s %9s %9s %9s %12.1fx %10.1fx\n", c, t, pm, p9, pw, pm / om, p9 / o9 }'
    done
    if [ -n "$lx" ]; then echo "  ($c: libxml2's bare tree parse median $lx, same run)"; fi
done

# Peak memory of one process cleaning every page.
if [ -x /usr/bin/time ]; then
    cat "$tmp"/*.paths > "$tmp/all.paths"
    tr '\n' '\0' < "$tmp/all.paths" | xargs -0 /usr/bin/time -v "$cli" extract --format jsonl > /dev/null 2> "$tmp/rss" || true
    echo; echo "tidings-cli extract over $(wc -l < "$tmp/all.paths") pages: $(grep 'Maximum resident' "$tmp/rss")"
fi
