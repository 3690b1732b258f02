import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessLang } from '../../utils/analyze/lang';
import { segmentSentences } from '../../utils/analyze/segment';

const seed = readFileSync('/work/shared/fixtures/seed-article.txt', 'utf8');

describe('segmentSentences', () => {
  it('keeps a quotation of several sentences in one sentence with its attribution', () => {
    const s = segmentSentences(seed).map((x) => x.text);
    expect(s).toContain(
      '«Памʼятаємо про всіх наших людей, які досі в російському полоні. Дякую кожному, хто допомагає повертати українців!» – зазначив глава держави.',
    );
    expect(s).toContain(
      '«Допомагаємо нашим американським партнерам, щоб була відповідна допомога Україні. За потреби залучаються також спеціальні служби наших сусідів у Європі», – наголосив президент.',
    );
  });

  it('splits between sentences and keeps exact offsets', () => {
    const s = segmentSentences(seed);
    for (const x of s) expect(seed.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.text)).toContain('Про це повідомляє Reuters, посилаючись на три джерела, обізнані з ситуацією.');
    expect(s.map((x) => x.text)).toContain('«Минулого місяця ЄС посилив санкції проти Білорусі», – йдеться у виданні.');
    expect(s).toHaveLength(18);
  });

  it('does not split after initials and abbreviations', () => {
    const s = segmentSentences('Зустріч провів В. Зеленський у м. Київ. Mr. Smith said it was over. Done.');
    expect(s.map((x) => x.text)).toEqual(['Зустріч провів В. Зеленський у м. Київ.', 'Mr. Smith said it was over.', 'Done.']);
  });
});

describe('guessLang', () => {
  it('tells Ukrainian, Russian and English apart', () => {
    expect(guessLang(seed)).toBe('uk');
    expect(guessLang('Вчера президент заявил, что переговоры продолжатся в этом году.')).toBe('ru');
    expect(guessLang('The minister said on Tuesday that Reuters was wrong.')).toBe('en');
  });
});

describe('guessLang on Cyrillic without і/ї/є or ы/э/ё', () => {
  it('reads the words: Ukrainian month names, past tense in -в, що; Russian что, -л, и', () => {
    expect(guessLang('9 листопада Трамп висунув Джона Коула.')).toBe('uk');
    expect(guessLang('Вона сказала, що все буде добре.')).toBe('uk');
    expect(guessLang('Трамп выдвинул Джона Коула 9 ноября.')).toBe('ru');
    expect(guessLang('Он сказал, что все будет хорошо.')).toBe('ru');
  });
});
