import { describe, expect, it } from 'vitest';
import { findClaims } from '../../utils/analyze/claims';
import type { Lang } from '../../utils/analyze/types';

const claims = (t: string, lang: Lang = 'en') => findClaims(t, [], lang).map((c) => [c.mode, c.text, c.speaker]);

describe('English reported speech without "that"', () => {
  it('takes the bare clause after said/says/believe, with the subject as speaker', () => {
    expect(claims('The company said it would cut 500 jobs next year.')).toEqual([
      ['reported', 'it would cut 500 jobs next year', 'The company'],
    ]);
    expect(claims('Officials say the bridge is safe.')).toEqual([['reported', 'the bridge is safe', 'Officials']]);
    expect(claims('Analysts believe the Fed will raise rates in March.')).toEqual([
      ['reported', 'the Fed will raise rates in March', 'Analysts'],
    ]);
  });

  it('skips the listener after "told" and time or place phrases after the verb', () => {
    expect(claims('Smith told reporters the deal was dead.')).toEqual([['reported', 'the deal was dead', 'Smith']]);
    expect(claims('Smith told The Associated Press that he would run again.')).toEqual([
      ['reported', 'he would run again', 'Smith'],
    ]);
    expect(claims('Smith said on Tuesday the talks had failed.')).toEqual([['reported', 'the talks had failed', 'Smith']]);
    expect(claims('In a statement, the company said it expects profits to fall.')).toEqual([
      ['reported', 'it expects profits to fall', 'the company'],
    ]);
  });

  it('takes no clause where none follows', () => {
    expect(claims('He said to reporters nothing.')).toEqual([]);
    expect(claims('She said yes.')).toEqual([]);
  });

  it('does not read the speaker after a quotation as a clause', () => {
    expect(claims('"The company is strong," said Jane Doe, the chief executive, adding that sales would rise.')).toEqual([
      ['direct', 'The company is strong', 'Jane Doe'],
      ['reported', 'sales would rise', 'Jane Doe'],
    ]);
  });
});

describe('English attributions around the statement', () => {
  it('finds the subject before a relative clause', () => {
    expect(claims('Jones, who heads the union, argued that wages were too low.')).toEqual([
      ['reported', 'wages were too low', 'Jones'],
    ]);
  });

  it('reads a trailing "according to" and a parenthetical "he said"', () => {
    expect(claims('14 people were killed, according to the ministry.')).toEqual([
      ['reported', '14 people were killed', 'the ministry'],
    ]);
    expect(claims('Smith spoke first. The bill, he said, is dead.')).toEqual([['reported', 'The bill, he said, is dead', 'he']]);
  });

  it('gives a quotation that continues an attributed one the same speaker', () => {
    expect(claims('"It\'s over," Smith said. "We lost the vote and we know it."')).toEqual([
      ['direct', "It's over", 'Smith'],
      ['direct', 'We lost the vote and we know it', 'Smith'],
    ]);
  });

  it('sends "he" back to the last speaker when no person actor is known', () => {
    const c = findClaims('The mayor said that the city would appeal. He added that the ruling was unfair.', [], 'en');
    expect(c.map((x) => x.speaker)).toEqual(['The mayor', 'The mayor']);
  });
});

describe('"за його словами" / "по его словам"', () => {
  it('credits the previous speaker', () => {
    expect(claims('Зеленський заявив, що обмін відбудеться. Переговори, за його словами, зайшли в глухий кут.', 'uk')).toEqual([
      ['reported', 'обмін відбудеться', 'Зеленський'],
      ['reported', 'зайшли в глухий кут', 'Зеленський'],
    ]);
  });
});

describe('English speakers in longer sentences (TimeBank-style news)', () => {
  it('finds the subject of coordinated verbs, and of a name with an apposition', () => {
    expect(claims('He sold the property to five buyers and said he would double his money.')[0]).toEqual([
      'reported',
      'he would double his money',
      'He',
    ]);
    expect(claims('Derek Glenn, a spokesman for the Newark Police Department, said suspects had been arrested.')).toEqual([
      ['reported', 'suspects had been arrested', 'Derek Glenn'],
    ]);
    expect(claims('Intelogic Trace Inc., San Antonio, Texas, said it bought 2.7 million shares.')).toEqual([
      ['reported', 'it bought 2.7 million shares', 'Intelogic Trace Inc'],
    ]);
  });

  it('reads a lower-case subject when a finite verb follows, and not a noun taken for a verb', () => {
    expect(claims('He said construction would not resume until prices rise.')).toEqual([
      ['reported', 'construction would not resume until prices rise', 'He'],
    ]);
    expect(claims('The company said profit from continuing lines fell 10% to $118 million.')).toEqual([
      ['reported', 'profit from continuing lines fell 10% to $118 million', 'The company'],
    ]);
    expect(claims('Newspaper reports have said nothing about the case.')).toEqual([]);
  });
});

