/**
 * Date resolution on random text and random publication days: no exception, spans inside the text,
 * and every value a real calendar date in the declared precision.
 *
 * Each property runs twice: a fixed-seed part (the same inputs on every run, so CI is repeatable and
 * a regression fails every time) and a random part (new inputs each run, bounded by time so a loaded
 * two-core machine runs fewer of them instead of timing out; fast-check prints its seed and path
 * to replay a failure, and FUZZ_SEED fixes it). A slow input fails by name, not as a test timeout:
 * every call is timed against SLOW_CALL_MS (a call takes about 1 ms; 30 ms is the worst seen in
 * 180,000), and a real hang still exceeds the test timeout.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';
import type { DateSpan, Lang } from '../../utils/analyze/types';
import { expectSpansInside, lang, newsText, publishedDay } from './arbitraries';

const FIXED_SEED = 20251124;
const RANDOM_BUDGET_MS = 5_000;
const SLOW_CALL_MS = 3_000;
const TEST_TIMEOUT_MS = 60_000;
const randomSeed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** The fixed part, then the random part of a property. */
function check<T>(property: fc.IProperty<T>, fixedRuns: number, randomRuns: number, examples: T[] = []): void {
  fc.assert(property, { numRuns: fixedRuns, seed: FIXED_SEED, examples });
  fc.assert(property, { numRuns: randomRuns, seed: randomSeed, interruptAfterTimeLimit: RANDOM_BUDGET_MS, markInterruptAsFailure: false });
}

function timedFindDates(text: string, published: string, l: Lang): DateSpan[] {
  const started = performance.now();
  const dates = findDates(text, published, l);
  const took = performance.now() - started;
  expect(took, `findDates took ${took.toFixed(0)} ms on ${JSON.stringify(text)} (${l}, ${published})`).toBeLessThan(SLOW_CALL_MS);
  return dates;
}

const SHAPE = { year: /^\d{4}$/, month: /^\d{4}-(0[1-9]|1[0-2])$/, day: /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/ };

function realDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkValue(value: string, precision: 'day' | 'month' | 'year'): void {
  expect(value, precision).toMatch(SHAPE[precision]);
  if (precision === 'day') expect(realDay(value), value).toBe(true);
}

describe('findDates fuzz', () => {
  // Each language's chrono is built on its first call (hundreds of ms cold): not a slow input.
  beforeAll(() => {
    for (const l of ['uk', 'ru', 'en'] as const) findDates('24 листопада 2025, November 24, 2025', '2025-11-24', l);
  });

  test('random text × random publication day × language: valid spans and values', () => {
    const property = fc.property(newsText(30), publishedDay, lang, (text, published, l) => {
      const dates = timedFindDates(text, published, l);
      expect(expectSpansInside(text, dates)).toBeNull();
      for (const d of dates) {
        checkValue(d.value, d.precision);
        if (d.endValue) {
          expect(d.endValue).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          // The end must not close before the start: an end year or month runs to its last day
          // ('24 ноября-в 2025 г.' reads as 2025-11-24 through 2025, which is no inversion).
          expect(`${d.endValue}~` >= d.value, `${d.value}..${d.endValue} in ${JSON.stringify(d.text)}`).toBe(true);
        }
      }
      for (let i = 1; i < dates.length; i++) expect(dates[i].start).toBeGreaterThanOrEqual(dates[i - 1].start);
    });
    // The shrunk counterexample the random part once found (seed 12, path 31399:13:7).
    check(property, 200, 300, [['24 ноября-в 2025 г.', '1970-01-01', 'ru']]);
  }, TEST_TIMEOUT_MS);

  test('relative words resolve near the publication day, whatever the day (leap years, year ends)', () => {
    const words = fc.constantFrom(['вчора', 'uk'], ['вчера', 'ru'], ['yesterday', 'en']) as fc.Arbitrary<[string, Lang]>;
    const property = fc.property(publishedDay, words, (published, [word, l]) => {
      const text = l === 'en' ? `The meeting took place ${word}.` : `${word[0].toUpperCase()}${word.slice(1)} відбулася зустріч.`;
      const dates = timedFindDates(text, published, l);
      expect(dates).toHaveLength(1);
      const expected = new Date(`${published}T12:00:00Z`);
      expected.setUTCDate(expected.getUTCDate() - 1);
      expect(dates[0].value).toBe(expected.toISOString().slice(0, 10));
    });
    // Days after a leap day, a year's first day and the calendar's limits, in every language.
    const edges = ['2024-03-01', '2000-03-01', '1900-03-01', '2100-01-01', '2025-01-01'];
    check(property, 100, 200, edges.flatMap((d) => (['uk', 'ru', 'en'] as const).map((l): [string, [string, Lang]] => [d, [{ uk: 'вчора', ru: 'вчера', en: 'yesterday' }[l], l]])));
  }, TEST_TIMEOUT_MS);

  test('arbitrary binary strings never throw', () => {
    const property = fc.property(fc.string({ unit: 'binary', maxLength: 120 }), publishedDay, lang, (text, published, l) => {
      expect(expectSpansInside(text, timedFindDates(text, published, l))).toBeNull();
    });
    check(property, 100, 200);
  }, TEST_TIMEOUT_MS);
});
