// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { publishedDay, readPageInfo, readPublished } from '../../utils/page/metadata';
import { dayInText, dayOf } from '../../utils/page/dates';

const now = new Date('2026-11-25T12:00:00Z');

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const published = (head: string, body = '', url = 'https://news.example/a') =>
  readPublished(doc(`<html><head>${head}</head><body>${body}</body></html>`), url, now);

describe('readPageInfo', () => {
  test('reads the seed article: canonical URL, title, site, language and 2025-11-24', () => {
    const d = doc(readFileSync('../shared/fixtures/seed-article.html', 'utf8'));
    const info = readPageInfo(d, { href: 'http://127.0.0.1:8000/shared/fixtures/seed-article.html#top' }, now);
    expect(info).toEqual({
      url: 'http://news.example/uk/belarus-release-2025-11-24',
      title: 'Білорусь звільнила близько сотні людей, серед них пʼятеро українців – Зеленський',
      site: 'Стрічка новин',
      lang: 'uk',
      publishedAt: '2025-11-24T19:05:00+02:00',
    });
    expect(publishedDay(info, now)).toBe('2025-11-24');
  });

  test('falls back to og:url, then the location without its hash', () => {
    expect(readPageInfo(doc('<meta property="og:url" content="/x?id=1">'), { href: 'https://a.example/y#z' }, now).url).toBe('https://a.example/x?id=1');
    const bare = readPageInfo(doc('<title> Заголовок </title><html lang="ru-RU">'), { href: 'https://a.example/y?q=1#z' }, now);
    expect(bare).toMatchObject({ url: 'https://a.example/y?q=1', title: 'Заголовок', site: 'a.example', publishedAt: '' });
  });

  test('never takes a non-web canonical URL, which the store would later show as a link', () => {
    const d = doc('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">');
    expect(readPageInfo(d, { href: 'https://a.example/news#x' }, now).url).toBe('https://a.example/news');
  });

  test('takes the language from og:locale when <html lang> is missing', () => {
    expect(readPageInfo(doc('<meta property="og:locale" content="ru_RU">'), { href: 'https://a.example/' }, now).lang).toBe('ru');
  });
});

describe('readPublished', () => {
  test('article:published_time', () => {
    expect(published('<meta property="article:published_time" content="2025-11-24T19:05:00+02:00">')).toBe('2025-11-24T19:05:00+02:00');
  });
  test('JSON-LD datePublished inside @graph, preferring the article over the web page', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebPage', datePublished: '2020-01-01' },
      { '@type': ['NewsArticle'], datePublished: '2020-04-24T16:11:22Z' },
    ] };
    expect(published(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).toBe('2020-04-24T16:11:22Z');
  });
  test('JSON-LD given as a top-level array', () => {
    const ld = [{ '@type': 'BreadcrumbList' }, { '@type': 'Article', datePublished: '2019-03-05' }];
    expect(published(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).toBe('2019-03-05');
  });
  test('<time datetime> in the article byline', () => {
    expect(published('', '<time datetime="2001-01-01">old</time><article><h1>Т</h1><p class="byline"><time datetime="2025-11-24T19:05">24 листопада</time></p><p>Текст.</p></article>')).toBe('2025-11-24T19:05');
  });
  test('itemprop=datePublished', () => {
    expect(published('<meta itemprop="datePublished" content="2020-01-13T17:04:34+0300">')).toBe('2020-01-13T17:04:34+0300');
  });
  for (const [name, value] of [
    ['pubdate', '2021-02-03'], ['DC.date.issued', '2021-02-03'], ['parsely-pub-date', '2021-02-03T10:00:00Z'],
    ['sailthru.date', '2021-02-03 10:00:00'], ['date', '20210203'], ['pdate', '20210203'], ['dateCreated', '2021-02-03T09:00:00+02:00'],
  ]) {
    test(`meta name=${name}`, () => expect(dayOf(published(`<meta name="${name}" content="${value}">`), now)).toBe('2021-02-03'));
  }
  test('hAtom <abbr class="published" title>', () => {
    expect(published('', '<div class="hentry"><h2 class="entry-title">Київ</h2><abbr class="published" title="2009-03-05T14:20:00+02:00">5 березня</abbr><p>Текст допису.</p></div>')).toBe('2009-03-05T14:20:00+02:00');
  });
  test('a date in the URL path', () => {
    expect(published('', '', 'https://www.mk.ru/social/2020/12/29/prisyazhnye.html')).toBe('2020-12-29');
  });
  test('a visible byline date in Russian when nothing else states one', () => {
    expect(published('', '<article><p class="date">15 августа 2016, 13:43</p><h1>Подольски</h1><p>Текст новини тут.</p></article>')).toBe('2016-08-15');
  });
  test('ignores impossible and future dates', () => {
    expect(published('<meta name="date" content="2099-01-01">')).toBe('');
    expect(published('<meta property="article:published_time" content="not a date">')).toBe('');
  });
  test('today only as the last resort', () => {
    expect(publishedDay({ publishedAt: '' }, now)).toBe('2026-11-25');
  });
});

describe('byline dates', () => {
  test.each([
    ['24 листопада 2025, 19:05', '2025-11-24'], ['Опубліковано 9 листопада 2025', '2025-11-09'],
    ['15 августа 2016', '2016-08-15'], ['April 24, 2020 at 9:11 am', '2020-04-24'], ['24.04.2020 09:11', '2020-04-24'],
    ['Updated 2020-04-24', '2020-04-24'], ['1 травня 2024', '2024-05-01'], ['3 мая 2024', '2024-05-03'],
  ])('%s', (text, day) => expect(dayInText(text, now)).toBe(day));
});
