import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';

// Each test guards one English rule that had no failing test: each was run with its rule commented
// out and failed. Sentences from dated public pages (a Reuters wire, a web-performance blog, an ML
// blog, an Our World in Data page), with their publication day.
const dates = (t: string, published: string) => findDates(t, published, 'en').map((d) => [d.text, d.value, d.timex]);

describe('"that day" / "the same day" from a day of the text (anaphora-en.ts)', () => {
  it('dates "on that day" with the day its sentence named ("May 2"), not the publication day', () => {
    // Reuters, 2024-03-14. "May 2" itself is put in 2023 by the tense of "Asked … told" (a miss of
    // tense.ts, not of this rule), so the check is that "that day" takes whatever day "May 2" is.
    const text = 'Asked if he would rule out holding a general election on May 2, Sunak told ITV: “there won’t be an election on that day”.';
    const found = findDates(text, '2024-03-14', 'en');
    const may2 = found.find((d) => d.text === 'May 2');
    const thatDay = found.find((d) => d.text === 'that day');
    expect(may2?.value).toMatch(/^\d{4}-05-02$/);
    expect(thatDay).toMatchObject({ value: may2?.value, precision: 'day' });
  });

  it('does not date "the same day as local elections" from "on Thursday" before it', () => {
    // Its day is that of the elections that follow; the Thursday is the day Sunak spoke.
    const text = 'British Prime Minister Rishi Sunak said on Thursday that he will not hold a general election in early May, the same day as local elections.';
    expect(dates(text, '2024-03-14')).toEqual([
      ['on Thursday', '2024-03-14', undefined],
      ['May', '2024-05', undefined],
    ]);
  });
});

describe('"next May", "this March" from the publication month (parsers-en.ts)', () => {
  it('reads "next May" in a December post as May of the following year', () => {
    // The same post says "beginning in May 2021" elsewhere.
    const text = 'Starting next May, as Google Search Results start to take into account Loading (Largest Contentful Paint), Interactivity (First Input Delay) and Visual Stability (Cumulative Layout Shift) metrics, sites that have not focused on improving these metrics will be penalized against sites that are faster to load.';
    expect(dates(text, '2020-12-03')).toEqual([['next May', '2021-05', undefined]]);
  });

  it('reads "released this March" in an April post as March of the same year', () => {
    // Gemma 3 was released in March 2025.
    const text = 'Smaller models, however, continue to struggle with even very basic reasoning: Gemma 3-4B, a 4 billion parameter model released this March, reaches only 38.4% accuracy on grade-school arithmetic tasks.';
    expect(dates(text, '2025-04-01')).toEqual([['this March', '2025-03', undefined]]);
  });
});

describe('"decades ago" with no count (refs-en.ts)', () => {
  it('reads a bare "decades ago" as PAST_REF, a year-precision past with no year of its own', () => {
    const found = findDates('The concept of K+ spatial buffering was first proposed decades ago (Walz, 1982; Verkhratsky and Nedergaard, 2018).', '2020-06-01', 'en');
    expect(found.map((d) => [d.text, d.value, d.precision, d.timex])).toEqual([
      ['decades ago', '2020', 'year', 'PAST_REF'],
      ['1982', '1982', 'year', undefined],
      ['2018', '2018', 'year', undefined],
    ]);
  });
});
