/**
 * One measured page load with the extension, and one baseline call in the plain browser.
 *
 * Times come from the page's performance timeline. The content script marks `dossier:start`,
 * `dossier:first-highlight` and `dossier:all-highlights` (its isolated world shares the page's
 * timeline); on a build without those marks the in-page watcher's frame times stand in (inpage.js).
 * Memory is the page renderer's JS heap (CDP Runtime.getHeapUsage: the main world and the content
 * script's isolated world share one V8 isolate), sampled every 25 ms while the content script works,
 * minus the same page's heap in the plain browser: what the content script adds at its peak.
 */
import type { CDPSession, Page } from 'playwright-core';
import { markjsScript, type BenchBrowser } from './browser';

export interface PageRun {
  firstMs: number;
  /** Every name highlighted (the content script's `dossier:names-highlighted`; else = allMs). */
  namesMs: number;
  /** Everything highlighted: names, dates, claims, candidates (`dossier:all-highlights`). */
  allMs: number;
  /** Named steps the content script marked on the way (extraction, gazetteer load), ms from start. */
  steps: Record<string, number>;
  /** How the times were taken: the content script's own marks or frame polling of CSS.highlights. */
  source: 'marks' | 'frames';
  /** Highlights found, by CSS highlight name (the content script's own count: past 2,500 it paints only those near the viewport). */
  highlights: Record<string, number>;
  /** Ranges in CSS.highlights when the run ended (what was painted). */
  painted: Record<string, number>;
  longTasks: number[];
  peakHeapMb: number;
  retainedHeapMb: number;
}

interface InPage {
  marks: Record<string, number[]>;
  watch: { first: number; last: number; total: number };
  longTasks: { start: number; duration: number }[];
  counts: Record<string, number>;
  found: Record<string, number> | null;
  dcl: number;
  now: number;
}

const read = (page: Page): Promise<InPage> =>
  // A string: tsx would add helpers to a function's source that the page lacks.
  page.evaluate(`({
    marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('dossier:')).map((m) => [m.name, __bench.mark(m.name)])),
    watch: { ...__bench.watch },
    longTasks: __bench.longTasks.slice(),
    counts: __bench.highlightCounts(),
    found: performance.getEntriesByName('dossier:all-highlights')[0]?.detail?.found ?? null,
    dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0,
    now: performance.now(),
  })`) as Promise<InPage>;

const usedMb = async (cdp: CDPSession) => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;

/** The plain page's settled heap, the zero the content script's memory is measured from. */
export async function plainHeapMb(plain: BenchBrowser, url: string): Promise<number> {
  const page = await plain.newPage();
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(300);
    await cdp.send('HeapProfiler.collectGarbage');
    return await usedMb(cdp);
  } finally {
    await cdp.detach();
    await page.close();
  }
}

export async function runWithExtension(b: BenchBrowser, url: string, plainMb: number, timeoutMs = 120_000): Promise<PageRun> {
  const page = await b.newPage();
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await usedMb(cdp).catch(() => 0));
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const started = Date.now();
    let s: InPage;
    for (;;) {
      await page.waitForTimeout(100);
      s = await read(page);
      if (s.marks['dossier:all-highlights']?.length) break;
      // No marks: done once highlights exist and have not grown for 1.5 s. With the content script's
      // marks, its own end mark is awaited (big pages are repainted only every few seconds).
      if (!s.marks['dossier:start']?.length && s.watch.first >= 0 && s.now - s.watch.last > 1500) break;
      if (Date.now() - started > timeoutMs) throw new Error(`no highlights on ${url} after ${timeoutMs} ms`);
    }
    sampling = false;
    await sampler;
    // The store is written after the highlights: let it finish, so the next run does not share the
    // background with this page's storing (a reader does not open a page every 100 ms).
    for (let i = 0; i < 100 && s.marks['dossier:all-highlights']?.length; i++) {
      if ((await page.evaluate(`performance.getEntriesByName('dossier:stored').length`)) as number) break;
      await page.waitForTimeout(100);
    }
    const marks = (s.marks['dossier:all-highlights']?.length ?? 0) > 0;
    const at = (name: string) => s.marks[name]?.[0] ?? NaN;
    const origin = marks ? at('dossier:start') : s.dcl;
    const first = marks ? at('dossier:first-highlight') : s.watch.first;
    const all = marks ? at('dossier:all-highlights') : s.watch.last;
    const names = marks && s.marks['dossier:names-highlighted'] ? at('dossier:names-highlighted') : all;
    const steps = Object.fromEntries(Object.entries(s.marks).map(([k, v]) => [k.slice('dossier:'.length), Math.round(v[0] - origin)]));
    await cdp.send('HeapProfiler.collectGarbage');
    const retained = await usedMb(cdp);
    return {
      firstMs: first - origin,
      namesMs: names - origin,
      allMs: all - origin,
      steps,
      source: marks ? 'marks' : 'frames',
      // Found counts by kind, named as the CSS highlights are (dossier-actor …); a build without them: what was painted.
      highlights: s.found ? Object.fromEntries(Object.entries(s.found).map(([k, v]) => ['dossier-' + k, v])) : s.counts,
      painted: s.counts,
      // Tasks while the content script worked, plus one frame after (the paint of its highlights).
      longTasks: s.longTasks.filter((t) => t.start + t.duration >= origin && t.start <= all + 50).map((t) => t.duration),
      peakHeapMb: Math.max(0, peak - plainMb),
      retainedHeapMb: Math.max(0, retained - plainMb),
    };
  } finally {
    sampling = false;
    await sampler;
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

export interface BaselineRun {
  ms: number;
  count: number;
  error?: string;
  longTasks: number[];
}

/** One baseline call on a fresh load of the page in the plain browser. */
export async function runBaseline(plain: BenchBrowser, url: string, kind: 'regexp' | 'markjs', aliases: string[]): Promise<BaselineRun> {
  const page = await plain.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (kind === 'markjs') await page.addScriptTag({ path: markjsScript });
    await page.waitForTimeout(200);
    // The list is handed over first, so parsing it is not part of the timed call.
    await page.evaluate(`window.__aliases = ${JSON.stringify(aliases)}; 0`);
    const before = (await page.evaluate('performance.now()')) as number;
    const fn = kind === 'regexp' ? '__bench.regexpBaseline' : '__bench.markjsBaseline';
    const res = (await page.evaluate(`${fn}(window.__aliases)`)) as { ms: number; count: number; error?: string };
    await page.waitForTimeout(100);
    const tasks = (await page.evaluate('__bench.longTasks.slice()')) as { start: number; duration: number }[];
    return { ...res, longTasks: tasks.filter((t) => t.start >= before).map((t) => t.duration) };
  } finally {
    await page.close();
  }
}
