import { describe, expect, it } from 'vitest';
import { findClaims } from '../../utils/analyze/claims';

// Sentences from TimeBank 1.2 (timebank30) and MEANTIME (Wikinews) plain texts.
const claims = (t: string) => findClaims(t, [], 'en').map((c) => [c.mode, c.text, c.speaker]);

describe('passive attributions', () => {
  it('reads "X is expected/believed to …" with no speaker', () => {
    expect(claims("He's expected to meet with Iraqi deputy prime minister Tariq Aziz later this afternoon.")).toEqual([
      ['reported', "He's expected to meet with Iraqi deputy prime minister Tariq Aziz later this afternoon", null],
    ]);
    expect(claims("Kellogg's current share is believed to be slightly under 40% while General Mills' share is about 27%.")).toEqual([
      ['reported', "Kellogg's current share is believed to be slightly under 40% while General Mills' share is about 27%", null],
    ]);
  });

  it('takes the clause after "it is expected that"', () => {
    expect(claims('It is expected that the deal will close next year.')).toEqual([['reported', 'the deal will close next year', null]]);
  });
});

describe('intentions and descriptions', () => {
  it('takes the infinitive after "want", with the subject of the infinitive in between', () => {
    expect(claims('Some Democrats now want U.S. President Bush to reserve a portion of the $ 700 billion bailout package.')).toEqual([
      ['reported', 'U.S. President Bush to reserve a portion of the $ 700 billion bailout package', 'Some Democrats'],
    ]);
  });

  it('reads "pointed out that" and "described X as"', () => {
    expect(claims('Jobs pointed out that the reception problem affected every smartphone.')).toEqual([
      ['reported', 'the reception problem affected every smartphone', 'Jobs'],
    ]);
    expect(claims('Jobs described the antenna problem as a challenge for every smartphone.')).toEqual([
      ['reported', 'the antenna problem as a challenge for every smartphone', 'Jobs'],
    ]);
  });
});

describe('speakers around relative clauses and over a colon', () => {
  it('credits the noun a relative pronoun stands for, and the speaker after a quotation however long the rest', () => {
    expect(
      claims(
        '"It\'s a dangerous development for the Bill of Rights," says Gerald Lefcourt, a criminal defense attorney who says he has turned down a number of cases to avoid possible fee seizures.',
      ),
    ).toEqual([
      ['direct', "It's a dangerous development for the Bill of Rights", 'Gerald Lefcourt'],
      ['reported', 'he has turned down a number of cases to avoid possible fee seizures', 'a criminal defense attorney'],
    ]);
  });

  it('gives the paragraph after "said in a statement:" to the speaker', () => {
    expect(claims('Chief executive Thomas Enders said in a statement:\nWe want to know what happened, as improving air safety is our top priority.')).toEqual([
      ['reported', 'We want to know what happened, as improving air safety is our top priority', 'Chief executive Thomas Enders'],
    ]);
  });

  it('keeps a verb inside a quotation with the quotation', () => {
    expect(claims('"I don\'t think Kellogg can get back to 40% this year," he said.')).toEqual([
      ['direct', "I don't think Kellogg can get back to 40% this year", 'he'],
    ]);
  });
});

describe('nouns of intention and statements on both sides of a mid-sentence attribution', () => {
  it('takes the infinitive after "plan to" and credits the name before the noun', () => {
    expect(claims('This imperils the Northrop Grumman and EADS North America plan to assemble the planes in Mobile , Alabama .')).toEqual([
      ['reported', 'to assemble the planes in Mobile , Alabama', 'EADS North America'],
    ]);
  });

  it('keeps the statement before "…, the company said, adding that …" (wsj_0662)', () => {
    expect(
      claims("The transaction is subject to approval by a panel of disinterested directors, the company said, adding that shareholder approval isn't needed."),
    ).toEqual([
      ['reported', 'The transaction is subject to approval by a panel of disinterested directors', 'the company'],
      ['reported', "shareholder approval isn't needed", 'the company'],
    ]);
  });
});

describe('orders through a listener, recommendations and stances', () => {
  it('takes "told customers to …" and "recommended that …" (MEANTIME)', () => {
    expect(claims('Earlier , on June 24 , Apple told customers to either hold the phone without covering the antenna , or to use a case .')).toEqual([
      ['reported', 'customers to either hold the phone without covering the antenna , or to use a case', 'Apple'],
    ]);
    expect(claims('Airbus had already recommended that one component of this system , the pitot tubes , be replaced on A330s .')).toEqual([
      ['reported', 'one component of this system , the pitot tubes , be replaced on A330s', 'Airbus'],
    ]);
  });

  it('reads "opposed to" after a noun as an adjective (APW19980322.0749)', () => {
    expect(
      claims("The discovery appeared to be the latest attempt by extremists opposed to the IRA's 8-month-old truce to undermine the peace process, set to resume Monday in Belfast."),
    ).toEqual([]);
  });
});

