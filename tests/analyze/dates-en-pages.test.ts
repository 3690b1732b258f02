import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';

// Sentences from the Readability test pages (CityLab, LWN, BBC), with their published day or one
// assumed where the page gives none.
const dates = (t: string, published: string) => findDates(t, published, 'en').map((d) => [d.text, d.value, d.endValue].filter(Boolean));

describe('English dates on real pages', () => {
  it('gives a month paired with a dated month its year, and a range its written year', () => {
    expect(dates('Pre-trial disclosure dates have been set for August and October of 2015 (for Arduino SRL and Arduino LLC).', '2015-03-25')).toEqual([
      ['August', '2015-08'],
      ['October of 2015', '2015-10'],
    ]);
    expect(dates('The festival ran from December to February 2009 in Amsterdam.', '2019-06-15')).toEqual([['December to February 2009', '2008-12', '2009-02']]);
  });

  it('drops "24/7", version numbers, and Tomorrow or Today used as a name', () => {
    expect(dates('Neon turned ordinary buildings and surfaces into 24/7 billboards for businesses.', '2019-06-15')).toEqual([]);
    expect(dates('Apache OpenOffice releases: 4.2.7/4.3.3 were the last.', '2015-03-25')).toEqual([]);
    expect(dates('It was shown at the 1939 World’s Fair, an exhibition that heralded “The World of Tomorrow.”', '2019-06-15')).toEqual([['1939', '1939']]);
    expect(dates('“Today, they sometimes seem to evoke a lost world,” de Miranda writes.', '2019-06-15')).toEqual([['Today', '2019-06-15']]);
  });
});

describe('English lengths of time and paper sections on real pages', () => {
  it('drops "after about two months", "for a week" and "the Sunday Business section"', () => {
    expect(dates('But the errors grew exponentially. After about two months of imaginary weather, the runs had nothing in common.', '2019-06-15')).toEqual([]);
    expect(dates('Each spring the Polaris makes a series of trips, at sea for a week or longer at a time.', '2019-04-28')).toEqual([]);
    expect(dates('He joined The Times in 2007 as a feature writer for the Sunday Business section.', '2019-06-15')).toEqual([['in 2007', '2007']]);
  });
});
