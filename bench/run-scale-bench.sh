#!/bin/sh
# Tidings at a million stories: start-up to the first painted story list
# (under Xvfb, with the database evicted from the page cache and warm),
# resident memory then, search by tag and by full text, opening the busiest
# feed (about 134,000 stories at 1M) and scrolling its list to the end (the
# longest event-loop pass), and the database's size per story. Prints medians
# of RUNS runs; every figure comes from this run.
#
#   bench/run-scale-bench.sh [BUILD_DIR] [PROFILE_DIR] [RUNS]
#
# PROFILE_DIR (default /tmp/tidings-scale-1m) is generated once when it has
# no database: `tidings-cli generate-profile --feeds 1000 --stories 1000000`
# (about 17 GB; its CPU time is printed), then reused. STORIES=N generates N
# stories instead. RETENTION_DAYS=N ends the run by applying a retention of
# N days (`tidings-cli apply-retention`) and VACUUM, and prints the size
# then: it removes stories from the profile for good. The app's runs are not
# niced (their figures are latencies); on a busy machine a pass of the event
# loop also waits for a core, so the scroll reports the GUI thread's own CPU
# time in its longest pass beside the wall time. Needs xvfb-run, python3 and
# sqlite3 (to pick the topics, words and feed measured).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build}
profile=${2:-/tmp/tidings-scale-1m}
runs=${3:-5}
stories=${STORIES:-1000000}
cli="$build/app/tidings-cli"
app="$build/app/tidings"
db="$profile/tidings.sqlite"

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ! -f "$db" ]; then
    /usr/bin/time -f "generation: %e s wall, %U s user, %S s system, %M KiB peak" \
        nice -n 10 "$cli" --profile "$profile" generate-profile --feeds 1000 --stories "$stories" | tail -n 2
fi

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)] }'; }
largest() { sort -n | tail -n 1; }
# Drops the database's pages from the page cache (this file only).
evict() {
    python3 - "$db" <<'EOF'
import os, sys
for path in (sys.argv[1], sys.argv[1] + "-wal", sys.argv[1] + "-shm"):
    if os.path.exists(path):
        fd = os.open(path, os.O_RDONLY)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)
EOF
}

# The generated feeds were fetched just before the profile was made; with the
# app's 30 minutes they would all be due (at hosts that do not exist) while
# the scroll is measured. A day between refreshes keeps the runs quiet.
[ -f "$profile/tidings-ui.ini" ] || printf '[refresh]\nminutes=1440\n' > "$profile/tidings-ui.ini"

count=$(sqlite3 "file:$db?mode=ro" "SELECT count(*) FROM stories")
bytes=$(($(stat -c %s "$db") + $( [ -f "$db-wal" ] && stat -c %s "$db-wal" || echo 0)))
echo "profile: $profile, $count stories, $(sqlite3 "file:$db?mode=ro" "SELECT count(*) FROM subscriptions") feeds"
echo "database: $((bytes / 1048576)) MiB, $((bytes / count)) bytes a story"

# The first start after generation checks the whole file (no clean shutdown
# noted yet): timed once, apart. Once its window shows it also takes the
# day's backup (VACUUM INTO, then a check of the copy: at 1M stories it reads
# the database twice and writes 17 GB, tens of minutes here), and it quits
# only once that is done.
out=$(mktemp)
trap 'rm -f "$out" "$out".*' EXIT
if [ ! -f "$db.clean-shutdown" ]; then
    xvfb-run -a "$app" --profile "$profile" --measure-startup > "$out" 2>/dev/null
    echo "first start (no clean shutdown noted: whole-file check): $(sed -n 's/^first-paint-ms=//p' "$out") ms"
fi

for mode in cold warm; do
    : > "$out.ms"
    : > "$out.rss"
    : > "$out.steps"
    i=0
    while [ "$i" -lt "$runs" ]; do
        [ "$mode" = cold ] && evict
        xvfb-run -a "$app" --profile "$profile" --measure-startup > "$out" 2>/dev/null
        sed -n 's/^first-paint-ms=//p' "$out" >> "$out.ms"
        sed -n 's/^rss-kb=//p' "$out" >> "$out.rss"
        sed -n 's/^startup-step //p' "$out" >> "$out.steps"
        i=$((i + 1))
    done
    echo "start to first painted story list, $mode ($runs runs): median $(median < "$out.ms") ms," \
        "resident then: median $(($(median < "$out.rss") / 1024)) MiB"
    # When each step of the start was done (ms since the process started), medians.
    steps=""
    for step in $(cut -d= -f1 "$out.steps" | awk '!seen[$0]++'); do
        steps="$steps $step=$(sed -n "s/^$step=//p" "$out.steps" | median)"
    done
    echo "  steps done at (median ms):$steps"
    : > "$out.steps"
