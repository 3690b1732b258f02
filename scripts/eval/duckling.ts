/**
 * Duckling's Ukrainian and Russian time corpora: each phrase resolved at Duckling's reference day
 * (Tuesday 2013-02-12) and compared at the precision the engine keeps (day, month, year). Times of
 * day are compared by their day and reported apart (the engine keeps no times); quarters, which the
 * engine cannot express, are counted and left out. Duckling's own conventions (a bare weekday is the
 * next one) differ from a past-leaning news reader, so such mismatches are reported apart too.
 */
import type { DatePrecision, DateSpan } from '../../utils/analyze/types';
import { evalPath, readText } from './corpus';
import { dateFinder } from './engine';
import { ratio } from './score';
import type { Figure, Miss, Task, TaskResult } from './types';

export interface DucklingExample {
  kind: string;
  grain: string;
  texts: string[];
  value?: string;
  from?: string;
  to?: string;
}

export interface DucklingLang {
  reference_time: string;
  examples: DucklingExample[];
  negative: string[];
}

export type Verdict = 'right' | 'convention' | 'wrong' | 'missed' | 'unsupported';

const TIME_GRAINS = new Set(['Hour', 'Minute', 'Second']);

const truncate = (iso: string, p: DatePrecision): string => iso.slice(0, p === 'year' ? 4 : p === 'month' ? 7 : 10);

const addDays = (ymd: string, n: number): string => {
  const d = new Date(`${ymd.slice(0, 10)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The precision a right answer needs; null for quarters, which the engine cannot express. */
export function expectedPrecision(ex: DucklingExample): DatePrecision | null {
  if (ex.grain === 'Year') return 'year';
  if (ex.grain === 'Month') return 'month';
  if (ex.grain === 'Quarter') return null;
  const start = ex.from ?? ex.value ?? '';
  // "це літо" is a Day-grain interval in Duckling, but whole months: a month answer is exact.
  if (ex.kind === 'datetimeInterval' && ex.grain === 'Day' && /-01$/.test(start) && /-01$/.test(ex.to ?? '')) return 'month';
  return 'day';
}

/** Judges the engine's date for one phrase. */
export function judge(ex: DucklingExample, found: DateSpan | undefined): Verdict {
  const p = expectedPrecision(ex);
  if (p === null) return 'unsupported';
  if (!found) return 'missed';
  const start = ex.from ?? ex.value ?? '';
  if (found.precision !== p) return 'wrong';
  if (ex.grain === 'Week' && ex.kind === 'datetime') {
    // A week is right when the day given falls in it.
    const monday = start.slice(0, 10);
    if (found.value >= monday && found.value < addDays(monday, 7)) return 'right';
  } else if (found.value === truncate(start, p)) return 'right';
  // Past-leaning readings of Duckling's future-leaning conventions: a week or a year earlier.
  const want = truncate(start, p);
  if (p === 'day' && found.value === addDays(want, -7)) return 'convention';
  if (found.value.slice(4) === want.slice(4) && Number(found.value.slice(0, 4)) === Number(want.slice(0, 4)) - 1) return 'convention';
  return 'wrong';
}

/** The date that covers most of the phrase. */
const longest = (dates: DateSpan[]): DateSpan | undefined => [...dates].sort((a, b) => b.end - b.start - (a.end - a.start))[0];

export function scoreDuckling(data: DucklingLang, find: (text: string) => DateSpan[]): { figures: Figure[]; misses: Miss[]; items: number } {
  const misses: Miss[] = [];
  const tally = { date: { n: 0, right: 0, convention: 0 }, time: { n: 0, right: 0, convention: 0 } };
  let unsupported = 0, items = 0;
  for (const ex of data.examples)
    for (const text of ex.texts) {
      items++;
      const found = longest(find(text));
      const verdict = judge(ex, found);
      if (verdict === 'unsupported') {
        unsupported++;
        continue;
      }
      const t = TIME_GRAINS.has(ex.grain) ? tally.time : tally.date;
      t.n++;
      if (verdict === 'right') t.right++;
      else if (verdict === 'convention') t.convention++;
      if (verdict !== 'right') {
        const want = ex.from ? `${ex.from}..${ex.to}` : ex.value;
        const got = found ? `${found.value} (${found.precision}, "${found.text}")` : 'nothing';
        misses.push({ key: `${verdict} ${ex.kind}/${ex.grain}`, example: `"${text}": want ${want}, got ${got}` });
      }
    }
  let clean = 0;
  for (const text of data.negative) {
    items++;
    const found = find(text);
    if (!found.length) clean++;
    else misses.push({ key: 'date in a negative phrase', example: `"${text}" → ${found.map((d) => d.value).join(', ')}` });
  }
  return {
    figures: [
      ratio('value-acc', tally.date.right, tally.date.n),
      ratio('value-acc+conv', tally.date.right + tally.date.convention, tally.date.n, true),
      ratio('time-day-acc', tally.time.right, tally.time.n, true),
      ratio('negatives-clean', clean, data.negative.length, true),
      ratio('quarters-skipped', unsupported, items, true),
    ],
    misses,
    items,
  };
}

export const duckling: Task = {
  name: 'duckling',
  async run() {
    const find = await dateFinder();
    const all = JSON.parse(readText(evalPath('duckling_time_uk_ru', 'duckling_time_uk_ru.json'))) as Record<'uk' | 'ru', DucklingLang>;
    const out: TaskResult[] = [];
    for (const lang of ['uk', 'ru'] as const) {
      const base = { task: 'duckling', lang, corpus: 'duckling_time_uk_ru' };
      if (typeof find === 'string') {
        out.push({ ...base, figures: [], misses: [], items: 0, skipped: find });
        continue;
      }
      const ref = all[lang].reference_time.slice(0, 10);
      out.push({ ...base, ...scoreDuckling(all[lang], (text) => find(text, ref, lang)) });
    }
    return out;
  },
};
