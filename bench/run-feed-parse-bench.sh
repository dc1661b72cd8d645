#!/bin/sh
# Feed parsing throughput: one generated RSS 2.0 feed of about MB megabytes
# (default 50, as issue 14 asks; FeedParser reads at most 64 MiB of a feed, so
# keep MB under 67; items with a title, link, guid, date, author, categories, a
# summary and an HTML article in content:encoded, of varied length), parsed by
# Tidings' FeedParser (through its HTML sanitizer, as a refresh does) and by
# Python feedparser (Debian's python3-feedparser) in the same run. Prints the
# median MB/s of each (MB = 10^6 bytes) and their ratio.
#
#   bench/run-feed-parse-bench.sh [BUILD_DIR] [RUNS] [PY_RUNS]
#
# RUNS (default 5) Tidings parses, PY_RUNS (default 3) feedparser parses
# (tens of seconds each at 50 MB). MB=N changes the size. Needs the
# benchmarks built (-DTIDINGS_BUILD_BENCHMARKS=ON) and python3-feedparser.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build}
runs=${2:-5}
py_runs=${3:-3}
mb=${MB:-50}
# Debian's python3 (python3-feedparser), not one earlier on PATH.
python=${PYTHON:-/usr/bin/python3}
bench="$build/tests/bench_feed_parser"
[ -x "$bench" ] || { echo "no $bench: configure with -DTIDINGS_BUILD_BENCHMARKS=ON" >&2; exit 1; }
"$python" -c 'import feedparser' 2>/dev/null || { echo "needs python3-feedparser" >&2; exit 1; }

feed=$(mktemp --suffix=.xml)
trap 'rm -f "$feed"' EXIT

python3 - "$feed" "$mb" <<'PY'
import random, sys
from email.utils import formatdate
random.seed(14)
path, target = sys.argv[1], int(sys.argv[2]) * 1000000
words = ("harbour council ferry timetable market lighthouse repairs budget school teachers river "
         "flood warning railway station minister election vote museum exhibition festival music "
         "hospital doctors nurses storm coast fishermen bridge traffic cyclists weather summer "
         "winter report study university researchers climate energy prices farmers harvest").split()
cats = ["Local", "Politics", "Weather", "Culture", "Transport", "Health", "Business", "Sport"]
def sentence(n):
    s = " ".join(random.choice(words) for _ in range(n))
    return s[0].upper() + s[1:] + "."
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
              'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel><title>Harbour Gazette</title>'
              '<link>https://gazette.example/</link><description>News from the harbour town</description>\n')
    size, i, t = 0, 0, 1700000000
    while size < target:
        paras = "".join("<p>%s %s <a href=\"https://gazette.example/tag/%s\">%s</a> &amp; %s</p>\n"
                        % (sentence(random.randint(12, 30)), sentence(random.randint(8, 20)),
                           random.choice(words), random.choice(words), sentence(random.randint(6, 14)))
                        for _ in range(random.randint(3, 14)))
        if random.random() < 0.3:
            paras += '<figure><img src="https://gazette.example/img/%d.jpg" alt="%s"></figure>\n' % (i, sentence(5))
        item = ("<item><title>%s &amp; %s</title><link>https://gazette.example/story/%d</link>"
                "<guid isPermaLink=\"false\">gazette-%d</guid><pubDate>%s</pubDate><dc:creator>%s</dc:creator>%s"
                "<description>%s</description><content:encoded><![CDATA[%s]]></content:encoded></item>\n"
                % (sentence(random.randint(4, 10))[:-1], random.choice(words), i, i,
                   formatdate(t - i * 600, usegmt=True), random.choice(["Desk", "A. Reporter", "B. Writer"]),
                   "".join("<category>%s</category>" % c for c in random.sample(cats, random.randint(1, 3))),
                   sentence(random.randint(15, 35)), paras))
        out.write(item)
        size += len(item.encode())
        i += 1
    out.write("</channel></rss>\n")
PY
bytes=$(stat -c %s "$feed")
echo "feed: $bytes bytes ($((bytes / 1000000)) MB), $(grep -c '<item>' "$feed") items"

tidings_line=$("$bench" "$feed" "$runs")
echo "$tidings_line"
tidings=$(echo "$tidings_line" | sed -n 's/.*tidings-mb-s=\([0-9.]*\).*/\1/p')

py_line=$("$python" - "$feed" "$py_runs" <<'PY'
import os, sys, time, feedparser
path, runs = sys.argv[1], int(sys.argv[2])
data = open(path, "rb").read()
times, entries = [], 0
for _ in range(runs):
    start = time.perf_counter()
    entries = len(feedparser.parse(data).entries)
    times.append(time.perf_counter() - start)
times.sort()
median = times[len(times) // 2]
print("feedparser %s: %d entries, median of %d runs %.3f s, feedparser-mb-s=%.2f"
      % (feedparser.__version__, entries, runs, median, len(data) / 1e6 / median))
PY
)
echo "$py_line"
tidings_items=$(echo "$tidings_line" | sed -n 's/.*bytes, \([0-9]*\) items.*/\1/p')
py_items=$(echo "$py_line" | sed -n 's/.*: \([0-9]*\) entries.*/\1/p')
if [ "$tidings_items" != "$py_items" ]; then
    echo "Tidings read $tidings_items items, feedparser $py_items: the figures are not comparable" >&2
    exit 1
fi
py=$(echo "$py_line" | sed -n 's/.*feedparser-mb-s=\([0-9.]*\).*/\1/p')
echo "ratio: Tidings $tidings MB/s / feedparser $py MB/s = $(awk -v a="$tidings" -v b="$py" 'BEGIN { printf "%.1f", a / b }')x"
