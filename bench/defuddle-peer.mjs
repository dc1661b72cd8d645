// The Defuddle peer (the extractor behind Obsidian's web clipper) of
// tests/bench/bench_extractor, beside readability-peer.mjs: the same pages,
// the same statistic, on linkedom with the two polyfills Defuddle's own
// linkedom entry point adds (document.styleSheets, getComputedStyle).
//
//   node defuddle-peer.mjs --list pages.txt [--runs N] [--out texts.jsonl]
//
// Times parse + Defuddle's synchronous parse() (its extraction and cleaning;
// not the Markdown conversion its Node entry point adds, nor the async
// extractors that fetch from the network). Options, list format, decoding and
// output: see peer-common.mjs. Prints one summary line prefixed "defuddle:".

import { parseHTML } from 'linkedom';
import { DefuddleClass } from 'defuddle/node';
import { runPeer } from './peer-common.mjs';

runPeer('defuddle', (html, url) => {
    const { document } = parseHTML(html);
    if (!document.styleSheets) document.styleSheets = [];
    if (document.defaultView && !document.defaultView.getComputedStyle)
        document.defaultView.getComputedStyle = () => ({ display: '' });
    document.URL = url;
    const result = new DefuddleClass(document, { url }).parse();
    return { title: result.title ?? '', html: result.content ?? '' };
});