describe('possessed nouns of stance', () => {
  it('takes the object of "his criticism of …" and no such noun without a possessor (MEANTIME)', () => {
    const sentence =
      'An additional email by Roche provides a stark contrast to his criticism of Airbus , as he talks to Assistant Secretary of the Air Force for Acquisition Marvin Sambur about Boeing , saying , `` I love Ya , Big Guy .';
    expect(claims(sentence)[0].slice(0, 2)).toEqual([
      'reported',
      'of Airbus , as he talks to Assistant Secretary of the Air Force for Acquisition Marvin Sambur about Boeing , saying , `` I love Ya , Big Guy',
    ]);
    expect(claims('The criticism of the plan grew louder in the spring.')).toEqual([]);
  });
});

describe('speakers inside relative clauses and after "according to" (readability_pages/ars-1)', () => {
  it('reads the pronoun of a relative clause without "that" as the subject', () => {
    expect(claims('Askar has released proof-of-concept attack code he said exploits the vulnerability to crash any server hosting the game.')).toEqual([
      ['reported', 'exploits the vulnerability to crash any server hosting the game', 'he'],
    ]);
  });

  it('ends the source of "according to" where its relative clause begins, and takes no "that" after it as content', () => {
    expect(
      claims(
        'A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server hosting the game, according to a computer programmer who has released proof-of-concept code that exploits the vulnerability.',
      ),
    ).toEqual([
      [
        'reported',
        'A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server hosting the game',
        'a computer programmer',
      ],
    ]);
  });
});

describe('quotations and colons right after the verb (readability_pages/bbc-1)', () => {
  it('credits a quotation opened right after "he said"', () => {
    expect(claims('Talking about how he was feeling after his recent successes, he said "every president, every leader has strengths and weaknesses".')).toEqual([
      ['direct', 'every president, every leader has strengths and weaknesses', 'he'],
    ]);
  });

  it('reads "…, President Obama also said:" as announcing the next line, not attributing the phrase before it', () => {
    expect(claims('In a wide-ranging interview, President Obama also said:\nThe UK must stay in the EU to have influence on the world stage')).toEqual([
      ['reported', 'The UK must stay in the EU to have influence on the world stage', 'President Obama'],
    ]);
  });
});

describe('circumstances and appositions around the attribution (readability_pages wapo-1, seattletimes-1)', () => {
  it('takes no clause from where and when a quotation was declared', () => {
    expect(claims('“Our nation is in danger,” Essid declared in a televised address Wednesday evening.')).toEqual([
      ['direct', 'Our nation is in danger', 'Essid'],
    ]);
  });

  it('reads a mid-sentence "according to X, an apposition" as trailing', () => {
    expect(
      claims('Tourism is critical to Tunisia’s economy, accounting for 15 percent of its gross domestic product in 2013, according to the World Travel and Tourism Council, an industry body.'),
    ).toEqual([
      ['reported', 'Tourism is critical to Tunisia’s economy, accounting for 15 percent of its gross domestic product in 2013', 'the World Travel and Tourism Council'],
    ]);
  });

  it('reads "X said," inside the sentence, not a relative "prices it said were" at its end', () => {
    expect(
      claims('Within months of the acquisition, Forte said, Whole Foods was selling cheaper cage-free eggs and organic ground beef, prices it said were a result of the deal.'),
    ).toEqual([
      [
        'reported',
        'Within months of the acquisition, Forte said, Whole Foods was selling cheaper cage-free eggs and organic ground beef, prices it said were a result of the deal',
        'Forte',
      ],
    ]);
  });

  it('takes no subject that opens with a preposition', () => {
    expect(
      claims('From the deck of his 106-year-old halibut schooner, skipper Wade Bassi has better insight than most into what’s happening at Amazon-owned Whole Foods Market, at least as pertains to the product he knows best.'),
    ).toEqual([]);
  });
});

describe('no attribution from a passive participle, "make sure" or "the progress continues" (readability_pages/nytimes-1)', () => {
  it('reads none of them as a cue', () => {
    expect(
      claims('In 1997, President Bill Clinton imposed a comprehensive trade embargo against Sudan and blocked the assets of the Sudanese government, which was suspected of sponsoring international terrorism.'),
    ).toEqual([]);
    expect(
      claims('But to make sure the progress continues, the executive order that President Obama plans to sign on Friday, days before leaving office, will have a six-month review period.'),
    ).toEqual([['reported', 'to sign on Friday, days before leaving office, will have a six-month review period', 'President Obama']]);
  });
});
