import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';

// Sentences from the Scrapinghub and Readability English pages, TimeBank (dev) and MEANTIME, with
// the publication day of their page.
const dates = (t: string, published: string) => findDates(t, published, 'en').map((d) => [d.text, d.timex ?? d.value]);

describe('English dates counted from another date of the text', () => {
  it('moves "one year later" from the month the sentence before named, not from publication', () => {
    const text = 'The LibreOffice project was announced with great fanfare in September 2010. Nearly one year later, the OpenOffice.org project (from which LibreOffice was forked) was cut loose from Oracle.';
    expect(dates(text, '2015-03-25')).toEqual([
      ['September 2010', '2010-09'],
      ['one year later', '2011'],
    ]);
  });

  it('reads "the previous week" as the ISO week before the day of the paragraph before', () => {
    const text = 'The company shelved its plans for an initial public offering on September 30 after investors grew wary of its losses.\n\nNeumann had resigned as CEO the previous week.';
    const found = findDates(text, '2019-11-18', 'en');
    expect(found.map((d) => [d.text, d.value, d.endValue, d.timex])).toEqual([
      ['September 30', '2019-09-30', undefined, undefined],
      ['the previous week', '2019-09-23', '2019-09-29', '2019-W39'],
    ]);
  });

  it('leaves "that day" and "the same day" out when no day comes before them', () => {
    // "18 years ago" is a year, too coarse to say which day "the same day" is.
    expect(dates('He cited an alibi of being at a pizza restaurant in England with his daughter 18 years ago – on the same day it is alleged he raped a 17-year-old girl.', '2019-11-18')).toEqual([
      ['18 years ago', '2001'],
    ]);
    expect(dates('Soon after we moved here we went to a festival and he passed out while waiting in line for a ride. Since that day he has never forgotten to make sure he has water.', '2014-09-15')).toEqual([]);
  });

  it('keeps a bare "next year" the year after publication, not the year after "November 2020" before it', () => {
    // VOA News guide, late 2019 (its list of ended campaigns stops at ones from November 2019).
    // Only "the next year" counts from a date of the text; read so, this one would be 2021.
    const text = 'The next U.S. presidential election is not until November 2020, but there is already a large field of Democrats eager to contend for their party’s presidential nomination next year.';
    expect(dates(text, '2019-11-25')).toEqual([
      ['November 2020', '2020-11'],
      ['next year', '2020'],
    ]);
  });

  it('keeps "the day after Easter" whole, anchored on what follows', () => {
    expect(dates('Back on the schooner the day after Easter, Bassi and his crew set out.', '2019-04-28')).toEqual([['the day after Easter', '2019-04-22']]);
  });
});

describe('English vague pasts (TIMEX3 PAST_REF)', () => {
  it('reads "several years ago" as the past, not three years back', () => {
    expect(dates('Polls have shown public support for a republic increasing, rising from about 35 percent several years ago to about 51 percent this year.', '1998-02-13')).toEqual([
      ['several years ago', 'PAST_REF'],
      ['this year', '1998'],
    ]);
  });

  it('keeps a counted "two decades ago" as its year', () => {
    expect(dates("More than two decades ago, NASA's Galileo spacecraft found evidence of an electrically conductive fluid.", '2019-11-19')).toEqual([['two decades ago', '1999']]);
  });
});

describe('English named days and parts of a month', () => {
  it('reads the US Election Day as the Tuesday after the first Monday of November', () => {
    expect(dates('“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted before Election Day.', '2019-11-19')).toEqual([
      ['Election Day', '2019-11-05'],
    ]);
  });

  it('reads "last June" and "this past January" as the latest such month before publication', () => {
    expect(dates("The warning by the U.S. attorney's office follows two decisions by the U.S. Supreme Court last June.", '1989-10-27')).toEqual([['last June', '1989-06']]);
    expect(dates('Even this past January, which was unseasonably mild, there were 750 leaks, Con Edison officials said.', '2019-02-21')).toEqual([
      ['this past January', '2019-01'],
    ]);
    expect(dates('Last October, some concerns were raised on the OpenOffice list about the project.', '2015-03-25')).toEqual([['Last October', '2014-10']]);
  });

  it('reads "the end of the month" as the month its sentence named, else the publication month', () => {
    const text = 'Erdogan demanded in early February that Syrian forces withdraw by the end of the month from a “de-escalation zone” around Idlib agreed by Turkey, Russia and Iran in 2017.';
    expect(dates(text, '2020-03-02')).toEqual([
      ['February', '2020-02'],
      ['the end of the month', '2020-02'],
      ['in 2017', '2017'],
    ]);
    expect(dates('Tinsley and Phalen are hoping airports will reopen at the end of the month and they’ll be able to eventually fly home, with Capo.', '2020-04-24')).toEqual([
      ['the end of the month', '2020-04'],
    ]);
  });
});
