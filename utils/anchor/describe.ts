/**
 * Describing a passage as W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors):
 * a TextQuoteSelector (the words, with some context either side to tell repeated words apart) and a
 * TextPositionSelector (offsets into the page's extracted text, a fast first guess next time).
 * Offsets are into the text `utils/page/extract` produces, the same text the engine analyses.
 */
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../db/records';

/** Characters of context kept either side; Hypothesis uses 32, enough to disambiguate a repeated phrase. */
export const CONTEXT_CHARS = 32;

export interface TextSpan {
  start: number;
  end: number;
}

/** The quote and position selectors for `text[start, end)`. */
export function describeSpan(text: string, start: number, end: number, context = CONTEXT_CHARS): [TextQuoteSelector, TextPositionSelector] {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return [
    { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(Math.max(0, s - context), s), suffix: text.slice(e, e + context) },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}

/** Shrinks a span so it neither starts nor ends with whitespace (a sloppy mouse selection). */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function quoteOf(selectors: readonly Selector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionOf(selectors: readonly Selector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/** What `describeRange` needs from an extracted page (utils/page/extract's PageText has it). */
export interface OffsetMap {
  text: string;
  offsetToDomPoint(offset: number, bias?: 'forward' | 'backward'): { node: Node; offset: number } | null;
}

/**
 * Where `range` lies in the extracted text. The offset map only goes text -> DOM, and DOM points
 * grow with text offsets, so a binary search over offsets finds each boundary in O(log n) DOM
 * comparisons, without a second walk of the page. Null when the range covers no extracted text.
 */
export function rangeToSpan(page: OffsetMap, range: Range): TextSpan | null {
  const n = page.text.length;
  const cmp = (offset: number, bias: 'forward' | 'backward'): number => {
    const p = page.offsetToDomPoint(offset, bias);
    if (!p) return 1;
    try {
      return range.comparePoint(p.node, p.offset);
    } catch {
      return 1; // another document or a detached tree
    }
  };
  // First offset whose point is at or after the range's start.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(mid, 'forward') >= 0) hi = mid;
    else lo = mid + 1;
  }
  const start = lo;
  // First offset whose point (as the end of a span) lies after the range's end.
  lo = start;
  hi = n + 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mid > n || cmp(mid, 'backward') > 0) hi = mid;
    else lo = mid + 1;
  }
  const end = lo - 1;
  if (end <= start) return null;
  const span = trimSpan(page.text, { start, end });
  return span.end > span.start ? span : null;
}

/** Selectors for a live DOM range, or null when it holds no readable text. */
export function describeRange(page: OffsetMap, range: Range): { selectors: Selector[]; quote: string; span: TextSpan } | null {
  const span = rangeToSpan(page, range);
  if (!span) return null;
  const [quote, position] = describeSpan(page.text, span.start, span.end);
  return { selectors: [quote, position], quote: quote.exact, span };
}