describe('English stances through an object or infinitive', () => {
  it('takes what follows vowed/accused/called for/urged/asked as the content', () => {
    expect(claims('Trump vowed to repeal the health law.')).toEqual([['reported', 'to repeal the health law', 'Trump']]);
    expect(claims('Clinton accused Trump of lying about his taxes.')).toEqual([
      ['reported', 'Trump of lying about his taxes', 'Clinton'],
    ]);
    expect(claims('The senator called for a recount in three states.')).toEqual([
      ['reported', 'a recount in three states', 'The senator'],
    ]);
    expect(claims('He asked whether the vote was fair.')).toEqual([['reported', 'whether the vote was fair', 'He']]);
  });

  it('lets only a poll, study or report "find" or "show" something', () => {
    expect(claims('A new poll found Clinton leading by five points.')).toEqual([
      ['reported', 'Clinton leading by five points', 'A new poll'],
    ]);
    expect(claims('Police found a body near the river.')).toEqual([]);
  });
});

describe('English attributions with participles, plain presents and place or outlet phrases', () => {
  it('gives a participle the subject of its clause', () => {
    expect(claims('He left the room, saying the talks were over.')).toEqual([['reported', 'the talks were over', 'He']]);
  });

  it('reads plain present verbs after plural subjects', () => {
    expect(claims('Critics argue the plan would raise taxes.')).toEqual([['reported', 'the plan would raise taxes', 'Critics']]);
    expect(claims('Republicans worry the bill will fail.')).toEqual([['reported', 'the bill will fail', 'Republicans']]);
  });

  it('skips where and through what it was said', () => {
    expect(claims('Clinton said during a rally in Ohio the economy was strong.')).toEqual([
      ['reported', 'the economy was strong', 'Clinton'],
    ]);
    expect(claims('Trump said on Fox News Sunday he would win.')).toEqual([['reported', 'he would win', 'Trump']]);
    expect(claims('Trump said on Twitter that the election was rigged.')).toEqual([
      ['reported', 'the election was rigged', 'Trump'],
    ]);
  });
});

describe('quotations over paragraphs and a trailing "according to" without a comma', () => {
  it('credits a paragraph that opens a quotation never closed to the last speaker', () => {
    const text = '"We will win this election," Trump said.\n"We will build the wall and Mexico will pay for it. Believe me.\n"Nobody builds walls better," he added.';
    expect(claims(text)).toEqual([
      ['direct', 'We will win this election', 'Trump'],
      ['direct', 'We will build the wall and Mexico will pay for it. Believe me', 'Trump'],
      ['direct', 'Nobody builds walls better', 'Trump'],
    ]);
  });

  it('reads "… according to X" at the end of a long statement', () => {
    expect(claims('The deal is worth $3 billion according to two people familiar with it.')).toEqual([
      ['reported', 'The deal is worth $3 billion', 'two people familiar with it'],
    ]);
  });
});

describe('nouns of statement before "that"', () => {
  it("credits the possessor of \"X's claim that …\" and no one for \"the allegation that …\"", () => {
    expect(claims("Clinton's repeated assertion that she never sent classified email is wrong.")).toEqual([
      ['reported', 'she never sent classified email is wrong', 'Clinton'],
    ]);
    expect(claims('The allegation that he lied was denied.')).toEqual([['reported', 'he lied was denied', null]]);
    expect(claims('Critics claim that the plan fails.')).toEqual([['reported', 'the plan fails', 'Critics']]);
  });
});

describe('adverbs around the verb', () => {
  it('keeps "has repeatedly" out of the speaker and "Thursday night" out of the clause', () => {
    expect(claims('Trump has repeatedly said the election was rigged.')).toEqual([['reported', 'the election was rigged', 'Trump']]);
    expect(claims('Clinton said Thursday night she would win.')).toEqual([['reported', 'she would win', 'Clinton']]);
    expect(claims('She said falsely that she had been under sniper fire.')).toEqual([
      ['reported', 'she had been under sniper fire', 'She'],
    ]);
  });
});

describe('dates before an unnamed speaker', () => {
  it('keeps "20 листопада" out of the speaker but not a name that starts like a month', () => {
    expect(claims('20 листопада Трамп заявив, що обмін відбудеться.', 'uk')).toEqual([['reported', 'обмін відбудеться', 'Трамп']]);
    expect(claims('Мартін Лютер заявив, що мрія жива.', 'uk')).toEqual([['reported', 'мрія жива', 'Мартін Лютер']]);
  });
});

describe('clauses opened by a subordinator or a wh-word', () => {
  it('takes "said if …" and "asked why …" as the words said', () => {
    expect(claims('Trump said if he wins, he will build the wall.')).toEqual([
      ['reported', 'if he wins, he will build the wall', 'Trump'],
    ]);
    expect(claims('Clinton asked why voters should trust him.')).toEqual([['reported', 'why voters should trust him', 'Clinton']]);
  });
});
