import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, compileGazetteer, loadGazetteer } from '../../utils/analyze/index';
import type { GazetteerEntry } from '../../utils/analyze/types';

const seed = readFileSync('/work/shared/fixtures/seed-article.txt', 'utf8');

// A small gazetteer of base forms only: the engine must find "Лукашенку", "Коулом", "Трампа" itself.
const ENTRIES: GazetteerEntry[] = [
  { name: 'Володимир Зеленський', kind: 'person', lang: 'uk' },
  { name: 'Дональд Трамп', kind: 'person', lang: 'uk' },
  { name: 'Олександр Лукашенко', kind: 'person', lang: 'uk' },
  { name: 'Світлана Тихановська', kind: 'person', lang: 'uk' },
  { name: 'Джон Коул', kind: 'person', lang: 'uk' },
  { name: 'Reuters', kind: 'org' },
  { name: 'НАТО', kind: 'org' },
  { name: 'ГУР', kind: 'org' },
  { name: 'Білорусь', kind: 'place', lang: 'uk' },
  { name: 'Сполучені Штати', aliases: ['США'], kind: 'place', lang: 'uk' },
  { name: 'Європейський Союз', aliases: ['ЄС'], kind: 'org', lang: 'uk' },
];

// The gazetteer travels as JSON from the background to the content script; test that path.
const gazetteer = loadGazetteer(JSON.parse(JSON.stringify(compileGazetteer(ENTRIES))));

describe('analyze() on the seed article', () => {
  const r = analyze(seed, gazetteer, { published: '2025-11-24T09:30:00+02:00' });

  it('reports the reference day and guesses Ukrainian', () => {
    expect(r.published).toBe('2025-11-24');
    expect(r.lang).toBe('uk');
    expect(r.text).toBe(seed);
  });

  it('resolves every date of the article', () => {
    expect(r.dates.map((d) => d.value)).toEqual([
      '2025-01', '2025-10', '2025-11-24', '2025-11-09', '2025-11-20', '2025-12', '2025',
      '2025-06-21', '2025-09-11', '2025-10-14', '2025-09-11', '2025-11-04',
    ]);
  });

  it('credits each claim to its speaker through the gazetteer actors', () => {
    expect(r.claims.map((c) => c.speaker)).toEqual([
      'Володимир Зеленський', 'Володимир Зеленський', 'Володимир Зеленський', 'Володимир Зеленський',
      'Reuters', null, 'Reuters', 'Американські чиновники', 'Американські чиновники', 'Reuters', 'Reuters',
      'Світлана Тихановська', 'Дональд Трамп', 'Олександр Лукашенко',
    ]);
    for (const c of r.claims) expect(seed.slice(c.start, c.end)).toBe(c.text);
  });

  it('builds events whose actors and claims point into the result', () => {
    const dec = r.events.find((e) => e.date === '2025-12');
    expect(dec?.actors).toEqual(['Олександр Лукашенко']);
    expect(dec?.claims.map((i) => r.claims[i].speaker)).toEqual(['Олександр Лукашенко']);
    const nov9 = r.events.find((e) => e.date === '2025-11-09');
    expect(nov9?.actors).toEqual(['Дональд Трамп', 'Джон Коул', 'Сполучені Штати', 'Білорусь', 'Олександр Лукашенко']);
    expect(r.events).toHaveLength(20);
  });

  it('is JSON-serialisable as the CLI prints it', () => {
    const back = JSON.parse(JSON.stringify(r));
    expect(Object.keys(back)).toEqual(['text', 'published', 'lang', 'actors', 'candidates', 'dates', 'claims', 'events']);
  });
});

describe('analyze() without a gazetteer and in other languages', () => {
  it('still finds dates and claims, with speakers as words', () => {
    const text = 'Вчера министр обороны заявил, что армия готова. В январе он подписал указ.';
    const r = analyze(text, null, { published: '2025-11-24' });
    expect(r.lang).toBe('ru');
    expect(r.actors).toEqual([]);
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Вчера', '2025-11-23'], ['В январе', '2025-01']]);
    expect(r.claims).toMatchObject([{ text: 'армия готова', speaker: 'министр обороны', mode: 'reported' }]);
    expect(r.events.map((e) => [e.date, e.claims])).toEqual([['2025-11-23', [0]], ['2025-01', []]]);
  });

  it('reads an English article', () => {
    const text = 'The minister said on Tuesday that talks would resume. Two groups were freed: June 21, 14 people.';
    const r = analyze(text, null, { published: '2025-11-24', lang: 'en' });
    expect(r.dates.map((d) => d.value)).toEqual(['2025-11-18', '2025-06-21']);
    expect(r.claims.map((c) => [c.text, c.speaker])).toEqual([['talks would resume', 'The minister']]);
  });

  it('rejects a publication date it cannot read', () => {
    expect(() => analyze('Текст.', null, { published: '24.11.2025' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('analyze() candidates', () => {
  it('reports proper names outside the gazetteer as candidates, not actors', () => {
    const r = analyze(seed, gazetteer, { published: '2025-11-24' });
    const names = r.candidates.map((c) => c.text);
    expect(names.some((n) => n.startsWith('Truth Social'))).toBe(true);
    for (const c of r.candidates) {
      expect(seed.slice(c.start, c.end)).toBe(c.text);
      expect(r.actors.some((a) => c.start < a.end && c.end > a.start)).toBe(false);
    }
  });
});
