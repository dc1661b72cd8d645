// The Readability.js peer of tests/bench/bench_extractor: the same pages, the
// same statistic (time per page for parse + extraction, median and p99 per
// run, then the median of those over the runs), on linkedom.
//
//   node readability-peer.mjs --list pages.txt [--runs N] [--out texts.jsonl]
//
// Options, list format, decoding and output: see peer-common.mjs. Prints one
// summary line in the format bench_extractor uses, prefixed "readability:".

import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { runPeer } from './peer-common.mjs';

runPeer('readability', (html) => {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    return { title: article?.title ?? '', html: article?.content ?? '' };
});
