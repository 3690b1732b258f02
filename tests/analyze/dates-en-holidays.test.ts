import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';
import { easter } from '../../utils/analyze/dates/parsers-holidays';

const dates = (t: string, published: string) => findDates(t, published, 'en').map((d) => [d.text, d.timex ?? d.value]);

// Sentences from the Readability test pages and the Scrapinghub article bodies.
describe('English named days', () => {
  it('reads fixed holidays by the tense and movable ones in their year', () => {
    expect(dates('The festival lights were switched on and will shine until after Christmas.', '2018-11-29')).toEqual([['Christmas', '2018-12-25']]);
    expect(dates('He was arrested on Christmas Eve, police said.', '2019-01-03')).toEqual([['Christmas Eve', '2018-12-24']]);
    expect(dates('Back on the schooner the day after Easter, Bassi and his crew set out.', '2019-04-28')).toEqual([['the day after Easter', '2019-04-22']]);
    expect(dates('Shoppers lined up on Thanksgiving 2012 for the first deals.', '2013-03-22')).toEqual([['Thanksgiving 2012', '2012-11-22']]);
  });

  it('computes the days that move: the Easter cycle and US weekday holidays', () => {
    // The Seattle Times, 2019-04-28 (Mother's Day 2019 was 12 May in the US).
    const halibut = 'This is a peak time of year for halibut, with consumers seeking out fresh fish for Easter and Mother’s Day, Besecker said.';
    expect(dates(halibut, '2019-04-28')).toEqual([
      ['Easter', '2019-04-21'],
      ['Mother’s Day', '2019-05-12'],
    ]);
    // The calendar of 2013 (chrono read "Good Friday" as the nearest Friday).
    const names = "Good Friday, Palm Sunday, Ash Wednesday, Easter Monday, Memorial Day, Labor Day, Father's Day, St. Patrick's Day";
    expect(dates(names, '2013-04-05').map(([, v]) => v)).toEqual(['2013-03-29', '2013-03-24', '2013-02-13', '2013-04-01', '2013-05-27', '2013-09-02', '2013-06-16', '2013-03-17']);
  });

  it('leaves names and things called after a holiday alone', () => {
    expect(dates('They put up a Christmas tree in Revolution Square.', '1998-01-20')).toEqual([]);
    expect(dates('The statues of Easter Island are eroding.', '2019-06-15')).toEqual([]);
  });

  it('computes Easter Sunday', () => {
    expect(easter(2013)).toEqual([3, 31]);
    expect(easter(2019)).toEqual([4, 21]);
    expect(easter(2025)).toEqual([4, 20]);
  });

  it('reads "these days" as the present', () => {
    expect(dates('These days, women programmers describe a different experience.', '2019-06-15')).toEqual([['These days', 'PRESENT_REF']]);
  });
});
