import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';

const all = (t: string, published: string) =>
  findDates(t, published, 'en').map((d) => [d.text, d.value, d.precision, d.endValue].filter(Boolean));

describe('English periods', () => {
  it('reads quarters as month ranges, with the year from the text or the tense', () => {
    expect(all('Hadson expects to report a third-quarter net loss.', '1989-11-02')).toEqual([
      ['third-quarter', '1989-07', 'month', '1989-09'],
    ]);
    expect(all('The trend will continue into the third quarter of 1990.', '1989-10-26')).toEqual([
      ['the third quarter of 1990', '1990-07', 'month', '1990-09'],
    ]);
    expect(all('Revenue rose in Q3 2019.', '2019-11-02')).toEqual([['Q3 2019', '2019-07', 'month', '2019-09']]);
  });

  it('reads seasons with a modifier and "this week" as the publication week', () => {
    expect(all('Protests are planned this summer.', '1998-03-22')).toEqual([['this summer', '1998-06', 'month', '1998-08']]);
    expect(all('We are here this week to witness the visit.', '1998-01-20')).toEqual([
      ['this week', '1998-01-19', 'day', '1998-01-25'],
    ]);
  });

  it('reads a bare year before a noun and a year range, but not a count', () => {
    expect(all('Before the opening of the 2000 Olympics.', '1998-02-13')).toEqual([['2000', '2000', 'year']]);
    expect(all('The 2009-2010 season was his last.', '2011-05-01')).toEqual([['2009-2010', '2009', 'year', '2010']]);
    expect(all('They sold 2000 tickets and won 1995 votes.', '1998-02-13')).toEqual([]);
  });
});

describe('English weekdays and months around the publication day', () => {
  it("reads the publication weekday as that day and a Sunday paper's 'Monday' as the next day", () => {
    expect(all('The talks will resume Friday.', '1998-03-20')).toEqual([['Friday', '1998-03-20', 'day']]);
    expect(all('Talks are set for Monday.', '1998-03-22')).toEqual([['Monday', '1998-03-23', 'day']]);
  });

  it('puts a month after "supposed to" or "scheduled" in the future', () => {
    expect(all('The talks are supposed to conclude by May, officials said.', '1998-03-22')).toEqual([['May', '1998-05', 'month']]);
  });
});

describe('English decades, centuries and the end of the year', () => {
  it('reads decades and centuries as year ranges', () => {
    expect(all('Hate group numbers dropped through the nineties.', '1998-03-03')).toEqual([['the nineties', '1990', 'year', '1999']]);
    expect(all('In the late 1980s prices fell.', '1998-03-20')).toEqual([['the late 1980s', '1980', 'year', '1989']]);
    expect(all('She is a 20th century democrat.', '1998-02-13')).toEqual([['20th century', '1901', 'year', '2000']]);
  });

  it('reads "by the end of the year" as the publication year, and irregular pasts as the past', () => {
    expect(all('By the end of the year prices rose.', '1998-03-20')).toEqual([['the end of the year', '1998', 'year']]);
    expect(all('Over the weekend he left.', '1998-03-20')).toEqual([['weekend', '1998-03-14', 'day']]);
  });
});
