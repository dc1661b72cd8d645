// What the JavaScript peers of tests/bench/bench_extractor share: the page
// list, decoding, the timing loop and its summary line, and the text output
// that bench/score-extractors.py scores.
//
//   node <peer>.mjs --list pages.txt [--runs N] [--out texts.jsonl]
//
// The list holds one page a line: a path, optionally a tab and the page's URL
// (a file: URL otherwise). A path ending in .gz is gunzipped. Pages are read
// and decoded before timing starts: a byte-order mark, else the charset a
// <meta> declares in the first 4 KB, else UTF-8 (windows-1252 when the bytes
// are not UTF-8), as a browser would.
//
// --runs N (default 5; 0 for none) times each page's parse + extraction, N
// runs over all pages: per run the median and p99 of the per-page CPU time
// (process.cpuUsage, user + system) and of the wall time (process.hrtime),
// then the median of those over the runs, printed on one line in the format
// bench_extractor uses, prefixed with the peer's name.
// --out FILE writes, from one untimed pass, a JSON line a page: file (the
// listed path), url, title, text. The text is the output HTML's text with a
// line break before every element (the rule tests/support/extract_scoring.h
// applies to expected HTML), scripts and styles skipped.

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';

function option(name, fallback) {
    const i = process.argv.indexOf(name);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function percentile(values, p) {
    if (values.length === 0) return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const i = Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)));
    return sorted[i];
}

export function decode(bytes) {
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return new TextDecoder('utf-8').decode(bytes.subarray(3));
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
    const head = bytes.subarray(0, 4096).toString('latin1');
    const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
    if (meta) {
        try {
            return new TextDecoder(meta[1].toLowerCase()).decode(bytes);
        } catch {
            // an unknown label: fall through to UTF-8
        }
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return new TextDecoder('windows-1252').decode(bytes);
    }
}

const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

// The text of an HTML fragment, a line break before every element.
export function htmlText(html) {
    if (!html) return '';
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
    const parts = [];
    const stack = [document.body];
    while (stack.length) {
        const node = stack.pop();
        if (node.nodeType === 3) {
            parts.push(node.data);
            continue;
        }
        if (node.nodeType !== 1 || skipped.has(node.tagName)) continue;
        parts.push('\n');
        const children = node.childNodes;
        for (let i = children.length - 1; i >= 0; --i) stack.push(children[i]);
    }
    return parts.join('');
}

// extract(html, url) -> { title, html } for one page; it may throw.
export function runPeer(name, extract) {
    const list = option('--list', null);
    const runs = Math.max(0, parseInt(option('--runs', '5'), 10));
    const out = option('--out', null);
    if (!list) {
        console.error(`usage: node ${name}-peer.mjs --list FILE [--runs N] [--out FILE.jsonl]`);
        process.exit(2);
    }
    const lines = readFileSync(list, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const pages = lines.map((line) => {
        const [path, url] = line.split('\t');
        let bytes = readFileSync(path);
        if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
        return { path, url: url || pathToFileURL(path).href, html: decode(bytes) };
    });
    const bytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p.html), 0);

    if (out) {
        const fd = openSync(out, 'w'); // a line a page as it comes: a long pass can be read part way
        let failed = 0;
        for (const page of pages) {
            let title = '', text = '';
            try {
                const result = extract(page.html, page.url);
                title = result.title || '';
                text = htmlText(result.html);
            } catch (e) {
                ++failed;
            }
            writeSync(fd, JSON.stringify({ file: page.path, url: page.url, title, text }) + '\n');
        }
        closeSync(fd);
        console.log(`${name}: wrote ${pages.length} pages to ${out} (${failed} failed)`);
    }
    if (runs === 0) return;

    const medians = [], p99s = [], means = [], maxima = [], wallMedians = [], wallP99s = [];
    let failures = 0;
    for (let run = 0; run < runs; ++run) {
        const cpu = [], wall = [];
        for (const page of pages) {
            const cpuStart = process.cpuUsage();
            const wallStart = process.hrtime.bigint();
            try {
                extract(page.html, page.url);
            } catch (e) {
                if (run === 0) failures++;
            }
            const used = process.cpuUsage(cpuStart);
            wall.push(Number(process.hrtime.bigint() - wallStart) / 1e6);
            cpu.push((used.user + used.system) / 1e3);
        }
        medians.push(percentile(cpu, 0.5));
        p99s.push(percentile(cpu, 0.99));
        means.push(cpu.reduce((a, b) => a + b, 0) / cpu.length);
        maxima.push(percentile(cpu, 1));
        wallMedians.push(percentile(wall, 0.5));
        wallP99s.push(percentile(wall, 0.99));
        console.log(`run ${run + 1}: cpu median ${medians.at(-1).toFixed(3)} ms, p99 ${p99s.at(-1).toFixed(3)} ms, ` +
            `wall median ${wallMedians.at(-1).toFixed(3)} ms, p99 ${wallP99s.at(-1).toFixed(3)} ms`);
    }
    console.log(`${name}: pages=${pages.length} bytes=${bytes} runs=${runs} failures=${failures} ` +
        `median_ms=${percentile(medians, 0.5).toFixed(3)} p99_ms=${percentile(p99s, 0.5).toFixed(3)} ` +
        `mean_ms=${percentile(means, 0.5).toFixed(3)} max_ms=${percentile(maxima, 0.5).toFixed(3)} ` +
        `wall_median_ms=${percentile(wallMedians, 0.5).toFixed(3)} wall_p99_ms=${percentile(wallP99s, 0.5).toFixed(3)}`);
}
