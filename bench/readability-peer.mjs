// The Readability.js peer of tests/bench/bench_extractor: the same pages, the
// same statistic (time per page for parse + extraction, median and p99 per
// run, then the median of those over the runs), on linkedom.
//
//   node readability-peer.mjs --list pages.txt [--runs N]
//
// Prints one summary line in the format bench_extractor uses, prefixed "readability:".
// CPU time is process.cpuUsage() (user + system) around each page; wall time
// is process.hrtime. Pages are read as UTF-8 before timing starts.

import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

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

const list = option('--list', null);
const runs = Math.max(1, parseInt(option('--runs', '5'), 10));
if (!list) {
    console.error('usage: node readability-peer.mjs --list FILE [--runs N]');
    process.exit(2);
}
const paths = readFileSync(list, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const pages = paths.map((path) => ({ path, html: readFileSync(path, 'utf8') }));
const bytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p.html), 0);

const medians = [], p99s = [], means = [], maxima = [], wallMedians = [], wallP99s = [];
let failures = 0;
for (let run = 0; run < runs; ++run) {
    const cpu = [], wall = [];
    for (const page of pages) {
        const cpuStart = process.cpuUsage();
        const wallStart = process.hrtime.bigint();
        try {
            const { document } = parseHTML(page.html);
            new Readability(document).parse();
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
console.log(`readability: pages=${pages.length} bytes=${bytes} runs=${runs} failures=${failures} ` +
    `median_ms=${percentile(medians, 0.5).toFixed(3)} p99_ms=${percentile(p99s, 0.5).toFixed(3)} ` +
    `mean_ms=${percentile(means, 0.5).toFixed(3)} max_ms=${percentile(maxima, 0.5).toFixed(3)} ` +
    `wall_median_ms=${percentile(wallMedians, 0.5).toFixed(3)} wall_p99_ms=${percentile(wallP99s, 0.5).toFixed(3)}`);
