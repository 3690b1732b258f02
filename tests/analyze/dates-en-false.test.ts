import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';

// Sentences from TimeBank (TempEval-3 dev) and MEANTIME, with the publication day of their document.
const dates = (t: string, published: string) => findDates(t, published, 'en').map((d) => [d.text, d.timex ?? d.value]);

describe('English phrases that look like dates and are not one', () => {
  it('drops lengths of time counted from an event the text names', () => {
    expect(dates("Five years after its launch , Apple Computer 's iTunes downloadable music service passed Wal - Mart .", '2008-04-09')).toEqual([]);
    expect(dates('The software will be available on June 17 , two days before the phone launches .', '2008-06-09')).toEqual([['June 17', '2008-06-17']]);
  });

  it('drops recurring times and a company named like a weekday', () => {
    expect(dates('Orangemen march each July from their rural church back downtown.', '1998-03-22')).toEqual([]);
    expect(dates('Sun, a maker of computer workstations, reported sales of $538.5 million.', '1989-10-26')).toEqual([]);
  });
});

describe('English dates chrono misses or joins wrongly', () => {
  it('reads a season after "the" by the tense, and a year after "mid-"', () => {
    expect(dates('It was difficult for Sun to meet demand for its newest computers well into the summer.', '1989-10-26')).toEqual([['the summer', '1989-SU']]);
    expect(dates('Order entry has increased from the low levels of the early summer.', '1989-10-26')).toEqual([['the early summer', '1989-SU']]);
    expect(dates('The Winter Olympics open.', '1998-02-13')).toEqual([]);
    expect(dates('Prices have been falling since mid-2007.', '2008-10-06')).toEqual([['2007', '2007']]);
  });

  it('does not join a headline to the dateline under it, and reads the headline by its own tense', () => {
    const text = 'Russian markets to remain closed until Friday\nSeptember 18 , 2008\nThe Russian government has continued to hold all stock markets closed until Friday .';
    expect(dates(text, '2008-09-18').slice(0, 2)).toEqual([
      ['Friday', '2008-09-19'],
      ['September 18 , 2008', '2008-09-18'],
    ]);
  });
});

describe('English amounts and lengths of time chrono reads as dates', () => {
  it('cuts an amount read as a clock off the date, or drops it when nothing is left', () => {
    expect(dates("Ryanair is profitable, having reported record profits of $ 269m earlier this year , and is expanding.", '2005-06-13')).toEqual([['this year', '2005']]);
    expect(dates('Shares of Apple Inc. rose US $ 5.41 yesterday in regular trading .', '2010-06-16')).toEqual([['yesterday', '2010-06-15']]);
  });

  it('drops spans of hours and vague counts, and the dash of a range of counts', () => {
    expect(dates('The RTS exchange fell by 6.39 percent in just two hours , while the MICEX index was suspended.', '2008-09-17')).toEqual([]);
    expect(dates('This is the first rise in the number of jobs in several months .', '2008-09-04')).toEqual([]);
    expect(dates('Ryanair expects passengers to jump to 70m over the next few years .', '2005-06-13')).toEqual([]);
    expect(dates('The batteries of which would have expired after 30 -- 40 days .', '2009-07-30')).toEqual([]);
  });

  it('does not take a capitalised name ending in -ed for a past verb', () => {
    expect(dates('iPhone 4 will be available on June 24 in the United States , United Kingdom , France , Germany and Japan .', '2010-06-08')).toEqual([['June 24', '2010-06-24']]);
  });
});

// Article bodies of the Scrapinghub extraction benchmark (no publication date given; one is assumed).
describe('English readings of clocks, units and names in feature articles', () => {
  const day = '2019-11-20';
  it('drops seconds and minutes, "lasts", "the days after", and a word taken for a unit', () => {
    expect(dates('The Mach E will be able to go from zero to 60 mph (97 kph) in about 3.5 seconds.', day)).toEqual([]);
    expect(dates('The session lasts for 10-15 minutes and leaves you refreshed.', day)).toEqual([]);
    expect(dates('Punishment was a hot button topic in the days immediately following the fight.', day)).toEqual([]);
    expect(dates('It asked the company to unwind the agreement and returned the money after public criticism.', day)).toEqual([]);
    expect(dates('Breathing the air was like smoking 50 cigarettes in a day.', day)).toEqual([]);
  });

  it('drops a newspaper named Today and score tables, and keeps a date after a spaced comma', () => {
    expect(dates('Richardson, via USA Today, said that Rudolph "can\'t" be blamed.', day)).toEqual([]);
    expect(dates('1 Kyle Busch 5040 5 1 17 27 2 Martin Truex Jr. 5035 7 0 15 24', day)).toEqual([]);
    expect(dates('The Senator representing Yobe North , Ahmad Lawan , on Tuesday moved a motion .', day)).toEqual([['on Tuesday', '2019-11-19']]);
  });
});

describe('English idioms of time that are no date', () => {
  const day = '2019-11-20';
  it('drops minutes before an event, records "in 25 years", the last minute and Black Friday', () => {
    expect(dates('A federal jury deliberated for less than 10 minutes before convicting Webb, 51, of murder.', day)).toEqual([]);
    expect(dates('The tour reunites Fee and McDonald together for the first time in 25 years.', day)).toEqual([]);
    expect(dates('At the last minute, a sample came in called "Lovely Day".', day)).toEqual([]);
    expect(dates("One of Dell's Black Friday deals have gone live early.", day)).toEqual([]);
  });

  it('reads "Now" as the present only where a sentence may start with it', () => {
    expect(dates('This phalanx includes Instacart, DoorDash, GrubHub, Prime Now, and Homejoy.', day)).toEqual([]);
    expect(dates('Now his own company, Salesforce, is a big Apple partner.', day)).toEqual([['Now', 'PRESENT_REF']]);
  });

  it('drops columns of a standings table and a lower-case "black Friday" (Scrapinghub pages)', () => {
    const standings = '4 Denny Hamlin 5027 6 3 19 24\n5 Joey Logano 2380 2 3 12 21\n6 Ryan Blaney 2339 1 1 11 18';
    expect(dates(standings, '2019-11-20')).toEqual([]);
    expect(dates('Il black Friday incombe su di noi: per chi non lo sapesse', '2019-11-20')).toEqual([]);
    // IndieWire on a song's time signature.
    expect(dates('Smith seized on something with a 6/8 feel, and they all decided to stay there.', '2019-11-20')).toEqual([]);
  });
});
