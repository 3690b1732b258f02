/**
 * Date resolution on random text and random publication days: no exception, spans inside the text,
 * and every value a real calendar date in the declared precision.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';
import { expectSpansInside, lang, newsText, publishedDay } from './arbitraries';

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
  test('random text × random publication day × language: valid spans and values', () => {
    fc.assert(
      fc.property(newsText(30), publishedDay, lang, (text, published, l) => {
        const dates = findDates(text, published, l);
        expect(expectSpansInside(text, dates)).toBeNull();
        for (const d of dates) {
          checkValue(d.value, d.precision);
          if (d.endValue) {
            expect(d.endValue).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
            expect(d.endValue >= d.value, `${d.value}..${d.endValue} in ${JSON.stringify(d.text)}`).toBe(true);
          }
        }
        for (let i = 1; i < dates.length; i++) expect(dates[i].start).toBeGreaterThanOrEqual(dates[i - 1].start);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test('relative words resolve near the publication day, whatever the day (leap years, year ends)', () => {
    fc.assert(
      fc.property(publishedDay, fc.constantFrom(['вчора', 'uk'], ['вчера', 'ru'], ['yesterday', 'en']) as fc.Arbitrary<[string, 'uk' | 'ru' | 'en']>, (published, [word, l]) => {
        const text = `${word[0].toUpperCase()}${word.slice(1)} відбулася зустріч.`;
        const dates = findDates(l === 'en' ? `The meeting took place ${word}.` : text, published, l);
        expect(dates).toHaveLength(1);
        const expected = new Date(`${published}T12:00:00Z`);
        expected.setUTCDate(expected.getUTCDate() - 1);
        expect(dates[0].value).toBe(expected.toISOString().slice(0, 10));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  test('arbitrary binary strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), publishedDay, lang, (text, published, l) => {
        expect(expectSpansInside(text, findDates(text, published, l))).toBeNull();
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
