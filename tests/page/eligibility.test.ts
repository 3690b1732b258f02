// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { isReadablePage } from '../../utils/page/eligibility';

const html = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

test('reads web pages and local HTML files only', () => {
  const page = html('<p>Новина.</p>');
  expect(isReadablePage(page, 'https://news.example/a')).toBe(true);
  expect(isReadablePage(page, 'file:///home/me/a.html')).toBe(true);
  expect(isReadablePage(page, 'about:blank')).toBe(false);
  expect(isReadablePage(page, 'chrome://settings')).toBe(false);
  expect(isReadablePage(page, 'not a url')).toBe(false);
});

test('leaves a bare image or video the browser shows as a document alone', () => {
  expect(isReadablePage(html('<img src="a.png">'), 'https://x.example/a.png')).toBe(false);
  expect(isReadablePage(html('<video src="a.mp4"></video>'), 'https://x.example/a.mp4')).toBe(false);
});

test('leaves XML and plain-text documents alone', () => {
  const xml = new DOMParser().parseFromString('<rss><item>Лукашенко</item></rss>', 'application/xml');
  expect(isReadablePage(xml, 'https://x.example/feed.xml')).toBe(false);
});
