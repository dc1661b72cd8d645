#!/usr/bin/env python3
"""Scores the text several extractors drew from the shared corpora, each
corpus with its own metric (../shared/corpus/README.md):

  readability       shingle F1 against Readability's expected.html, as
                    tests/support/extract_scoring.h computes it (tokens are
                    Unicode letter, digit, mark and connector runs, case-folded;
                    4-token shingles; P and R are means over pages)
  trafilatura-eval  snippet precision, recall and F over all pages' `with`
                    and `without` snippets (whitespace folded)
  wcxb-dev          bag-of-words F1 over lowercase Python-\\w+ tokens between
                    the text and ground_truth.main_content, per page, then the
                    mean over pages, overall and per page type (an empty
                    reference scores 1 only for an empty extraction)

  score-extractors.py SHARED_CORPUS_DIR TEXTS_DIR [--pages FILE.tsv] [--common]

TEXTS_DIR holds CORPUS.TOOL.jsonl files (CORPUS one of the three above), one
JSON object a line with at least `file` and `text`, as `tidings-cli extract
--format jsonl` and bench/*-peer.mjs --out write them. A page is known by its
path: readability/<name>/source.html, trafilatura-eval/pages/<file>, and for
WCXB a file named <id>.html or <id>.html.gz anywhere. A page a tool has no line
for scores as an empty extraction. Tools print in the order tidings,
readability, defuddle, then any other. --pages writes every page's score per
tool (tab-separated) to compare tools page by page. --common scores only the
pages every tool has a line for (to compare on part of a corpus).
"""

import collections
import gzip
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

ORDER = ["tidings", "readability", "defuddle"]
COMMON = False
CORPORA = ["readability", "trafilatura-eval", "wcxb-dev"]


def char_class(predicate):
    """A regular-expression class of the code points that satisfy predicate."""
    ranges, start, prev = [], None, None
    for cp in range(sys.maxunicode + 1):
        if predicate(chr(cp)):
            if start is None:
                start = cp
            prev = cp
        elif start is not None:
            ranges.append((start, prev))
            start = None
    if start is not None:
        ranges.append((start, prev))
    return "[" + "".join(
        re.escape(chr(a)) if a == b else re.escape(chr(a)) + "-" + re.escape(chr(b)) for a, b in ranges) + "]"


