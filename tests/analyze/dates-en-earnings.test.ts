import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';

// Sentences from TimeBank dev (wsj_*) and MEANTIME Wikinews, with their creation days.
const all = (t: string, published: string) =>
  findDates(t, published, 'en').map((d) => [d.text, d.value, d.precision, d.timex].filter(Boolean));

describe('English earnings-report periods', () => {
  it('dates a fiscal quarter by its year, naming the quarter in TIMEX3 only', () => {
    expect(all('Sun Microsystems Inc. reported a net loss of $5.2 million, or seven cents a share, in the fiscal first quarter.', '1989-10-26')).toEqual([
      ['the fiscal first quarter', '1989', 'year', '1989-Q1'],
    ]);
    expect(all('Lukens Steel Corp. posted net income for the fiscal second-quarter of $8.6 million.', '1989-10-26')).toEqual([
      ['the fiscal second-quarter', '1989', 'year', '1989-Q2'],
    ]);
  });

  it('reads "the latest period" of a quarterly report as the last quarter before publication', () => {
    const text = 'Ralston Purina Co. reported a 47% decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion, a 13% increase.';
    expect(all(text, '1989-11-02')).toContainEqual(['the latest period', '1989-07', 'month', '1989-Q3']);
    // Without quarters in the article the period is unknown.
    expect(all('Sales in the latest period were $1.76 billion.', '1989-11-02')).toEqual([]);
  });

  it('reads "year-earlier" before a noun as the same quarter a year back, or the year before', () => {
    const text = 'Ply Gem had a third-quarter net loss of $5.1 million, compared with a year-earlier net loss of $6.2 million.';
    expect(all(text, '1989-10-26')).toContainEqual(['year-earlier', '1988-07', 'month', '1988-Q3']);
    expect(all('Year-ago sales were $4 billion.', '1989-10-26')).toEqual([['Year-ago', '1988', 'year']]);
    // The whole "year-ago quarter" stays one date.
    expect(all('That compares with $36 million in the year-ago quarter.', '1989-10-26')).toEqual([['the year-ago quarter', '1988-07', 'month', '1988-Q3']]);
  });

  it('reads the full, current, prior and previous year against the publication year', () => {
    expect(all('Sales for the full year were $6.6 billion, up 13% from $5.8 billion.', '1989-11-02')).toEqual([['the full year', '1989', 'year']]);
    expect(all("The decline was due to the exclusion of British sales from the current year's figures.", '1989-11-01')).toEqual([
      ['the current year', '1989', 'year'],
    ]);
    expect(all('General Motors sales dropped 42 % last month from the previous year.', '2009-02-03')).toEqual([
      ['last month', '2009-01', 'month'],
      ['the previous year', '2008', 'year'],
    ]);
    // A full year is a length of time, not a date.
    expect(all('The plant was closed for a full year.', '1989-11-02')).toEqual([]);
  });

  it('reads a bare year or quarter closing its phrase as the period the report is about', () => {
    expect(all('For the year, pet food volume was flat, the company said.', '1989-11-02')).toEqual([['the year', '1989', 'year']]);
    // A January report's year is the one just closed.
    expect(all('For the year, pet food volume was flat, the company said.', '1990-01-20')).toEqual([['the year', '1989', 'year']]);
    const sun = 'Sun reported first-quarter sales. More than half of the 28,000 systems Sun shipped in the quarter, he said, were low-priced.';
    expect(all(sun, '1989-10-26')).toContainEqual(['the quarter', '1989-07', 'month', '1989-Q3']);
    // A period given by its closing day is read whole; a quarter of an hour is no date.
    expect(all('For the year ended Sept. 30, Ralston earned $422.5 million.', '1989-11-02')[0]).toEqual(['the year', '1988-10', 'month']);
    expect(all('The results came in a quarter of an hour.', '1989-11-02')).toEqual([]);
  });

  it('dates "a year ago/earlier" by the period its sentence compares with', () => {
    expect(all('Third-quarter sales dropped 11% to $1.27 billion from $1.43 billion a year ago.', '1989-10-26')).toEqual([
      ['Third-quarter', '1989-07', 'month', '1989-Q3'],
      ['a year ago', '1988-07', 'month', '1988-Q3'],
    ]);
    expect(all('Company sales dropped 42 % last month from the same month a year ago .', '2009-02-03')).toEqual([
      ['last month', '2009-01', 'month'],
      ['a year ago', '2008-01', 'month'],
    ]);
    // Without a period before it in its sentence, the year before publication.
    expect(all('Interest costs were lower a year earlier. In March it rose.', '1989-11-02')[0]).toEqual(['a year earlier', '1988', 'year']);
  });

  it('dates "the previous year" by a year its sentence named first', () => {
    // The Hill, November 2019.
    const text = 'About 0.4 percent of the total U.S. population reported a methamphetamine use disorder in 2017, marking a significant increase from the previous year.';
    expect(all(text, '2019-11-19')).toEqual([
      ['in 2017', '2017', 'year'],
      ['the previous year', '2016', 'year'],
    ]);
  });
});
