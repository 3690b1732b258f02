import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';

const all = (t: string, published: string) =>
  findDates(t, published, 'en').map((d) => [d.text, d.value, d.precision, d.endValue].filter(Boolean));

describe('English reporting periods', () => {
  it('reads a period ended on a given day as the months it covers, and the day apart', () => {
    expect(all('For the year ended Sept. 30, Ralston earned $422.5 million.', '1989-11-02')).toEqual([
      ['the year', '1988-10', 'month', '1989-09'],
      ['Sept. 30', '1989-09-30', 'day'],
    ]);
    expect(all('In the quarter ended July 31, Jayark had an average of 10 employees.', '1989-11-02')).toEqual([
      ['the quarter', '1989-05', 'month', '1989-07'],
      ['July 31', '1989-07-31', 'day'],
    ]);
    // A number of months is a length of time; only its closing day is a date.
    expect(all('In the nine months ended June 30, 1989, net income rose 5%.', '1989-11-02')).toEqual([
      ['June 30, 1989', '1989-06-30', 'day'],
    ]);
  });

  it('dates a fiscal quarter by its year only, since its months depend on the company', () => {
    const [d] = findDates('Sales in the fiscal third quarter rose 5%.', '1989-11-02', 'en');
    expect([d.text, d.value, d.precision, d.timex, d.endValue]).toEqual(['the fiscal third quarter', '1989', 'year', '1989-Q3', undefined]);
    expect(all("Apple's fiscal first-quarter results beat forecasts.", '2019-11-02')).toEqual([['fiscal first-quarter', '2019', 'year']]);
  });

  it('reads halves and quarters of a relative year', () => {
    expect(all('Profit fell in the first half.', '1989-11-02')).toEqual([['the first half', '1989-01', 'month', '1989-06']]);
    expect(all('Sales rose in the second half of 1988.', '1989-11-02')).toEqual([
      ['the second half of 1988', '1988-07', 'month', '1988-12'],
    ]);
    expect(all('GM lost $6 billion in the first quarter of last year.', '2009-05-07')).toEqual([
      ['the first quarter of last year', '2008-01', 'month', '2008-03'],
    ]);
  });

  it('reads "last week" and "next week" as Monday-to-Sunday weeks', () => {
    expect(all('The company said last week that it would cut jobs.', '2004-11-24')).toEqual([
      ['last week', '2004-11-15', 'day', '2004-11-21'],
    ]);
    expect(all('The talks resume next week in Geneva.', '1998-03-22')).toEqual([['next week', '1998-03-23', 'day', '1998-03-29']]);
  });

  it('reads a bare year before a comma or a full stop, but not a decimal', () => {
    expect(all('The units keep their names until early 1990, when each adopts a new one.', '1989-11-02')).toEqual([
      ['1990', '1990', 'year'],
    ]);
    expect(all('Profit rose in fiscal 1989.', '1989-11-02')).toEqual([['1989', '1989', 'year']]);
    expect(all('The index closed at 1990.5 points.', '1989-11-02')).toEqual([]);
  });
});

describe('English lengths of time', () => {
  it('does not turn "the next two years" or "after ten years" into the day at their far end', () => {
    expect(all('But in the past three months, stocks have plunged.', '1998-01-08')).toEqual([]);
    expect(all("At the big brokerage houses, after ten years of boom, they're talking about layoffs.", '1998-01-08')).toEqual([]);
    expect(all("I think it's not going to change for a couple of years.", '1998-01-08')).toEqual([]);
    expect(all('He would not be surprised if, over the next two years, its share increased.', '1989-10-30')).toEqual([]);
  });

  it('keeps points reached by a length ("two years ago", "in two days") and "the SEC" is no second', () => {
    expect(all('He left the firm two years ago.', '1998-01-08')).toEqual([['two years ago', '1996', 'year']]);
    expect(all('The envoy will be back in two days.', '1998-01-08')).toEqual([['in two days', '1998-01-10', 'day']]);
    expect(all('Mr. Antar has denied allegations in the SEC suit.', '1989-10-30')).toEqual([]);
  });
});

describe('English tense around a date', () => {
  it('reads "expected to be completed" as the future, a bare "be" + participle being passive', () => {
    expect(all('They said the transaction is expected to be completed by Dec. 15.', '1989-10-31')).toEqual([
      ['Dec. 15', '1989-12-15', 'day'],
    ]);
    expect(all('The sale was completed on Dec. 15.', '1989-10-31')).toEqual([['Dec. 15', '1988-12-15', 'day']]);
  });
});
