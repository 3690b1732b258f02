import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';

// Sentences from TimeBank (TempEval-3 dev) and MEANTIME, with the publication day of their document.
const dates = (t: string, published: string) => findDates(t, published, 'en').map((d) => [d.text, d.timex ?? d.value]);

describe('English reporting periods named relative to publication', () => {
  it('reads the current and the latest quarter', () => {
    expect(dates('Sales were booked in the second and fourth quarters, with the current quarter having begun " extremely well."', '1989-10-26')).toContainEqual([
      'the current quarter',
      '1989-Q4',
    ]);
    expect(dates('Kellogg took a one-time charge of $14.8 million in the latest quarter covering the disposition of certain assets.', '1989-10-30')).toEqual([
      ['the latest quarter', '1989-Q3'],
    ]);
    expect(dates('Profit fell in the last quarter of 1988.', '1989-10-26')).toEqual([['the last quarter of 1988', '1988-Q4']]);
    expect(dates('In the year-ago period, Bethlehem earned $101.4 million, or $1.27 a share.', '1989-10-26')).toEqual([['the year-ago period', '1988-Q3']]);
  });

  it('reads the end of last year as that year, and the last week of a month as its ISO week', () => {
    expect(dates('At the end of last year , the auto maker had just over 54,000 employees .', '2009-02-18')).toEqual([['the end of last year', '2008']]);
    expect(dates('Executives said there was some hope, as car sales rebounded in the last week of March .', '2009-04-01')).toEqual([
      ['the last week of March', '2009-W13'],
    ]);
  });
});

describe('English tense around a date', () => {
  it('reads an infinitive that looks ahead as the future', () => {
    expect(dates('They said they expect the transaction to be completed by Dec. 15.', '1989-10-31')).toEqual([['Dec. 15', '1989-12-15']]);
    expect(dates('The attempt was to undermine the peace process, set to resume Monday in Belfast.', '1998-03-22')).toEqual([['Monday', '1998-03-23']]);
    // A market's close is no plan.
    expect(dates('Telerate shares fell 50 cents on Friday to close at $20 each in New York Stock Exchange composite trading.', '1989-10-30')).toEqual([
      ['on Friday', '1989-10-27'],
    ]);
  });

  it('reads "recent" before a noun as the past, but not "in recent weeks"', () => {
    expect(dates('The automobile manufacturers have been hard hit in the recent economic downturn .', '2009-01-07')).toEqual([['recent', 'PAST_REF']]);
    expect(dates('But in recent weeks, construction-industry sources said the plant would be delayed.', '1989-10-30')).toEqual([]);
  });

  it('reads a scheduled present ("which ends on June 26") as the nearest date, not the past', () => {
    expect(dates('Reitzes estimated that eight million iPhones will have been sold by the end of the current financial quarter , which ends on June 26 .', '2010-06-16')).toContainEqual([
      'June 26',
      '2010-06-26',
    ]);
  });
});
