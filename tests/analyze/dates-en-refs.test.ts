import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';

// Sentences from TimeBank (TempEval-3 dev) and MEANTIME, with the publication day of their document.
const refs = (t: string, published: string) => findDates(t, published, 'en').map((d) => [d.text, d.value, d.precision, d.timex]);

describe('English words dated relative to the article (TIMEX3 *_REF)', () => {
  it('reads "now" and "currently" as the publication day', () => {
    expect(refs("Montedison currently owns about 72% of Erbamont's common shares outstanding.", '1989-11-02')).toEqual([
      ['currently', '1989-11-02', 'day', 'PRESENT_REF'],
    ]);
    expect(refs('There\'s not a happy group of people at Battle Creek right now."', '1989-10-30')).toEqual([
      ['right now', '1989-10-30', 'day', 'PRESENT_REF'],
    ]);
  });

  it('reads "recently" and "in the past" as the past, "soon" as the future, at year precision', () => {
    expect(refs("Milton Roy recently fended off unsolicited overtures from Tyco Laboratories.", '1989-10-30')).toEqual([
      ['recently', '1989', 'year', 'PAST_REF'],
    ]);
    expect(refs('In the filing, Crane said that in the past it considered seeking control of Milton Roy.', '1989-10-30')).toEqual([
      ['in the past', '1989', 'year', 'PAST_REF'],
    ]);
    expect(refs('Kellogg is so anxious to turn around Corn Flakes sales that it soon will begin selling boxes for less.', '1989-10-30')).toEqual([
      ['soon', '1989', 'year', 'FUTURE_REF'],
    ]);
  });

  it('leaves conjunctions, adjectives and lengths of time alone', () => {
    expect(refs('He said it during a speech last week against the now-cancelled deal to lease 100 tankers.', '2004-11-24').map((r) => r[0])).toEqual(['last week']);
    expect(refs('But in the past three months, stocks have plunged.', '1998-01-08')).toEqual([]);
    expect(refs('They will sell as soon as the market opens, now that prices are firm.', '1998-01-08')).toEqual([]);
  });
});
