// @vitest-environment happy-dom
/**
 * Bylines that leave part of the date to the reader, read when a page states no full date: relative
 * ("Вчора о 22:10", "2 години тому") and year-less ("24 листопада, 19:05").
 */
import { describe, expect, test } from 'vitest';
import { readPublished } from '../../utils/page/metadata';
import { relativeBylineDay, yearlessBylineDay } from '../../utils/page/metadata-byline';

// Noon on 25 November in every zone the tests may run in, so the reader's local day is the 25th.
const now = new Date(2026, 10, 25, 12, 0);
const page = (head: string, body = '', url = 'https://news.example/a') =>
  readPublished(new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html'), url, now);
const article = (byline: string) =>
  `<article><h1>Білорусь звільнила близько сотні людей</h1><div class="post-date">${byline}</div>` +
  '<p>Про це повідомив Зеленський у вечірньому зверненні в понеділок.</p></article>';

describe('relative bylines', () => {
  test.each([
    ['Сьогодні, 14:30', '2026-11-25'], ['Вчора о 22:10', '2026-11-24'], ['Сегодня в 09:15', '2026-11-25'],
    ['Вчера, 23:55', '2026-11-24'], ['Yesterday at 5:40 PM', '2026-11-24'],
    ['2 години тому', '2026-11-25'], ['15 минут назад', '2026-11-25'], ['3 дні тому', '2026-11-22'],
    ['1 день тому', '2026-11-24'], ['5 днів тому', '2026-11-20'], ['36 hours ago', '2026-11-24'],
  ])('%s', (text, day) => expect(relativeBylineDay(text, now)).toBe(day));

  test('a heading with "сьогодні" and no time is not a date', () => {
    expect(relativeBylineDay('Новини сьогодні', now)).toBeNull();
    expect(relativeBylineDay('Сьогодні в Україні', now)).toBeNull();
    expect(relativeBylineDay('Закон ухвалили 2 дні тому і він набрав чинності', now)).toBeNull();
  });

  test('used only when the page states no date at all', () => {
    expect(page('', article('Вчора, 22:10'))).toBe('2026-11-24');
    expect(page('<meta name="date" content="2025-11-24">', article('Вчора, 22:10'))).toBe('2025-11-24');
  });
});

describe('year-less bylines', () => {
  test.each([
    ['24 листопада, 19:05', '2026-11-24'], ['Понеділок, 24 листопада 19:05', '2026-11-24'],
    ['29 июня, 00:16', '2026-06-29'], ['3 травня о 10:00', '2026-05-03'],
    // Later in the year than today: last year's.
    ['28 грудня, 09:30', '2025-12-28'],
  ])('%s', (text, day) => expect(yearlessBylineDay(text, now)).toBe(day));

  test('needs a month and a time: counts and bare day-month phrases are not bylines', () => {
    expect(yearlessBylineDay('24 листопада', now)).toBeNull();
    expect(yearlessBylineDay('12 квартир, 10:00', now)).toBeNull();
    expect(yearlessBylineDay('Зеленський 24 листопада, 19:05 заявив', now)).toBeNull();
  });

  test('a full date or a URL date wins over a year-less byline', () => {
    expect(page('', article('24 листопада, 19:05'))).toBe('2026-11-24');
    expect(page('', article('24 листопада, 19:05'), 'https://news.example/2024/11/24/story/')).toBe('2024-11-24');
  });
});
