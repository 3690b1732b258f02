import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analyze/index';
import { findDates } from '../../utils/analyze/dates/index';
import type { Lang } from '../../utils/analyze/types';

const texts = (t: string, lang: Lang, published = '2025-11-24') =>
  findDates(t, published, lang).map((d) => [d.text, d.value]);

describe('lone month words', () => {
  it('are not dates inside other words or as common words', () => {
    expect(texts('Квітка росте біля хати. Серп і молот. Немає трав. Лютий мороз скував річку.', 'uk')).toEqual([]);
    expect(texts("Черв'яки вилізли після дощу.", 'uk')).toEqual([]);
    expect(texts('Мая Плисецкая танцевала в Большом театре.', 'ru')).toEqual([]);
    expect(texts('Orangemen march each year, and they may come again.', 'en')).toEqual([]);
  });

  it('are dates after a preposition or modifier, and in a list after another month', () => {
    expect(texts('Переговори тривали до березня, а у квітні та травні вщухли.', 'uk')).toEqual([
      ['березня', '2025-03'],
      ['у квітні', '2025-04'],
      ['травні', '2025-05'],
    ]);
    expect(texts('Наприкінці березня уряд пішов у відставку.', 'uk')).toEqual([['березня', '2025-03']]);
    expect(texts('Sales rose in March, the company said.', 'en')).toEqual([['March', '2025-03']]);
  });

  it("keeps a possessive after an English date (\"last year's\", \"Friday's\")", () => {
    expect(texts("Sales were up from last year's $1.55 billion.", 'en', '1989-11-02')).toEqual([['last year', '1988']]);
  });
});

describe('Cyrillic text reads both uk and ru month words', () => {
  it('finds the date of a short Ukrainian sentence without і/ї/є (once guessed Russian)', () => {
    const r = analyze('9 листопада Трамп висунув Джона Коула.', null, { published: '2025-11-24' });
    expect(r.lang).toBe('uk');
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['9 листопада', '2025-11-09']]);
  });

  it('finds Russian month words in a Ukrainian text and Ukrainian ones in a Russian text', () => {
    expect(texts('Вона написала: «Встреча прошла 12 ноября в Минске».', 'uk')).toEqual([['12 ноября', '2025-11-12']]);
    expect(texts('9 листопада Трамп висунув Джона Коула.', 'ru')).toEqual([['9 листопада', '2025-11-09']]);
  });
});
