/**
 * Scoring helpers shared by the tasks. Kept free of corpus knowledge so the unit tests can check the
 * arithmetic on hand-made spans.
 */
import type { Figure, Miss } from './types';

export interface Range {
  start: number;
  end: number;
}

export function ratio(metric: string, num: number, den: number, info = false): Figure {
  return { metric, value: den ? num / den : 0, num, den, ...(info ? { info } : {}) };
}

/** Precision, recall and F1 from matched counts; the F1 figure carries tp over the mean of both sides. */
export function prf(tpPred: number, predicted: number, tpGold: number, gold: number, prefix = ''): Figure[] {
  const p = predicted ? tpPred / predicted : 0;
  const r = gold ? tpGold / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [
    ratio(`${prefix}precision`, tpPred, predicted),
    ratio(`${prefix}recall`, tpGold, gold),
    { metric: `${prefix}f1`, value: f, num: tpGold, den: (gold + predicted) / 2 },
  ];
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
export const sameSpan = (a: Range, b: Range): boolean => a.start === b.start && a.end === b.end;
export const overlapLength = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The candidate with the largest overlap with `gold`, or undefined when none overlaps. */
export function bestOverlap<T extends Range>(gold: Range, candidates: T[]): T | undefined {
  let best: T | undefined;
  let bestLen = 0;
  for (const c of candidates) {
    const len = overlapLength(gold, c);
    if (len > bestLen) {
      best = c;
      bestLen = len;
    }
  }
  return best;
}

/**
 * Maps code-point offsets (Python's str indexes, as SlavicNER and PolNeAR write them) to UTF-16
 * offsets (what the engine returns). Identity when the text has no astral characters.
 */
export function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** Groups misses by key, most frequent first, keeping the first example of each. */
export function worstMisses(misses: Miss[], n = 5): { key: string; count: number; example: string }[] {
  const groups = new Map<string, { key: string; count: number; example: string }>();
  for (const m of misses) {
    const g = groups.get(m.key);
    if (g) g.count++;
    else groups.set(m.key, { key: m.key, count: 1, example: m.example });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count).slice(0, n);
}

/** A short window of `text` around a range, with the range in [brackets]. */
export function context(text: string, r: Range, width = 40): string {
  const left = text.slice(Math.max(0, r.start - width), r.start).replace(/\s+/g, ' ');
  const right = text.slice(r.end, r.end + width).replace(/\s+/g, ' ');
  return `…${left}[${text.slice(r.start, r.end)}]${right}…`;
}

/** Lower-cased words of a name, for comparing names across case forms and orderings. */
export function words(s: string): string[] {
  return s.toLowerCase().replace(/[ʼ’']/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}
