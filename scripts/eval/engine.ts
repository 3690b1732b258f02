/**
 * The one door from the eval to the engine: the same `analyze()` the content script calls, and the
 * same gazetteer compile/load path. Modules are imported by computed path so the harness typechecks
 * and runs its other tasks while a piece of the engine is still being written; a missing piece makes
 * its tasks report "skipped" instead of a figure.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { AnalysisResult, AnalyzeOptions, DateSpan, GazetteerEntry, Lang } from '../../utils/analyze/types';

const root = resolve(import.meta.dirname, '../..');

export type Analyze = (text: string, gazetteer: unknown, opts: AnalyzeOptions) => AnalysisResult;

export interface Engine {
  analyze: Analyze;
  /** Base-form entries → what `analyze` takes as its gazetteer. */
  gazetteer(entries: GazetteerEntry[]): unknown;
}

export async function load(rel: string): Promise<Record<string, unknown> | null> {
  try {
    return (await import(pathToFileURL(resolve(root, rel)).href)) as Record<string, unknown>;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return null;
    throw e;
  }
}

let cached: Promise<Engine | string> | undefined;
let datesCached: Promise<DateFinder | string> | undefined;

export type DateFinder = (text: string, published: string, lang: Lang) => DateSpan[];

/**
 * Dates as the content script gets them: through `analyze()` once it has landed, until then straight
 * from `findDates` (which `analyze` calls), so date figures exist while the rest is being written.
 */
export function dateFinder(): Promise<DateFinder | string> {
  datesCached ??= (async () => {
    const e = await engine();
    if (typeof e !== 'string') return (text, published, lang) => e.analyze(text, null, { published, lang }).dates;
    const dates = await load('utils/analyze/dates/index.ts');
    if (typeof dates?.findDates !== 'function') return 'utils/analyze/dates (findDates) has not landed';
    return dates.findDates as DateFinder;
  })();
  return datesCached;
}

/** The engine, or the reason it cannot run yet. */
export function engine(): Promise<Engine | string> {
  cached ??= (async () => {
    const index = await load('utils/analyze/index.ts');
    if (!index || typeof index.analyze !== 'function') return 'utils/analyze/index.ts (analyze) has not landed';
    const gaz = await load('utils/analyze/gazetteer.ts');
    const compile = gaz?.compileGazetteer as ((e: GazetteerEntry[]) => unknown) | undefined;
    const loadGaz = gaz?.loadGazetteer as ((c: unknown) => unknown) | undefined;
    return {
      analyze: index.analyze as Analyze,
      gazetteer(entries) {
        if (!compile) throw new Error('utils/analyze/gazetteer.ts (compileGazetteer) has not landed');
        const compiled = compile(entries);
        // The content script receives the compiled form as JSON and loads it; go the same way.
        return loadGaz ? loadGaz(JSON.parse(JSON.stringify(compiled))) : compiled;
      },
    };
  })();
  return cached;
}

/** Whether the gazetteer half of the engine is present (actor tasks need it). */
export async function hasGazetteer(): Promise<boolean> {
  const gaz = await load('utils/analyze/gazetteer.ts');
  return typeof gaz?.compileGazetteer === 'function';
}
