import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../utils/analyze/claims';
import type { ActorSpan } from '../../utils/analyze/types';
import { handActors } from './seed-actors';

const seed = readFileSync('/work/shared/fixtures/seed-article.txt', 'utf8');

function person(text: string, surface: string, name: string, kind: ActorSpan['kind'] = 'person'): ActorSpan {
  const start = text.indexOf(surface);
  return { text: surface, start, end: start + surface.length, name, kind };
}

describe('findClaims on the seed article', () => {
  const claims = findClaims(seed, handActors(seed), 'uk');
  const starting = (prefix: string) => claims.find((c) => c.text.startsWith(prefix));

  it('finds the statements and no more', () => {
    expect(claims).toHaveLength(14);
    for (const c of claims) expect(seed.slice(c.start, c.end)).toBe(c.text);
  });

  it('resolves "– наголосив президент" and "– зазначив глава держави" to Зеленський', () => {
    expect(starting('Допомагаємо нашим')).toMatchObject({ speaker: 'Володимир Зеленський', mode: 'direct' });
    expect(starting('Памʼятаємо про всіх')?.text.endsWith('повертати українців!')).toBe(true);
    expect(starting('Памʼятаємо про всіх')).toMatchObject({ speaker: 'Володимир Зеленський', mode: 'direct' });
  });

  it('takes a sentence reported with a trailing "повідомив президент …" as a claim', () => {
    expect(starting('Завдяки допомозі')).toMatchObject({ speaker: 'Володимир Зеленський', mode: 'reported' });
  });

  it('takes the "що …" clause after "Зеленський проінформував"', () => {
    const c = starting('доручив ГУР');
    expect(c).toMatchObject({ speaker: 'Володимир Зеленський', mode: 'reported' });
    expect(c?.text.endsWith('військовополонених»')).toBe(true);
    // The quotation inside the clause is part of that claim, not a second one.
    expect(starting('максимально активізувати')).toBeUndefined();
  });

  it('credits "Про це повідомляє Reuters" to the sentence before, and "Агентство" to Reuters', () => {
    expect(starting('адміністрація президента США')).toMatchObject({ speaker: 'Reuters', mode: 'reported' });
    expect(starting('хоча авторитарна держава')).toMatchObject({ speaker: 'Reuters', mode: 'direct' });
    expect(starting('більшість європейських країн')).toMatchObject({ speaker: 'Reuters' });
    expect(starting('Минулого місяця ЄС')).toMatchObject({ speaker: 'Reuters' });
  });

  it('keeps unnamed speakers as their words and follows "На їхню думку" back to them', () => {
    expect(starting('взаємодія адміністрації')).toMatchObject({ speaker: 'Американські чиновники' });
    expect(starting('навіть невеликий зсув')).toMatchObject({ speaker: 'Американські чиновники' });
  });

  it('gives an impersonal "Зазначається, що" no speaker', () => {
    expect(starting('діалог ведеться')).toMatchObject({ speaker: null, mode: 'reported' });
  });

  it('finds Тихановська, Трамп and Лукашенко as speakers', () => {
    expect(starting('провела переговори')).toMatchObject({ speaker: 'Світлана Тихановська' });
    expect(starting('Він уже успішно')).toMatchObject({ speaker: 'Дональд Трамп', mode: 'direct' });
    expect(starting('найімовірніше, проведе')).toMatchObject({ speaker: 'Олександр Лукашенко' });
  });

  it('does not take quoted names and phrases for claims', () => {
    for (const q of ['Белавіа', 'Славкалій', 'грандіозної угоди', 'глобальної міжнародної', 'регулярні переговори']) {
      expect(starting(q)).toBeUndefined();
    }
  });
});

describe('findClaims in Russian and English', () => {
  it('reads reported and direct speech in Russian', () => {
    const text = 'Вчера президент Владимир Путин заявил, что переговоры продолжатся. «Мы готовы к диалогу», — сказал он. Об этом сообщает ТАСС.';
    const claims = findClaims(text, [person(text, 'Владимир Путин', 'Владимир Путин'), person(text, 'ТАСС', 'ТАСС', 'org')], 'ru');
    expect(claims.map((c) => [c.text, c.speaker, c.mode])).toEqual([
      ['переговоры продолжатся', 'Владимир Путин', 'reported'],
      ['Мы готовы к диалогу', 'Владимир Путин', 'direct'],
    ]);
  });

  it('keeps an unresolved role as words ("По словам министра")', () => {
    const text = 'По словам министра, санкции не работают.';
    expect(findClaims(text, [], 'ru')).toMatchObject([{ text: 'санкции не работают', speaker: 'министра' }]);
  });

  it('reads English attribution before and after the quote', () => {
    const text =
      'The minister said on Tuesday that talks would resume next week. "We will not back down," Smith said. According to Reuters, the deal collapsed. The firm began in "a small garage".';
    const claims = findClaims(text, [person(text, 'Smith', 'John Smith'), person(text, 'Reuters', 'Reuters', 'org')], 'en');
    expect(claims.map((c) => [c.text, c.speaker, c.mode])).toEqual([
      ['talks would resume next week', 'The minister', 'reported'],
      ['We will not back down', 'John Smith', 'direct'],
      ['the deal collapsed', 'Reuters', 'reported'],
    ]);
  });

  it('reads a trailing attribution with the subject before the verb', () => {
    const text = 'Talks will resume next week, the minister told reporters.';
    expect(findClaims(text, [], 'en')).toMatchObject([{ text: 'Talks will resume next week', speaker: 'the minister', mode: 'reported' }]);
  });

  it('credits "Про це у понеділок заявив речник …" to the sentence before', () => {
    const text = 'Станом на ранок загинули 14 осіб. Про це у понеділок заявив речник МЗС Георгій Тихий.';
    expect(findClaims(text, [person(text, 'Георгій Тихий', 'Георгій Тихий')], 'uk')).toMatchObject([
      { text: 'Станом на ранок загинули 14 осіб', speaker: 'Георгій Тихий', mode: 'reported' },
    ]);
  });

  it('keeps the weekday out of an unnamed speaker', () => {
    const text = 'Как сообщил в пятницу источник в правительстве, решение уже принято.';
    expect(findClaims(text, [], 'ru')).toMatchObject([{ text: 'решение уже принято', speaker: 'источник в правительстве' }]);
  });

  it('reads a colon after the verb as the start of the words said', () => {
    expect(findClaims('Мама сказала: попробуй повоюй на его месте.', [], 'ru')).toMatchObject([
      { text: 'попробуй повоюй на его месте', speaker: 'Мама', mode: 'reported' },
    ]);
  });

  it('does not take a quoted title at the end of a sentence for a claim', () => {
    expect(findClaims('Это было поручение созданной в ЦК партии "Группы по делам культурной революции".', [], 'ru')).toEqual([]);
  });
});

