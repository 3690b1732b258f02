import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findActors } from '../../utils/analyze/actors';
import { compileGazetteer, loadGazetteer } from '../../utils/analyze/gazetteer';
import type { GazetteerEntry } from '../../utils/analyze/types';

const ENTRIES: GazetteerEntry[] = [
  { name: 'Олександр Лукашенко', kind: 'person', aliases: ['Александр Лукашенко', 'Alexander Lukashenko'] },
  { name: 'Сполучені Штати', kind: 'place', aliases: ['США', 'Соединённые Штаты', 'US', 'United States'] },
  { name: 'Білорусь', kind: 'place', aliases: ['Беларусь'] },
  { name: 'Росія', kind: 'place', aliases: ['Россия'] },
  { name: 'Володимир Зеленський', kind: 'person', aliases: ['Владимир Зеленский', 'Zelensky', 'Zelenskyy'] },
  { name: 'Олена Зеленська', kind: 'person' },
  { name: 'Дональд Трамп', kind: 'person', aliases: ['Donald Trump'] },
  { name: 'Світлана Тихановська', kind: 'person' },
  { name: 'Джон Коул', kind: 'person' },
  { name: 'Мінськ', kind: 'place' },
  { name: 'Москва', kind: 'place' },
  { name: 'ГУР', kind: 'org' },
  { name: 'Reuters', kind: 'org' },
  { name: 'Віра Лебедь', kind: 'person' },
  { name: 'Надія', kind: 'person' },
  { name: 'Україна', kind: 'place' },
  { name: 'Європейський Союз', kind: 'org', aliases: ['ЄС', 'ЕС', 'EU'] },
];
const gazetteer = loadGazetteer(compileGazetteer(ENTRIES));
const seed = readFileSync(new URL('../../../shared/fixtures/seed-article.txt', import.meta.url), 'utf8');

/** "surface→canonical" for each actor found, in order. */
const found = (text: string) => findActors(text, gazetteer).map((a) => `${a.text}→${a.name}`);

describe('findActors on the seed article', () => {
  const actors = findActors(seed, gazetteer);
  const surfaces = actors.map((a) => a.text);

  it('finds inflected forms of multi-word and single-word names', () => {
    expect(surfaces).toEqual(expect.arrayContaining([
      'Сполучених Штатів', 'Сполученими Штатами', 'Дональда Трампа', 'Олександру Лукашенку', 'Лукашенком',
      'Білорусі', 'Білоруссю', 'Мінська', 'Москви', 'Росією', 'Росії', 'Джоном Коулом', 'Коула', 'Тихановська',
    ].map((s) => expect.stringContaining(s))));
  });

  it('reports offsets that point at the text and canonical names', () => {
    for (const a of actors) expect(seed.slice(a.start, a.end)).toBe(a.text);
    const trump = actors.find((a) => a.text === 'Дональда Трампа');
    expect(trump).toMatchObject({ name: 'Дональд Трамп', kind: 'person' });
    expect(actors.find((a) => a.text === 'Олександру Лукашенку')?.name).toBe('Олександр Лукашенко');
  });

  it('returns sorted, non-overlapping spans with the longest name winning', () => {
    for (let i = 1; i < actors.length; i++) expect(actors[i].start).toBeGreaterThanOrEqual(actors[i - 1].end);
    expect(surfaces).toContain('Володимир Зеленський');
    expect(surfaces.filter((s) => s === 'Зеленський')).toHaveLength(1); // the later bare surname only
  });

  it('does not light up adjectives derived from names', () => {
    expect(surfaces.some((s) => /російськ|білоруськ|американськ/i.test(s))).toBe(false);
  });
});

