#!/usr/bin/env python3
"""Four local news "outlets" built from real corpus pages, for trying Tidings' topic chips.

Each outlet is an RSS 2.0 feed of 11 items whose links point at real article pages of the
shared corpus, copied into the output folder (the project itself holds no corpus files).
Titles come from each page's own <title>; pubDates are staggered over the last two days;
categories look like real feeds': one outlet puts a catch-all ("World") on every item,
others a section or a subject on some items.  The pages are chosen so that several named
topics (Donald Trump, Apple, Google, Barack Obama, Joe Biden, Netflix) recur across outlets.

    scripts/demo-outlets.py --out /tmp/tidings-outlets --port 8765 --serve

Standard library only.
"""

import argparse
import datetime
import email.utils
import gzip
import html
import html.parser
import http.server
import re
import shutil
import sys
import xml.sax.saxutils as saxutils
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# (outlet slug, outlet title, catch-all category on every item or None)
OUTLETS = [
    ("harbor-gazette", "Harbor Gazette", "World"),
    ("northside-daily", "Northside Daily", None),
    ("tech-and-town", "Tech & Town", None),
    ("evening-wire", "Evening Wire", None),
]

# (outlet index, corpus page, section or None, subject category or None)
# Corpus pages: "readability/<dir>" (source.html), "trafilatura-eval/<file>" (pages/<file>),
# "wcxb-dev/<id>" (html/<id>.html.gz, written out decompressed).
# Named topics (checked by people) are spread over at least two outlets each.
ITEMS = [
    # Donald Trump
    (0, "readability/breitbart", None, "Donald Trump"),
    (1, "readability/nytimes-1", "Politics", None),
    (2, "readability/nytimes-4", "Business", None),
    (3, "trafilatura-eval/politico.com.retirement.html", "Politics", "Congress"),
    (0, "trafilatura-eval/fivethirtyeight.com.endorsement.html", None, "Election 2020"),
    (1, "trafilatura-eval/nymag.com.polarization.html", "Opinion", None),
    (2, "trafilatura-eval/eluniversal.com-senador.html", None, None),
    (3, "trafilatura-eval/newrepublic.com.neoliberalism.html", "Ideas", None),
    # Apple / iPhone
    (2, "readability/theverge", "Tech", "Apple"),
    (3, "readability/msn", "Games", None),
    (0, "trafilatura-eval/theverge.com.ios13.html", None, "Apple"),
    (1, "trafilatura-eval/t3n.de-Laufzeit.html", "Tech", None),
    (2, "trafilatura-eval/mobilsicher.de.icloud.html", "Tech", "Privacy"),
    (3, "trafilatura-eval/computerbase.de.htc.html", "Mobile", None),
    # Google
    (0, "readability/aclu", None, "Privacy"),
    (1, "readability/cnet-svg-classes", "Tech", None),
    (3, "readability/heise", "Tech", None),
    # Barack Obama (and Joe Biden)
    (1, "readability/bbc-1", "Politics", "Barack Obama"),
    (2, "readability/wapo-2", None, "Israel"),
    (3, "trafilatura-eval/cbsnews.com.carolina.html", "Politics", "Joe Biden"),
    # Joe Biden
    (0, "trafilatura-eval/bbc.com.52241221.html", None, "Coronavirus"),
    # Netflix
    (0, "readability/engadget", None, None),
    (1, "readability/videos-1", "Culture", "Movies"),
    (2, "wcxb-dev/0106", "Streaming", None),
    # Other stories, so a topic is not the whole feed
    (0, "readability/guardian-1", None, "Environment"),
    (0, "readability/telegraph", None, "Zimbabwe"),
    (0, "readability/yahoo-2", None, None),
    (0, "readability/lemonde-1", None, None),
    (0, "readability/la-nacion", None, None),
    (1, "readability/cnn", "Business", None),
    (1, "readability/nytimes-2", "Business", None),
    (1, "readability/buzzfeed-1", "Health", None),
    (1, "readability/citylab-1", "Design", None),
    (1, "readability/folha", "Sport", None),
    (2, "readability/seattletimes-1", "Business", "Amazon"),
    (2, "readability/ars-1", "Tech", None),
    (2, "readability/yahoo-1", "Games", None),
    (2, "readability/nytimes-3", None, None),
    (2, "readability/medicalnewstoday", "Health", None),
    (3, "readability/herald-sun-1", "National", None),
    (3, "readability/wapo-1", "World", None),
    (3, "readability/salon-1", "Tech", None),
    (3, "readability/tmz-1", "Celebrity", None),
    (3, "readability/yahoo-3", None, None),
]