# extract_scoring.h's isWordChar: letters, decimal/letter/other numbers, marks, connectors.
WORD_CATEGORIES = {"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "Mn", "Mc", "Me", "Pc"}
QT_WORD = re.compile(char_class(lambda c: unicodedata.category(c) in WORD_CATEGORIES) + "+")
# QString::simplified()'s whitespace: \t..\r, space, U+0085 and the separators.
QT_SPACE = re.compile(char_class(
    lambda c: c in "\t\n\v\f\r \x85" or unicodedata.category(c) in {"Zs", "Zl", "Zp"}) + "+")
PY_WORD = re.compile(r"\w+")


class TextOf(HTMLParser):
    """extract_scoring.h's htmlToText: text nodes in order, a line break
    before every element, script, style and noscript skipped."""

    SKIP = {"script", "style", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if self.skip or tag in self.SKIP:
            if tag in self.SKIP:
                self.skip += 1
            return
        self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if not self.skip and tag not in self.SKIP:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(html):
    if not html.strip():
        return ""
    parser = TextOf()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def shingles(text):
    tokens = [t.casefold() for t in QT_WORD.findall(text)]
    if not tokens:
        return collections.Counter()
    if len(tokens) < 4:
        return collections.Counter(["\x1f".join(tokens)])
    return collections.Counter("\x1f".join(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def fold(text):
    return QT_SPACE.sub(" ", text).strip(" ")


def bag_f1(text, reference):
    ref = collections.Counter(PY_WORD.findall(reference.lower()))
    got = collections.Counter(PY_WORD.findall(text.lower()))
    if not ref:
        return 1.0 if not got else 0.0
    tp = sum((ref & got).values())
    if tp == 0:
        return 0.0
    p, r = tp / sum(got.values()), tp / sum(ref.values())
    return 2 * p * r / (p + r)


def page_key(corpus, path):
    if corpus == "readability":
        return os.path.basename(os.path.dirname(path))
    if corpus == "trafilatura-eval":
        return os.path.basename(path)
    return os.path.basename(path).split(".")[0]


def load_texts(texts_dir, corpus):
    tools = {}
    for name in sorted(os.listdir(texts_dir)):
        if name.startswith(corpus + ".") and name.endswith(".jsonl"):
            tool = name[len(corpus) + 1:-len(".jsonl")]
            rows = {}
            with open(os.path.join(texts_dir, name), encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        row = json.loads(line)
                        rows[page_key(corpus, row["file"])] = row.get("text") or ""
            tools[tool] = rows
    order = [t for t in ORDER if t in tools] + sorted(t for t in tools if t not in ORDER)
    if COMMON and tools:
        tools["_keys"] = set.intersection(*(set(rows) for rows in tools.values()))
    return order, tools


def wanted(tools, key):
    return "_keys" not in tools or key in tools["_keys"]


def score_readability(root, order, tools, pages_out):
    results = {}
    names = sorted(d for d in os.listdir(root)
                   if os.path.isfile(os.path.join(root, d, "source.html")) and wanted(tools, d))
    expected = {}
    for name in names:
        with open(os.path.join(root, name, "expected.html"), encoding="utf-8", errors="replace") as f:
            expected[name] = shingles(html_text(f.read()))
    for tool in order:
        psum = rsum = 0.0
        pn = rn = 0
        for name in names:
            got = shingles(tools[tool].get(name, ""))
            exp = expected[name]
            tp = sum((got & exp).values())
            fp, fn = sum(got.values()) - tp, sum(exp.values()) - tp
            if tp + fp:
                psum += tp / (tp + fp)
                pn += 1
            if tp + fn:
                rsum += tp / (tp + fn)
                rn += 1
            if pages_out is not None:
                p = tp / (tp + fp) if tp + fp else 1.0
                r = tp / (tp + fn) if tp + fn else 1.0
                pages_out.append(("readability", name, "article", tool, 2 * p * r / (p + r) if p + r else 0.0))
        p, r = (psum / pn if pn else 0.0), (rsum / rn if rn else 0.0)
        results[tool] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, len(names), "")
    return results


def score_trafilatura(root, order, tools, pages_out):
    with open(os.path.join(root, "evaldata.json"), encoding="utf-8") as f:
        eval_data = json.load(f)
    entries = [e for e in eval_data.values()
               if os.path.isfile(os.path.join(root, "pages", e["file"])) and wanted(tools, e["file"])]
    results = {}
    for tool in order:
        tp = fn = fp = 0
        for e in entries:
            text = fold(tools[tool].get(e["file"], ""))
            found = sum(1 for s in e["with"] if fold(s) in text)
            unwanted = sum(1 for s in e["without"] if fold(s) in text)
            tp, fn, fp = tp + found, fn + len(e["with"]) - found, fp + unwanted
            if pages_out is not None:
                pages_out.append(("trafilatura-eval", e["file"], "-", tool,
                                  found - unwanted - (len(e["with"]) - found)))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        results[tool] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, len(entries), f"  (tp {tp}, fn {fn}, fp {fp})")
    return results


def score_wcxb(root, order, tools, pages_out):
    truth = {}
    for name in sorted(os.listdir(os.path.join(root, "ground-truth"))):
        if name.endswith(".json") and wanted(tools, name[:-5]):
            with open(os.path.join(root, "ground-truth", name), encoding="utf-8") as f:
                d = json.load(f)
            truth[name[:-5]] = (d["_internal"]["page_type"]["primary"], d["ground_truth"].get("main_content") or "")
    results = {}
    for tool in order:
        by_type = collections.defaultdict(list)
        for page, (kind, reference) in truth.items():
            f1 = bag_f1(tools[tool].get(page, ""), reference)
            by_type[kind].append(f1)
            by_type["all"].append(f1)
            if pages_out is not None:
                pages_out.append(("wcxb-dev", page, kind, tool, f1))
        results[tool] = {k: (sum(v) / len(v), len(v)) for k, v in by_type.items()}
    return results


def main():
    args = sys.argv[1:]
    pages_path = None
    if "--pages" in args:
        i = args.index("--pages")
        pages_path = args[i + 1]
        del args[i:i + 2]
    global COMMON
    if "--common" in args:
        args.remove("--common")
        COMMON = True
    if len(args) != 2:
        sys.exit(__doc__)
    shared, texts_dir = args
    pages_out = [] if pages_path else None
    print("quality (each corpus's own metric; ../shared/corpus/README.md)")
    for corpus in CORPORA:
        order, tools = load_texts(texts_dir, corpus)
        if not order:
            continue
        root = os.path.join(shared, corpus)
        if corpus == "wcxb-dev":
            res = score_wcxb(root, order, tools, pages_out)
            kinds = sorted((k for k in res[order[0]] if k != "all"), key=lambda k: -res[order[0]][k][1])
            print(f"\n{corpus}: word F1, mean over pages{' (pages every tool has)' if COMMON else ''}")
            print(f"  {'page type':<16}{'pages':>6}" + "".join(f"{t:>13}" for t in order))
            for k in ["all"] + kinds:
                print(f"  {k:<16}{res[order[0]][k][1]:>6}" + "".join(f"{res[t][k][0]:>13.4f}" for t in order))
        else:
            res = (score_readability if corpus == "readability" else score_trafilatura)(root, order, tools, pages_out)
            metric = "shingle" if corpus == "readability" else "snippet"
            print(f"\n{corpus} ({res[order[0]][3]} pages): {metric} precision / recall / F")
            for t in order:
                p, r, f, _, counts = res[t]
                print(f"  {t:<14} P {p:.4f}  R {r:.4f}  F {f:.4f}{counts}")
    if pages_path:
        with open(pages_path, "w", encoding="utf-8") as f:
            f.write("corpus\tpage\ttype\ttool\tscore\n")
            for row in pages_out:
                f.write("\t".join(str(x) if not isinstance(x, float) else f"{x:.4f}" for x in row) + "\n")


if __name__ == "__main__":
    main()
