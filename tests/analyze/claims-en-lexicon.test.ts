import { describe, expect, it } from 'vitest';
import { findEnglishCues } from '../../utils/analyze/attribution-en';
import { cueEntry } from '../../utils/analyze/attribution-en-lexicon';
import { findClaims } from '../../utils/analyze/claims';

// Sentences from TimeBank 1.2 (timebank30) and MEANTIME (Wikinews) plain texts.
const claims = (t: string) => findClaims(t, [], 'en').map((c) => [c.mode, c.text, c.speaker]);
const cues = (t: string) => findEnglishCues(t).map((c) => c.text);

describe('English cue lexicon by lemma', () => {
  it('inflects each lemma, with irregular pasts and doubled consonants', () => {
    for (const w of ['said', 'says', 'saying', 'thought', 'estimates', 'hoped', 'fears', 'denies', 'admitted', 'planned', 'knew', 'agreeing', 'quipped']) {
      expect(cueEntry(w), w).toBeDefined();
    }
    expect(cueEntry('sayed')).toBeUndefined();
    expect(cueEntry('agreing')).toBeUndefined();
    expect(cueEntry('pointed out')?.kinds.has('clause')).toBe(true);
  });

  it('takes cognition verbs in any tense as attributions', () => {
    expect(claims('She estimates her properties, worth a hundred thirty million dollars in October, are worth only half that now.')).toEqual([
      ['reported', 'her properties, worth a hundred thirty million dollars in October, are worth only half that now', 'She'],
    ]);
    expect(claims('So when Wong Kwan spent seventy million dollars for this house, he thought it was a great deal.')).toEqual([
      ['reported', 'it was a great deal', 'he'],
    ]);
    expect(claims('Industry analysts predict development of one to trigger development of the other .')).toEqual([
      ['reported', 'development of one to trigger development of the other', 'Industry analysts'],
    ]);
  });
});

describe('where a cue word is a noun or a name', () => {
  it('skips plural nouns without a subject, capitalised name parts and adjectives after a determiner', () => {
    expect(cues('Both served jail sentences for corruption charges and a competition was opened up to award a new contract .')).toEqual([]);
    expect(cues('United States airframer Boeing has announced that development has been pushed back')).toEqual(['announced']);
    expect(cues('The offer is being launched pursuant to a previously announced agreement between the companies.')).toEqual([]);
    expect(cues('In announcing the plant delay, Kellogg Chairman William E. LaMothe said')).toEqual(['said']);
    expect(cues('A Kellogg officer, who asked not to be named, said the Memphis project was')).toEqual(['said']);
  });

  it('reads a bare noun-like form as a verb after a plural subject', () => {
    expect(claims('Pro-republicans hope to have an Australian president by the opening of the 2000 Olympics.')).toEqual([
      ['reported', 'to have an Australian president by the opening of the 2000 Olympics', 'Pro-republicans'],
    ]);
  });

  it('reads capitalised cues in a title-case headline', () => {
    expect(cues('Apple Releases iPhone SDK, Announces Upcoming Update')).toEqual(['Announces']);
    expect(claims('Apple Releases iPhone SDK, Announces Upcoming Update')).toEqual([]);
  });
});

describe('verbs that as often take an object', () => {
  it('needs a finite verb after "reported" to read a clause', () => {
    expect(claims('Sun, a maker of computer workstations, reported sales of $538.5 million for the quarter ended Sept. 29.')).toEqual([]);
    expect(claims('Sun also reported a record backlog of orders.')).toEqual([]);
  });

  it('credits the subject, not the introductory phrase, when an apposition stands before the verb', () => {
    expect(
      claims("In a statement, Scott McNealy, Sun's chief executive officer, said the company's performance was hampered by problems."),
    ).toEqual([['reported', "the company's performance was hampered by problems", 'Scott McNealy']]);
  });
});

describe('verbs of praise and attack take their object as the content', () => {
  it('reads "hailed" and "praised" (readability_pages/wapo-2, MEANTIME)', () => {
    expect(claims('In his September 2013 address to the United Nations, Obama hailed signs of hope.')).toEqual([
      ['reported', 'signs of hope', 'Obama'],
    ]);
    expect(claims("When Apple CEO Steve Jobs first introduced iPhone 4 , he praised the device 's antenna design .")).toEqual([
      ['reported', "the device 's antenna design", 'he'],
    ]);
    expect(cueEntry('slammed')?.kinds.has('object')).toBe(true);
    expect(cueEntry('ripping')?.lemma).toBe('rip');
  });
});

describe('stance adjectives', () => {
  it('reads "is concerned (that) …" with the subject as speaker (readability_pages)', () => {
    expect(claims('The Press Council is concerned the laws would crush investigative journalism.')).toEqual([
      ['reported', 'the laws would crush investigative journalism', 'The Press Council'],
    ]);
  });
});

describe('adverbs before the verb', () => {
  it('keeps "strongly" out of the speaker (readability_pages/wapo-2)', () => {
    const c = findClaims('Netanyahu strongly warned against making a “bad deal” during his March 3 address to a joint meeting of Congress.', [], 'en');
    expect(c.map((x) => x.speaker)).toEqual(['Netanyahu']);
  });
});
