/**
 * The whole engine over the sample article, in Node, warm and after the collections V8 runs in an
 * idle worker. V8 drops the compiled code of functions and patterns unused over several major
 * collections, so the first page after a pause pays for compiling them again; that, not the
 * back-to-back time, is what a reader opening a page every few minutes gets. Baseline: the warm
 * (back-to-back) time of the same call in the same process.
 *
 * Needs `--expose-gc`: run as `node --expose-gc --import tsx scripts/bench/engine-idle.ts`; prints
 * one JSON line. (`npm run bench` starts it as a child process.)
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyze, prepareDateGates } from '../../utils/analyze';
import { compileGazetteer, loadGazetteer } from '../../utils/analyze/gazetteer';
import { extractText } from '../../utils/page/extract';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('engine-idle needs node --expose-gc');

const root = new URL('../../', import.meta.url);
const { document } = parseHTML(readFileSync(new URL('../shared/fixtures/seed-article.html', root), 'utf8'));
const text = extractText(document).text;
const starter = JSON.parse(readFileSync(new URL('public/gazetteer/starter.json', root), 'utf8'));
const gazetteer = loadGazetteer(JSON.parse(JSON.stringify(compileGazetteer(starter))));
const once = () => {
  const t = performance.now();
  analyze(text, gazetteer, { published: '2025-11-24', lang: 'uk' });
  return performance.now() - t;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// As in the worker: the first reading of a language defers the date parsers' gates to its idle time.
once();
prepareDateGates();
for (let i = 0; i < 30; i++) once();
const warm = median(Array.from({ length: 30 }, once));
const idle = median(
  Array.from({ length: 15 }, () => {
    // Four full collections with the engine unused: what an idle service worker's heap goes through.
    for (let k = 0; k < 4; k++) gc();
    return once();
  }),
);
console.log(JSON.stringify({ chars: text.length, warmMs: Math.round(warm * 10) / 10, afterIdleMs: Math.round(idle * 10) / 10 }));
