/**
 * Running the engine over a page's text without freezing the page: the text is cut at block
 * boundaries into slices, each slice is analysed on its own, and the main thread is given back
 * between slices. Block boundaries are safe cuts: sentences, quotes and claims never cross them.
 */
import type { AnalysisResult } from '../analyze/types';

export interface Slice {
  start: number;
  end: number;
}

/** Cuts `text` (from `from` on) into slices of about `maxChars`, only at '\n' (block separators). */
export function sliceText(text: string, maxChars = 20_000, from = 0): Slice[] {
  const out: Slice[] = [];
  let start = from;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxChars);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n', end);
      // A single block longer than a slice is kept whole rather than cut mid-sentence.
      end = cut > start ? cut + 1 : (text.indexOf('\n', end) + 1 || text.length);
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

const shift = <T extends { start: number; end: number }>(items: T[], by: number): T[] =>
  items.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));

/** Joins per-slice results into one, with offsets into the whole text. */
export function mergeResults(text: string, parts: { slice: Slice; result: AnalysisResult }[], fallback: Pick<AnalysisResult, 'published' | 'lang'>): AnalysisResult {
  const merged: AnalysisResult = {
    text,
    published: parts[0]?.result.published ?? fallback.published,
    lang: parts[0]?.result.lang ?? fallback.lang,
    actors: [],
    candidates: [],
    dates: [],
    claims: [],
    events: [],
  };
  for (const { slice, result } of parts) {
    const by = slice.start;
    const claimBase = merged.claims.length;
    merged.actors.push(...shift(result.actors, by));
    merged.candidates.push(...shift(result.candidates, by));
    merged.dates.push(...shift(result.dates, by));
    merged.claims.push(
      ...shift(result.claims, by).map((c) =>
        c.speakerStart === undefined || c.speakerEnd === undefined ? c : { ...c, speakerStart: c.speakerStart + by, speakerEnd: c.speakerEnd + by },
      ),
    );
    merged.events.push(...shift(result.events, by).map((e) => ({ ...e, claims: e.claims.map((i) => i + claimBase) })));
  }
  return merged;
}

export interface SliceOptions {
  maxChars?: number;
  /** Gives the main thread back between slices (setTimeout / scheduler.yield in a page). */
  yieldToPage?: () => Promise<void>;
  /** Stops early (page navigated away, extension reloaded). */
  signal?: AbortSignal;
}

/** Analyses `text` slice by slice; `analyzeSlice` is the engine bound to a gazetteer and options. */
export async function analyzeInSlices(
  text: string,
  analyzeSlice: (slice: string) => AnalysisResult,
  fallback: Pick<AnalysisResult, 'published' | 'lang'>,
  opts: SliceOptions = {},
): Promise<AnalysisResult> {
  const parts: { slice: Slice; result: AnalysisResult }[] = [];
  const slices = sliceText(text, opts.maxChars);
  for (let i = 0; i < slices.length; i++) {
    if (opts.signal?.aborted) throw new Error('aborted');
    const slice = slices[i];
    parts.push({ slice, result: analyzeSlice(text.slice(slice.start, slice.end)) });
    if (i < slices.length - 1) await opts.yieldToPage?.();
  }
  return mergeResults(text, parts, fallback);
}

/** The part of a result inside [start, end) — what the page's main content says — for the store. */
export function withinRegion(result: AnalysisResult, start: number, end: number): AnalysisResult {
  const inside = <T extends { start: number; end: number }>(s: T) => s.start >= start && s.end <= end;
  const keptClaims: number[] = [];
  const claims = result.claims.filter((c, i) => inside(c) && keptClaims.push(i));
  const claimIndex = new Map(keptClaims.map((old, i) => [old, i]));
  return {
    ...result,
    actors: result.actors.filter(inside),
    candidates: result.candidates.filter(inside),
    dates: result.dates.filter(inside),
    claims,
    events: result.events
      .filter(inside)
      .map((e) => ({ ...e, claims: e.claims.filter((i) => claimIndex.has(i)).map((i) => claimIndex.get(i)!) })),
  };
}
