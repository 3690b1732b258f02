import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inflectName } from '../../utils/analyze/morphology';
import { guessBaseForm } from '../../utils/analyze/lemma';

const seed = readFileSync('/work/shared/fixtures/seed-article.txt', 'utf8');

describe('guessBaseForm: names of the seed article', () => {
  it.each([
    ['Джоном Коулом', 'Джон Коул', 'person'],
    ['Тихановській', 'Тихановська', 'person'],
    ['Світлану Тихановську', 'Світлана Тихановська', 'person'],
    ['Білорусі', 'Білорусь', 'place'],
    ['Сполученими Штатами', 'Сполучені Штати', 'place'],
    ['Литви', 'Литва', 'place'],
    ['Варшаві', 'Варшава', 'place'],
    ['Олександру Лукашенку', 'Олександр Лукашенко', 'person'],
  ] as const)('%s → %s (%s)', (surface, name, kind) => {
    expect(guessBaseForm(surface, 'uk', { text: seed })).toMatchObject({ name, kind });
  });

  it('a lone surname is a person when the page names him in full ("Коула" after "Джоном Коулом")', () => {
    expect(guessBaseForm('Коула', 'uk', { text: seed })).toMatchObject({ name: 'Коул', kind: 'person' });
    expect(guessBaseForm('Коул', 'uk', { text: seed })).toMatchObject({ name: 'Коул', kind: 'person' });
  });

  it('the guessed base inflects back into what was written (the gazetteer will find it again)', () => {
    for (const surface of ['Джоном Коулом', 'Тихановській', 'Сполученими Штатами', 'Коула']) {
      const g = guessBaseForm(surface, 'uk', { text: seed });
      expect(inflectName(g.name, { kind: g.kind, langs: ['uk'] })).toContain(surface);
    }
  });
});

describe('guessBaseForm: without a page around it', () => {
  it.each([
    ['Білоруссю', 'Білорусь'],
    ['Литви', 'Литва'],
    ['Варшаві', 'Варшава'],
    ['Олександру Лукашенку', 'Олександр Лукашенко'],
  ])('%s → %s', (surface, name) => {
    expect(guessBaseForm(surface, 'uk').name).toBe(name);
  });
});

describe('guessBaseForm: Russian and other scripts', () => {
  it.each([
    ['Мишустиным', 'Мишустин'],
    ['Путиным', 'Путин'],
    ['Москве', 'Москва'],
  ])('%s → %s', (surface, name) => {
    expect(guessBaseForm(surface, 'ru').name).toBe(name);
  });

  it('Latin names stay as written, less a possessive', () => {
    expect(guessBaseForm('Truth Social', 'uk').name).toBe('Truth Social');
    expect(guessBaseForm("Trump's", 'en').name).toBe('Trump');
    expect(guessBaseForm('Reuters’s', 'en').name).toBe('Reuters');
  });

  it('quoted names are organisations; acronyms lose a case ending', () => {
    expect(guessBaseForm('«Белавіа»', 'uk')).toMatchObject({ name: 'Белавіа', kind: 'org' });
    expect(guessBaseForm('Белавіа', 'uk', { quoted: true }).kind).toBe('org');
    expect(guessBaseForm('ГУРу', 'uk')).toMatchObject({ name: 'ГУР', kind: 'org' });
  });

  it('a nominative stays as it is', () => {
    expect(guessBaseForm('Світлана Тихановська', 'uk').name).toBe('Світлана Тихановська');
    expect(guessBaseForm('Джон Коул', 'uk').name).toBe('Джон Коул');
  });
});
