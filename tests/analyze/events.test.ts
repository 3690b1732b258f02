import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../utils/analyze/claims';
import { findDates } from '../../utils/analyze/dates/index';
import { buildEvents } from '../../utils/analyze/events';
import { handActors } from './seed-actors';

const seed = readFileSync('/work/shared/fixtures/seed-article.txt', 'utf8');

describe('buildEvents on the seed article', () => {
  const actors = handActors(seed);
  const claims = findClaims(seed, actors, 'uk');
  const events = buildEvents(seed, findDates(seed, '2025-11-24', 'uk'), actors, claims, '2025-11-24');
  const on = (date: string) => events.filter((e) => e.date === date);

  it('makes one event per date of a sentence, with the sentence and its actors', () => {
    const nov9 = on('2025-11-09');
    expect(nov9).toHaveLength(1);
    expect(nov9[0].text.startsWith('9 листопада Трамп оголосив')).toBe(true);
    expect(nov9[0].actors).toEqual(['Дональд Трамп', 'Джон Коул', 'Сполучені Штати', 'Білорусь', 'Олександр Лукашенко']);
    expect(seed.slice(nov9[0].start, nov9[0].end)).toBe(nov9[0].text);
    expect(nov9[0].claims.map((i) => claims[i].speaker)).toEqual(['Дональд Трамп']);
  });

  it('keeps both the announcement day and the planned month of one sentence', () => {
    expect(on('2025-11-20')[0].actors).toEqual(['Олександр Лукашенко']);
    expect(on('2025-12')).toMatchObject([{ precision: 'month', actors: ['Олександр Лукашенко'] }]);
  });

  it('drops "У 2025 році" where 21 червня and 11 вересня pin the sentence down', () => {
    expect(on('2025')).toEqual([]);
    expect(on('2025-06-21')).toHaveLength(1);
    expect(on('2025-09-11')).toHaveLength(2);
  });

  it('attaches the claim of a dated sentence to its event', () => {
    const oct = on('2025-10');
    expect(oct).toHaveLength(1);
    expect(oct[0].claims.map((i) => claims[i].text)).toEqual(['Минулого місяця ЄС посилив санкції проти Білорусі']);
  });

  it('dates undated sentences with claims at the publication day', () => {
    const pub = on('2025-11-24');
    // The briefing of "24 листопада" plus the undated statements of Зеленський, Reuters and the officials.
    expect(pub.filter((e) => e.text.startsWith('Лідерка'))).toHaveLength(1);
    const undated = pub.filter((e) => !e.text.includes('24 листопада'));
    expect(undated.every((e) => e.precision === 'day' && e.claims.length > 0)).toBe(true);
    expect(undated[0].text.startsWith('Завдяки допомозі')).toBe(true);
    expect(undated[0].actors).toContain('Володимир Зеленський');
    expect(undated).toHaveLength(9);
  });

  it('leaves sentences without date or claim out of the timeline', () => {
    expect(events.some((e) => e.text.startsWith('Про це повідомляє Reuters'))).toBe(false);
    expect(events).toHaveLength(20);
  });
});