done

# Search: the first page (100 rows), as the story list asks for it.
top=$(sqlite3 "file:$db?mode=ro" "SELECT name FROM topics ORDER BY story_count DESC LIMIT 1")
mid=$(sqlite3 "file:$db?mode=ro" "SELECT name FROM topics ORDER BY story_count DESC LIMIT 1 OFFSET (SELECT count(*) / 20 FROM topics)")
rare=$(sqlite3 "file:$db?mode=ro" "SELECT name FROM topics WHERE story_count > 0 ORDER BY story_count LIMIT 1")
title=$(sqlite3 "file:$db?mode=ro" "SELECT title FROM stories WHERE id = (SELECT max(id) / 2 FROM stories)")
common=$(echo "$title" | awk '{ print tolower($1) }')
: > "$out.p95"
search() {
    line=$("$cli" --profile "$profile" search --quiet --runs 21 "$@")
    echo "search $*: $line"
    echo "$line" | sed -n 's/.* p95-ms=\([0-9.]*\).*/\1/p' >> "$out.p95"
}
search "tag:\"$top\""
search "tag:\"$mid\""
search "tag:\"$rare\""
search "$common"
search "$(echo "$title" | cut -d' ' -f2-4)"
search "\"$(echo "$title" | cut -d' ' -f2-3)\""
search "tag:\"$top\"" "$(echo "$title" | cut -d' ' -f3)"
echo "search: worst p95 over these queries: $(sort -n "$out.p95" | tail -n 1) ms"

# The busiest feed: opened, then its list dragged to the end, page by page.
feed=$(sqlite3 "file:$db?mode=ro" "SELECT subscription_id FROM stories GROUP BY subscription_id ORDER BY count(*) DESC LIMIT 1")
for key in stories open scroll stall cpu; do : > "$out.$key"; done
i=0
while [ "$i" -lt "$runs" ]; do
    xvfb-run -a "$app" --profile "$profile" --measure-scroll "$feed" > "$out" 2>/dev/null
    sed -n 's/^scroll-stories=//p' "$out" >> "$out.stories"
    sed -n 's/^open-ms=//p' "$out" >> "$out.open"
    sed -n 's/^scroll-ms=//p' "$out" >> "$out.scroll"
    sed -n 's/^longest-stall-ms=//p' "$out" >> "$out.stall"
    sed -n 's/^longest-stall-cpu-ms=//p' "$out" >> "$out.cpu"
    i=$((i + 1))
done
echo "feed $feed, $(largest < "$out.stories") stories ($runs runs): open median $(median < "$out.open") ms," \
    "to the end median $(median < "$out.scroll") ms; longest event-loop pass median $(median < "$out.stall") ms" \
    "(worst $(largest < "$out.stall") ms), of which GUI-thread CPU median $(median < "$out.cpu") ms" \
    "(worst $(largest < "$out.cpu") ms)"

if [ -n "${RETENTION_DAYS:-}" ]; then
    echo "retention: $("$cli" --profile "$profile" apply-retention --keep-days "$RETENTION_DAYS")"
    bytes=$(($(stat -c %s "$db") + $( [ -f "$db-wal" ] && stat -c %s "$db-wal" || echo 0)))
    count=$(sqlite3 "file:$db?mode=ro" "SELECT count(*) FROM stories")
    echo "after retention: $count stories, $((bytes / 1048576)) MiB (the file keeps its free pages)"
    start=$(date +%s)
    nice -n 10 sqlite3 "$db" "PRAGMA journal_mode = WAL; VACUUM; PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
    bytes=$(($(stat -c %s "$db") + $( [ -f "$db-wal" ] && stat -c %s "$db-wal" || echo 0)))
    echo "after VACUUM ($(($(date +%s) - start)) s): $((bytes / 1048576)) MiB, $((bytes / count)) bytes a story"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
