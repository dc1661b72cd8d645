#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, from ../shared/corpus (see scripts/fuzz.sh).

fuzz_seeds.py CORPUS OUTDIR TARGET MAXLEN CAP

Writes at most CAP files of at most MAXLEN bytes into OUTDIR. The choice is
random with a fixed seed, so every run starts from the same seeds. Inputs may
start with the parameter line the targets read (fuzz/fuzz_input.h):
"\\x01<charset>\\t<url>\\n"; feeds whose test comment names an HTTP charset get one.
"""
import gzip
import hashlib
import os
import random
import re
import sys

corpus, outdir, target, maxlen, cap = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
here = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12)


def files(sub, suffixes):
    root = os.path.join(corpus, sub)
    found = []
    for dirpath, _, names in os.walk(root):
        for name in names:
            if name.endswith(suffixes):
                found.append(os.path.join(dirpath, name))
    return sorted(found)


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    return gzip.decompress(data) if path.endswith(".gz") else data


def sample(paths, n):
    paths = list(paths)
    rng.shuffle(paths)
    return paths[:n]


def http_charset(data):
    m = re.search(rb"Header:\s*Content-type:[^\n]*charset=['\"]?([\w.:-]+)", data[:2048], re.I)
    return m.group(1) if m else None


def feeds(n):
    out = []
    for path in sample(files("feeds", (".xml", ".json")), n):
        data = read(path)
        cs = http_charset(data)
        out.append(b"\x01" + cs + b"\thttp://example.org/feed\n" + data if cs else data)
    return out


def pages(n):
    readability = files("readability", ("source.html",))
    others = files("trafilatura-eval/pages", (".html", ".htm")) + files("wcxb-dev/html", (".html.gz",))
    return [read(p) for p in sample(readability, n // 3) + sample(others, n - min(n // 3, len(readability)))]


def dates(n):
    pattern = re.compile(
        rb"<(?:pubDate|lastBuildDate|updated|published|modified|issued|created|dc:date|dcterms:\w+|date)"
        rb"(?:\s[^>]*)?>([^<]{1,80})</")
    meta = re.compile(rb"(?:published_time|modified_time|datePublished|dateModified|pubdate)[\"']?\s*"
                      rb"(?:content=|:)\s*[\"']([^\"'<]{4,60})[\"']", re.I)
    found = set()
    for path in files("feeds", (".xml",)):
        found.update(m.group(1).strip() for m in pattern.finditer(read(path)))
    for path in files("readability", ("source.html",)):
        found.update(m.group(1).strip() for m in meta.finditer(read(path)))
    found.discard(b"")
    return sample(sorted(found), n)


def opml(n):
    fixtures = os.path.join(here, "..", "tests", "fixtures", "opml")
    own = [read(os.path.join(fixtures, f)) for f in sorted(os.listdir(fixtures))]
    # The corpus holds no OPML; feeds give the fuzzer XML structure to start from.
    return own + [read(p) for p in sample(files("feeds/feedparser/wellformed", (".xml",)), n - len(own))]


def lean(data):
    """A page without its script and style text and with whitespace runs
    folded, so the article's markup fits within the target's max_len."""
    data = re.sub(rb"(<(script|style)\b[^>]*>).*?(</\2\s*>)", rb"\1\3", data, flags=re.S | re.I)
    return re.sub(rb"[ \t\r\n]{2,}", b"\n", data)


def lean_pages(n):
    return [lean(p) for p in pages(n)]


def charset(n):
    return feeds(n // 3) + pages(n - n // 3)


seeds = {"feed_parser": feeds, "extractor": lean_pages, "sanitizer": lean_pages, "opml": opml, "dates": dates,
         "charset": charset}[target](cap)
os.makedirs(outdir, exist_ok=True)
for data in seeds:
    data = data[:maxlen]
    with open(os.path.join(outdir, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)
print(len(os.listdir(outdir)))
