import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';
import { isoWeek } from '../../utils/analyze/dates/timex';

// Sentences from TimeBank (TempEval-3 dev) and MEANTIME, with the publication day of their document.
const timex = (t: string, published: string) => findDates(t, published, 'en').map((d) => [d.text, d.value, d.timex]);

describe('TIMEX3 values of periods the calendar value cannot name', () => {
  it('names quarters and halves, keeping the first month as the value', () => {
    expect(timex('Hadson expects to report a third-quarter net loss.', '1989-11-02')).toEqual([['third-quarter', '1989-07', '1989-Q3']]);
    expect(timex('General Motors announced it has lost US$ 6 billion in the first quarter of 2009 , amidst heavy declines in revenue.', '2009-05-07')).toEqual([
      ['the first quarter of 2009', '2009-01', '2009-Q1'],
    ]);
    expect(timex('Sales rose in the second half of 1988.', '1989-10-26')).toEqual([['the second half of 1988', '1988-07', '1988-H2']]);
  });

  it("names weeks by their ISO number; a Sunday paper's last week is the one just ending", () => {
    expect(timex('He had pending meetings with Tony Blair 10 days ago and President Clinton last week.', '1998-03-22')).toContainEqual([
      'last week',
      '1998-03-16',
      '1998-W12',
    ]);
    expect(timex('After a plan to bail out three large American auto companies failed to pass the Senate this week , the White House said it is considering it.', '2008-12-13')).toEqual([
      ['this week', '2008-12-08', '2008-W50'],
    ]);
  });

  it('names seasons, decades and centuries', () => {
    expect(timex("They pledge to participate in each others' road-blocking protests this summer.", '1998-03-22')).toEqual([['this summer', '1998-06', '1998-SU']]);
    expect(timex('Hate group numbers dropped through the nineties.', '1998-03-03')).toEqual([['the nineties', '1990', '199']]);
    expect(timex("It's no secret that she is a 20th century democrat.", '1998-02-13')).toEqual([['20th century', '1901', '19']]);
  });

  it('leaves plain days, months and years without one', () => {
    expect(timex('The company reported its results on Oct. 5, 1989.', '1989-11-02')).toEqual([['Oct. 5, 1989', '1989-10-05', undefined]]);
  });

  it('numbers ISO weeks across a year boundary by their Thursday', () => {
    expect(isoWeek({ year: 2008, month: 12, day: 29 })).toBe('2009-W01');
    expect(isoWeek({ year: 2010, month: 1, day: 3 })).toBe('2009-W53');
    expect(isoWeek({ year: 1998, month: 1, day: 19 })).toBe('1998-W04');
  });
});

describe('TIMEX3 values of weekends, decades ago and the end of a month', () => {
  it('names a weekend by its ISO week', () => {
    expect(timex('Barclays PLC pulled out of negotiations over the weekend .', '2008-09-17')).toEqual([['weekend', '2008-09-13', '2008-W37-WE']]);
    expect(timex('Investors are awaiting the outcome of several meetings that will be held this weekend .', '2008-10-09')).toEqual([
      ['this weekend', '2008-10-11', '2008-W41-WE'],
    ]);
  });

  it('reads "a decade ago" as a year and "the end of March" as the month', () => {
    expect(timex('The plant closed a decade ago.', '2013-03-22')).toEqual([['a decade ago', '2003', undefined]]);
    expect(timex('GM has until the end of May to restructure its company.', '2009-04-03')).toEqual([['end of May', '2009-05', undefined]]);
  });

  it('reads a season or fiscal year written with a short second year', () => {
    const span = (t: string, published: string) => findDates(t, published, 'en').map((d) => [d.text, d.value, d.endValue, d.timex]);
    // A 2015 news story on Lamar Odom; a geography quiz on the Somerset Levels floods.
    expect(span('Currently a free agent, he last played for the Los Angeles Clippers during the 2012-13 season and is no longer attached to any team.', '2015-10-14')).toContainEqual(['2012-13', '2012', '2013', undefined]);
    expect(span('Around 600 homes were flooded across the Somerset Levels in winter 2013-14.', '2020-01-10')).toEqual([['winter 2013-14', '2013-12', '2014-02', '2014-WI']]);
    // Only the next year: '2012-14' is no season.
    expect(span('They scored 2012-14 in the final.', '2015-10-14')).toEqual([]);
  });
});
