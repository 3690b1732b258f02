// @vitest-environment happy-dom
/**
 * The article's own day when its metadata speaks UTC. A Kyiv page published at 00:40 local time
 * often states "…T22:40:00Z" of the day before in article:published_time; every "вчора" in it would
 * then resolve a day early.
 */
import { describe, expect, test } from 'vitest';
import { readPublished } from '../../utils/page/metadata';
import { dayOf } from '../../utils/page/dates';

const now = new Date('2026-11-25T12:00:00Z');
const page = (head: string, body = '', url = 'https://news.example/a') =>
  readPublished(new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html'), url, now);
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...o })}</script>`;
const article = (byline: string) =>
  `<article><h1>Білорусь звільнила близько сотні людей</h1><div class="post-date">${byline}</div>` +
  '<p>Про це повідомив Зеленський у вечірньому зверненні в понеділок.</p></article>';

describe('a UTC timestamp is read in the article\'s own zone', () => {
  test('a zoneless meta takes the zone its JSON-LD twin states (latimes.com)', () => {
    const head = '<meta property="article:published_time" content="2019-11-20T01:50:59.403">' +
      ld({ '@type': 'NewsArticle', datePublished: '2019-11-20T01:50:59.403Z' });
    expect(page(head)).toBe('2019-11-20T01:50:59.403Z');
    // …which the URL, written in Los Angeles, then puts on the 19th.
    expect(page(head, '', 'https://www.latimes.com/entertainment-arts/business/story/2019-11-19/disney-plus-kevin-mayer')).toBe('2019-11-19');
  });

  test('a zoneless meta without a twin stays as written (local time by convention)', () => {
    const head = '<meta property="article:published_time" content="2020-12-03T18:47">';
    expect(page(head, '', 'https://news.example/2020/12/02/story/')).toBe('2020-12-03T18:47');
  });

  test('the same instant with the page\'s offset in JSON-LD wins over a meta in Z', () => {
    const head = '<meta property="article:published_time" content="2025-11-23T22:40:00Z">' +
      ld({ '@type': 'NewsArticle', datePublished: '2025-11-24T00:40:00+02:00' });
    expect(page(head)).toBe('2025-11-24T00:40:00+02:00');
  });

  test('…or in another meta (+0300 written without a colon)', () => {
    const head = '<meta property="article:published_time" content="2020-06-28T21:16:15+00:00">' +
      '<meta itemprop="datePublished" content="2020-06-29T00:16:15+0300">';
    expect(dayOf(page(head), now)).toBe('2020-06-29');
  });

  test('a zoned timestamp of another instant (the modification) does not move the day', () => {
    const head = '<meta property="article:published_time" content="2025-11-23T22:40:00Z">' +
      '<meta property="article:modified_time" content="2025-11-24T09:15:00+02:00">';
    expect(page(head)).toBe('2025-11-23T22:40:00Z');
  });

  test('the visible byline decides when its day and time differ from the UTC ones by a zone offset', () => {
    const head = '<meta property="article:published_time" content="2025-11-23T22:40:00+00:00">';
    expect(page(head, article('24 листопада 2025, 00:40'))).toBe('2025-11-24');
    expect(page(head, article('24.11.2025 00:40'))).toBe('2025-11-24');
  });

  test('a byline showing another time (an update) is not taken for the zone', () => {
    const head = '<meta property="article:published_time" content="2025-11-23T22:40:00Z">';
    expect(page(head, article('Оновлено 24 листопада 2025, 09:17'))).toBe('2025-11-23T22:40:00Z');
  });

  test('an invisible <time datetime> in another zone does not move the day (sites render it per visitor)', () => {
    const head = '<meta property="article:published_time" content="2019-01-03T03:00:02.000Z">';
    const body = '<article><h1>What is the sea telling us?</h1><p class="meta">' +
      '<time itemprop="datePublished" datetime="2019-01-02T22:00:02-0500"></time></p>' +
      '<p>New Zealand\u2019s whale whisperers worry that manmade changes in the ocean are behind the spike.</p></article>';
    expect(page(head, body)).toBe('2019-01-03T03:00:02.000Z');
  });

  test('a visible byline is read as the reader reads it, even when the site wrote it in the visitor\'s zone', () => {
    const head = '<meta property="article:published_time" content="2019-01-03T03:00:02.000Z">';
    const body = '<article><h1>What is the sea telling us?</h1><p class="content__dateline">' +
      '<time datetime="2019-01-02T22:00:02-0500">Wed 2 Jan 2019 22.00 EST</time></p><p>Text.</p></article>';
    expect(page(head, body)).toBe('2019-01-02');
  });

  test('the URL\'s date, written in the publisher\'s zone, decides a day the UTC stamp overshoots', () => {
    const head = '<meta property="article:published_time" content="2019-11-19T04:58:46+00:00">';
    const url = 'https://techcrunch.com/2019/11/18/new-york-state-attorney-general-reportedly-investigating-google/';
    expect(page(head, '', url)).toBe('2019-11-18');
    // …and beats a visible byline, which a site may render in the visitor's zone.
    expect(page(head, article('Nov 19, 2019, 09:58'), url)).toBe('2019-11-18');
  });

  test('a URL date no zone can explain (04:58 UTC is the next day nowhere) is not taken', () => {
    const head = '<meta property="article:published_time" content="2019-11-19T04:58:46Z">';
    expect(page(head, '', 'https://news.example/2019/11/20/story/')).toBe('2019-11-19T04:58:46Z');
  });

  test('a URL agreeing with the UTC day keeps it against a byline in another zone', () => {
    const head = '<meta property="article:published_time" content="2025-11-23T22:40:00Z">';
    expect(page(head, article('24 листопада 2025, 00:40'), 'https://news.example/2025/11/23/story/')).toBe('2025-11-23T22:40:00Z');
  });

  test('a page without a UTC stamp is left as it is', () => {
    expect(page('<meta property="article:published_time" content="2020-06-29T00:16:15+03:00">', article('28 червня 2020, 21:16'))).toBe('2020-06-29T00:16:15+03:00');
  });
});