describe('findActors on sentences', () => {
  it('matches Ukrainian sentences of the article', () => {
    expect(found('Завдяки допомозі Сполучених Штатів, Білорусь відпустила на свободу близько сотні людей')).toEqual([
      'Сполучених Штатів→Сполучені Штати', 'Білорусь→Білорусь',
    ]);
    expect(found('Я хотів би заздалегідь подякувати шановному президенту Білорусі Олександру Лукашенку')).toEqual([
      'Білорусі→Білорусь', 'Олександру Лукашенку→Олександр Лукашенко',
    ]);
    expect(found('Лідерка білоруської опозиції Світлана Тихановська повідомила на брифінгу')).toEqual([
      'Світлана Тихановська→Світлана Тихановська',
    ]);
    expect(found('Тихановській подякували, а Лукашенку — ні.')).toEqual([
      'Тихановській→Світлана Тихановська', 'Лукашенку→Олександр Лукашенко',
    ]);
  });

  it('gives a surname two people share to the one whose full name came last', () => {
    const g = loadGazetteer(compileGazetteer([{ name: 'Борис Джонсон', kind: 'person' }, { name: 'Ліндон Джонсон', kind: 'person' }]));
    const names = (t: string) => findActors(t, g).map((a) => `${a.text}=${a.name}`);
    expect(names('Джонсон заявив про вихід з ЄС.')).toEqual(['Джонсон=Борис Джонсон']);
    expect(names('У 1964 році Ліндон Джонсон підписав закон. Джонсона підтримав Конгрес.')).toEqual([
      'Ліндон Джонсон=Ліндон Джонсон', 'Джонсона=Ліндон Джонсон',
    ]);
    expect(names('Ліндон Джонсон і Борис Джонсон. Джонсону відповіли.')).toContain('Джонсону=Борис Джонсон');
  });

  it('keeps Зеленський and Зеленська apart in every case', () => {
    expect(found('Зеленського, Зеленському, Зеленським; Зеленська, Зеленської, Зеленській')).toEqual([
      'Зеленського→Володимир Зеленський', 'Зеленському→Володимир Зеленський', 'Зеленським→Володимир Зеленський',
      'Зеленська→Олена Зеленська', 'Зеленської→Олена Зеленська', 'Зеленській→Олена Зеленська',
    ]);
  });

  it('matches Russian forms', () => {
    expect(found('Зеленский встретился с Лукашенко в Москве, а Россией недовольны в Беларуси.')).toEqual([
      'Зеленский→Володимир Зеленський', 'Лукашенко→Олександр Лукашенко', 'Москве→Москва', 'Россией→Росія',
      'Беларуси→Білорусь',
    ]);
    expect(found('переговоры с Соединёнными Штатами и Соединенными Штатами')).toEqual([
      'Соединёнными Штатами→Сполучені Штати', 'Соединенными Штатами→Сполучені Штати',
    ]);
  });

  it('matches English names and the possessive', () => {
    expect(found("Trump's envoy met Zelenskyy; the US and the EU agreed, Reuters reported.")).toEqual([
      'Trump→Дональд Трамп', 'Zelenskyy→Володимир Зеленський', 'US→Сполучені Штати', 'EU→Європейський Союз',
      'Reuters→Reuters',
    ]);
  });

  it('matches a name that is also a common word only when capitalised', () => {
    expect(found('віра і надія')).toEqual([]);
    expect(found('Прийшли Надія і Віра Лебедь')).toEqual(['Надія→Надія', 'Віра Лебедь→Віра Лебедь']);
    // At a sentence start every word is capitalised, so there the homonym is taken as the common word.
    expect(found('Надія є. «Надія — це все», — сказав він. Про це розповіла Надія.')).toEqual(['Надія→Надія']);
  });

  it('matches acronyms only in capitals and not as part of derived words', () => {
    expect(found('гур і сша, us, Гур, Гуру')).toEqual([]);
    expect(found('за даними ГУРу та ГУР')).toEqual(['ГУРу→ГУР', 'ГУР→ГУР']);
    expect(found('ГУР, США, ЄС-івський, Україна-ЄС')).toEqual([
      'ГУР→ГУР', 'США→Сполучені Штати', 'Україна→Україна', 'ЄС→Європейський Союз',
    ]);
  });

  it('folds case in headlines and unifies apostrophe variants', () => {
    expect(found('ЗЕЛЕНСЬКИЙ ПРИЇХАВ ДО ВАШИНГТОНА')).toEqual(['ЗЕЛЕНСЬКИЙ→Володимир Зеленський']);
    const g = loadGazetteer(compileGazetteer([{ name: "Об'єднані Арабські Емірати", kind: 'place' }]));
    const names = (t: string) => findActors(t, g).map((a) => a.text);
    expect(names('в Обʼєднаних Арабських Еміратах і Об’єднаних Арабських Еміратах')).toEqual([
      'Обʼєднаних Арабських Еміратах', 'Об’єднаних Арабських Еміратах',
    ]);
  });

  it('respects word boundaries at text edges, punctuation, quotes and inside longer words', () => {
    expect(found('Трамп')).toEqual(['Трамп→Дональд Трамп']);
    expect(found('«Трамп»,(Трампа)…Трампом!')).toEqual(['Трамп→Дональд Трамп', 'Трампа→Дональд Трамп', 'Трампом→Дональд Трамп']);
    expect(found('Трампізм і антиТрамп, Москвичі')).toEqual([]);
    expect(found('пʼятеро українців, Мінськ-Москва')).toEqual(['Мінськ→Мінськ', 'Москва→Москва']);
    expect(found('Дональда  Трампа')).toEqual(['Дональда  Трампа→Дональд Трамп']);
    expect(found('Москва́ и Лукаше́нко')).toEqual(['Москва́→Москва', 'Лукаше́нко→Олександр Лукашенко']);
  });
});
