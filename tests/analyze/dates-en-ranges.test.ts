import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';

// Sentences from public English news and sport pages, with the publication day of their page.
const dates = (t: string, published: string) => findDates(t, published, 'en').map((d) => [d.text, d.value, d.endValue]);

describe('English periods that end at a date the text names', () => {
  it('reads "in the year to March 2018" as that month, not a year ahead joined to it', () => {
    // chrono made "in the year" a year after publication (2019) and ranged it to March 2018.
    const text = 'Looking at the constituent countries individually, the largest year-on-year price growth was seen in Scotland, where house prices rose by 6.7% in the year to March 2018.';
    expect(dates(text, '2018-05-16')).toEqual([['March 2018', '2018-03', undefined]]);
  });
});

describe('English season years', () => {
  it('reads "in 2012–13," as both years when a comma closes the phrase', () => {
    const text = 'After his first full season at Chelsea was close to a complete disaster (except for the goal against Barcelona), Torres started showing some signs of brilliance in 2012–13, especially in the Europa League.';
    expect(dates(text, '2023-05-24')).toEqual([['in 2012–13', '2012', '2013']]);
  });
});
