/**
 * Scoring date detection against TIMEX3 gold (TempEval-3, MEANTIME): relaxed detection (any overlap)
 * of DATE expressions and strict equality of the resolved value (a range's end for a gold TIMEX on
 * the range's later part). A found date overlapping a gold
 * TIME ("Friday morning") is neither right nor wrong (the engine keeps days, not times of day), a found
 * date overlapping a DURATION or SET or nothing is a false detection.
 */
import type { DateSpan } from '../../utils/analyze/types';
import { bestOverlap, context, overlaps, prf, ratio, type Range } from './score';
import type { Figure, Miss } from './types';

export interface Timex {
  type: string;
  value: string;
  text: string;
  start: number;
  end: number;
}

export interface TimexDoc {
  id: string;
  /** Document creation time, YYYY-MM-DD: the reference for relative dates. */
  dct: string;
  text: string;
  timex: Timex[];
  /** Where the gold is complete (MEANTIME annotates only its first sentences); everywhere if absent. */
  scored?: Range[];
}

/** Digits folded so "in 1998" and "in 2001" group as one kind of miss. */
const shape = (s: string): string => s.toLowerCase().replace(/\d/g, '9').replace(/\s+/g, ' ');

export function scoreTimex(docs: TimexDoc[], predicted: DateSpan[][]): { figures: Figure[]; misses: Miss[] } {
  const misses: Miss[] = [];
  let gold = 0, detected = 0, rightValue = 0, preds = 0, tpPreds = 0;
  docs.forEach((d, i) => {
    const pred = d.scored ? predicted[i].filter((p) => d.scored!.some((r) => p.start >= r.start && p.end <= r.end)) : predicted[i];
    const dates = d.timex.filter((t) => t.type === 'DATE');
    gold += dates.length;
    for (const g of dates) {
      const p = bestOverlap(g, pred);
      if (!p) {
        misses.push({ key: `missed: "${shape(g.text)}"`, example: `${d.id}: ${context(d.text, g)} = ${g.value}` });
        continue;
      }
      detected++;
      // The engine's TIMEX3 value when it names a week, quarter, season or decade, else its date;
      // a gold TIMEX that is the later end of a range the engine read whole ("Sept. 14 to
      // [Thursday]", "2009-[2010]") is that range's end, not its start.
      const rangeEnd = p.endValue && g.start > p.start && /(?:\bto|\bthrough|\buntil|\band|[-–—])\s*$/i.test(d.text.slice(p.start, g.start));
      const value = rangeEnd ? p.endValue : p.timex ?? p.value;
      if (value === g.value) rightValue++;
      else misses.push({ key: `value of "${shape(g.text)}" (${g.value.replace(/\d/g, '9')})`, example: `${d.id} dct ${d.dct}: "${p.text}" want ${g.value}, got ${value}` });
    }
    for (const p of pred) {
      const hit = d.timex.filter((t) => overlaps(t, p));
      if (hit.some((t) => t.type === 'DATE')) tpPreds++;
      else if (hit.some((t) => t.type === 'TIME')) continue;
      else misses.push({ key: `false: "${shape(p.text)}"${hit.length ? ` (gold ${hit[0].type})` : ''}`, example: `${d.id}: ${context(d.text, p)}` });
      preds++;
    }
  });
  return {
    figures: [...prf(tpPreds, preds, detected, gold), ratio('value-acc', rightValue, detected), ratio('value-recall', rightValue, gold, true)],
    misses,
  };
}
