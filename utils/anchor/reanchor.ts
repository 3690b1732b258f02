/**
 * Finding a clip again on a page that may have changed since it was clipped. In order of cost:
 *   1. the stored position still holds the exact quote (page unchanged);
 *   2. the exact quote elsewhere (an ad or a paragraph inserted before it), the prefix/suffix and
 *      the old position telling repeated occurrences apart;
 *   3. an approximate match (a word edited, whitespace or punctuation differs) with
 *      approx-string-match (Myers' bit-parallel algorithm), scored like Hypothesis's client does:
 *      quote similarity first, then context, then closeness to the old position.
 * When nothing is close enough the clip is `orphaned`: shown as such, never drawn on the wrong words.
 * The fuzzy pass runs over the text in chunks and gives the main thread back between them, so a long
 * page never freezes while its clips are re-attached.
 */
import search from 'approx-string-match';
import type { Selector } from '../db/records';
import { positionOf, quoteOf } from './describe';

export type Anchored =
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'quote' | 'fuzzy'; errors: number }
  | { status: 'orphaned' };

export interface ReanchorOptions {
  /** Gives the main thread back (setTimeout(0) in a page); omitted = never yields. */
  yieldToPage?: () => Promise<void>;
  /** Milliseconds of work before yielding. */
  budgetMs?: number;
  /** Characters of text searched per fuzzy step. */
  chunkChars?: number;
  /** Largest share of the quote that may differ and still count as the same passage. */
  maxErrorRate?: number;
  signal?: AbortSignal;
  now?: () => number;
}

const DEFAULTS = { budgetMs: 8, chunkChars: 20_000, maxErrorRate: 0.25 };

/** Shared between the clips of one page, so many short clips yield as one long task would. */
export class Slicer {
  private started: number;
  constructor(private readonly opts: ReanchorOptions) {
    this.started = this.clock();
  }
  private clock(): number {
    return this.opts.now?.() ?? performance.now();
  }
  /** Yields when this slice used its budget; throws if the work was cancelled. */
  async maybeYield(): Promise<void> {
    if (this.opts.signal?.aborted) throw new DOMException('re-anchoring cancelled', 'AbortError');
    if (!this.opts.yieldToPage) return;
    if (this.clock() - this.started < (this.opts.budgetMs ?? DEFAULTS.budgetMs)) return;
    await this.opts.yieldToPage();
    this.started = this.clock();
    if (this.opts.signal?.aborted) throw new DOMException('re-anchoring cancelled', 'AbortError');
  }
}

/** 0..1: how alike two short strings are (1 - edit distance / length), via the same matcher. */
function similarity(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  if (!a.length || !b.length) return 0;
  const max = Math.max(a.length, b.length);
  // Best approximate occurrence of `b` in `a`, allowing up to every character to differ.
  const matches = search(a, b, b.length);
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : b.length;
  return Math.max(0, 1 - errors / max);
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function score(text: string, c: Candidate, quote: string, prefix: string, suffix: string, hint: number | undefined): number {
  const quoteScore = 1 - c.errors / Math.max(1, quote.length);
  const before = prefix ? similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) : 1;
  const after = suffix ? similarity(text.slice(c.end, c.end + suffix.length), suffix) : 1;
  const closeness = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(c.start - hint) / Math.max(1, text.length));
  // Weights from Hypothesis's match-quote: the quote dominates; context breaks ties between copies.
  return (50 * quoteScore + 20 * before + 20 * after + 2 * closeness) / 92;
}

function exactOccurrences(text: string, quote: string, limit = 1000): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i >= 0 && out.length < limit; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

/** Approximate occurrences of `quote` in `text`, chunk by chunk, yielding between chunks. */
async function fuzzyCandidates(text: string, quote: string, maxErrors: number, slicer: Slicer, chunkChars: number): Promise<Candidate[]> {
  const out: Candidate[] = [];
  // Chunks overlap by one quote (plus its allowed insertions), so a match on a boundary is still seen whole.
  const overlap = quote.length + maxErrors;
  const step = Math.max(chunkChars, overlap + 1);
  for (let from = 0; from < text.length; from += step) {
    const to = Math.min(text.length, from + step + overlap);
    for (const m of search(text.slice(from, to), quote, maxErrors)) {
      const c = { start: m.start + from, end: m.end + from, errors: m.errors };
      if (!out.some((o) => o.start === c.start && o.end === c.end)) out.push(c);
    }
    if (to === text.length) break;
    await slicer.maybeYield();
  }
  return out;
}

/** Re-attaches one clip's selectors to the page text (see the file comment for the order). */
export async function reanchor(text: string, selectors: readonly Selector[], opts: ReanchorOptions = {}, slicer = new Slicer(opts)): Promise<Anchored> {
  const quoteSel = quoteOf(selectors);
  const position = positionOf(selectors);
  const quote = quoteSel?.exact ?? '';
  if (!quote) {
    // A position alone can't be checked against anything: trust it only inside the text.
    // Whole, non-negative offsets only: an imported file may hold anything.
    return position && Number.isInteger(position.start) && Number.isInteger(position.end) && position.start >= 0 && position.end <= text.length && position.start < position.end
      ? { status: 'anchored', start: position.start, end: position.end, method: 'position', errors: 0 }
      : { status: 'orphaned' };
  }
  if (position && text.slice(position.start, position.end) === quote) {
    return { status: 'anchored', start: position.start, end: position.end, method: 'position', errors: 0 };
  }
  const prefix = quoteSel?.prefix ?? '';
  const suffix = quoteSel?.suffix ?? '';
  const hint = position?.start;
  const best = (cands: Candidate[]) =>
    cands.map((c) => ({ c, s: score(text, c, quote, prefix, suffix, hint) })).reduce((a, b) => (b.s > a.s ? b : a)).c;

  const exact = exactOccurrences(text, quote);
  if (exact.length) {
    const c = best(exact.map((start) => ({ start, end: start + quote.length, errors: 0 })));
    return { status: 'anchored', ...c, method: 'quote' };
  }
  await slicer.maybeYield();
  const maxErrors = Math.floor(quote.length * (opts.maxErrorRate ?? DEFAULTS.maxErrorRate));
  if (maxErrors < 1) return { status: 'orphaned' };
  const fuzzy = await fuzzyCandidates(text, quote, maxErrors, slicer, opts.chunkChars ?? DEFAULTS.chunkChars);
  if (!fuzzy.length) return { status: 'orphaned' };
  // Myers reports the end of each match and its best start; among the least-error ones prefer context.
  const fewest = Math.min(...fuzzy.map((c) => c.errors));
  const close = fuzzy.filter((c) => c.errors <= fewest + Math.max(1, Math.floor(maxErrors / 4)));
  const c = best(close);
  return { status: 'anchored', ...c, method: 'fuzzy' };
}

/** Re-attaches many clips of one page, sharing one time budget; results in input order. */
export async function reanchorAll<T extends { selector: readonly Selector[] }>(
  text: string,
  clips: readonly T[],
  opts: ReanchorOptions = {},
): Promise<{ clip: T; result: Anchored }[]> {
  const slicer = new Slicer(opts);
  const out: { clip: T; result: Anchored }[] = [];
  for (const clip of clips) {
    out.push({ clip, result: await reanchor(text, clip.selector, opts, slicer) });
    await slicer.maybeYield();
  }
  return out;
}