class _HeadReader(html.parser.HTMLParser):
    """The first <title> text, and og:title / description metas as fallbacks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = None
        self.og_title = None
        self.description = None
        self._in_title = False
        self._parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "title" and self.title is None:
            self._in_title = True
            self._parts = []
        elif tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or "").lower()
            if key == "og:title" and not self.og_title:
                self.og_title = a.get("content", "")
            elif key in ("description", "og:description") and not self.description:
                self.description = a.get("content", "")

    def handle_endtag(self, tag):
        if tag == "title" and self._in_title:
            self._in_title = False
            self.title = "".join(self._parts)

    def handle_data(self, data):
        if self._in_title:
            self._parts.append(data)


def _decode(raw):
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r'charset=["\']?([A-Za-z0-9_\-]+)', head, re.I)
    for enc in ([m.group(1)] if m else []) + ["utf-8"]:
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


def _clean(text):
    return re.sub(r"\s+", " ", html.unescape(text or "")).strip()


def _strip_site_suffix(title):
    """'Story - BBC News' -> 'Story', as a site's own feed would title it."""
    for _ in range(3):  # 'Story | Author | Section', 'Story - date - Section'
        m = re.match(r"^(.{20,}?)\s+[-|\u2013\u2014]\s+[^-|\u2013\u2014]{2,40}$", title)
        if not m:
            break
        title = m.group(1).strip()
    return title


def page_head(raw):
    reader = _HeadReader()
    try:
        reader.feed(_decode(raw))
        reader.close()
    except Exception:  # a broken page still gets the fallbacks found so far
        pass
    title = _clean(reader.title) or _clean(reader.og_title)
    return _strip_site_suffix(title), _clean(reader.description)


def read_page(corpus, spec):
    kind, name = spec.split("/", 1)
    if kind == "readability":
        return (corpus / kind / name / "source.html").read_bytes()
    if kind == "trafilatura-eval":
        return (corpus / kind / "pages" / name).read_bytes()
    if kind == "wcxb-dev":
        return gzip.decompress((corpus / kind / "html" / f"{name}.html.gz").read_bytes())
    raise ValueError(f"unknown corpus part in {spec}")


def page_file_name(spec):
    kind, name = spec.split("/", 1)
    stem = re.sub(r"\.html$", "", name)
    return re.sub(r"[^A-Za-z0-9._-]+", "-", f"{kind}-{stem}") + ".html"


def build(corpus, out, base_url, now=None):
    now = now or datetime.datetime.now(datetime.timezone.utc)
    out.mkdir(parents=True, exist_ok=True)
    feeds = []
    for index, (slug, outlet_title, catch_all) in enumerate(OUTLETS):
        folder = out / slug
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        items = [it for it in ITEMS if it[0] == index]
        entries = []
        for position, (_, spec, section, subject) in enumerate(items):
            raw = read_page(corpus, spec)
            file_name = page_file_name(spec)
            (folder / file_name).write_bytes(raw)
            title, description = page_head(raw)
            if not title:
                sys.exit(f"no title in {spec}")
            # Newest first; the outlets interleave, spread over the last 48 hours.
            age = datetime.timedelta(hours=position * 4 + index, minutes=7 * index + 3 * position)
            categories = [c for c in (catch_all, section, subject) if c]
            link = f"{base_url}/{slug}/{file_name}"
            lines = [
                "    <item>",
                f"      <title>{saxutils.escape(title)}</title>",
                f"      <link>{saxutils.escape(link)}</link>",
                f'      <guid isPermaLink="true">{saxutils.escape(link)}</guid>',
                f"      <pubDate>{email.utils.format_datetime(now - age)}</pubDate>",
            ]
            lines += [f"      <category>{saxutils.escape(c)}</category>" for c in categories]
            if description:
                lines.append(f"      <description>{saxutils.escape(description)}</description>")
            lines.append("    </item>")
            entries.append("\n".join(lines))
        feed_url = f"{base_url}/{slug}/feed.xml"
        xml = "\n".join(
            [
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<rss version="2.0">',
                "  <channel>",
                f"    <title>{saxutils.escape(outlet_title)}</title>",
                f"    <link>{saxutils.escape(base_url)}/{slug}/</link>",
                f"    <description>{saxutils.escape(outlet_title)}: local demo outlet</description>",
                f"    <lastBuildDate>{email.utils.format_datetime(now)}</lastBuildDate>",
                *entries,
                "  </channel>",
                "</rss>",
                "",
            ]
        )
        (folder / "feed.xml").write_text(xml, encoding="utf-8")
        feeds.append(feed_url)
    return feeds


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".xml": "application/rss+xml",
    }

    def log_message(self, format, *args):  # quiet: the app fetches many pages
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT_ROOT.parent / "shared" / "corpus",
                        help="the shared corpus folder (default: ../shared/corpus from the project root)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/tidings-outlets"),
                        help="where the feeds and page copies go (default: /tmp/tidings-outlets)")
    parser.add_argument("--port", type=int, default=8765, help="port the feed URLs use (default: 8765)")
    parser.add_argument("--serve", action="store_true", help="serve the output folder on 127.0.0.1:PORT")
    args = parser.parse_args()

    out = args.out.resolve()
    if out == PROJECT_ROOT or PROJECT_ROOT in out.parents:
        sys.exit("the output folder must be outside the project (corpus pages are copied there)")
    base_url = f"http://127.0.0.1:{args.port}"
    for url in build(args.corpus, out, base_url):
        print(url, flush=True)
    if args.serve:
        handler = lambda *a, **kw: _Handler(*a, directory=str(out), **kw)  # noqa: E731
        with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
            print(f"serving {out} at {base_url} (Ctrl+C stops)", file=sys.stderr, flush=True)
            try:
                server.serve_forever()
            except KeyboardInterrupt:
                pass


if __name__ == "__main__":
    main()
