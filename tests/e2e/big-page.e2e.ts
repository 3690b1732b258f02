/**
 * A page with thousands of names (issue #7): every name is found, only those near the viewport are
 * painted (Chromium rebuilds every highlight's markers after any change), and scrolling paints the
 * text the reader reaches. The page's own DOM changes keep working meanwhile.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, readHighlights, serveFixtures, type ExtensionBrowser, type StaticServer } from './harness';

let browser: ExtensionBrowser;
let server: StaticServer;
const PARAGRAPHS = 3000;

function feedPage(): string {
  const rows: string[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) rows.push(`<p id="p${i}">Новина ${i}: Олександр Лукашенко знову говорив про Білорусь.</p>`);
  return `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Стрічка</title>
<meta property="article:published_time" content="2025-11-24T09:00:00+02:00"></head><body><main>${rows.join('\n')}</main></body></html>`;
}

beforeAll(async () => {
  server = await serveFixtures();
  server.pages.set('/feed/', feedPage());
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Paragraph ids whose text holds a painted actor highlight. */
const paintedParagraphs = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as any).highlights.get('dossier-actor') as Set<AbstractRange> | undefined;
    return [...new Set([...(h ?? [])].map((r) => Number((r.startContainer.parentElement?.id ?? 'p-1').slice(1))))].sort((a, b) => a - b);
  });

/** What the content script found, from its own mark (it paints only part of it). */
const found = (page: Page) =>
  page.evaluate(() => (performance.getEntriesByName('dossier:names-highlighted')[0] as PerformanceMark | undefined)?.detail?.found?.actor ?? 0);

test('thousands of names: all found, those near the viewport painted, more painted on scrolling', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/feed/`);
  await expect.poll(() => found(page), { timeout: 30_000 }).toBe(PARAGRAPHS * 2);
  await expect.poll(() => paintedParagraphs(page), { timeout: 10_000 }).toContain(0);
  const top = await paintedParagraphs(page);
  // Two screens of margin hold a few dozen paragraphs, not thousands.
  expect(top.length).toBeLessThan(PARAGRAPHS / 4);
  expect(top).not.toContain(PARAGRAPHS - 1);
  expect((await readHighlights(page))['dossier-actor']).toEqual(expect.arrayContaining(['Олександр Лукашенко', 'Білорусь']));
  // Filled, not underlined: underlined highlights make Chromium walk the whole page in every frame.
  const paint = await page.evaluate(() => {
    const style = getComputedStyle(document.getElementById('p0')!, '::highlight(dossier-actor)');
    return [style.backgroundColor, style.textDecorationLine];
  });
  expect(paint).toEqual(['rgba(255, 183, 0, 0.32)', 'none']);

  await page.evaluate(() => document.getElementById('p2990')!.scrollIntoView());
  await expect.poll(() => paintedParagraphs(page), { timeout: 10_000 }).toContain(2990);
  const bottom = await paintedParagraphs(page);
  expect(bottom).not.toContain(0);
  expect(bottom.length).toBeLessThan(PARAGRAPHS / 4);

  // The page edits its own text meanwhile: the edited paragraph is re-read, its new name painted.
  await page.evaluate(() => (document.getElementById('p2995')!.textContent = 'Емманюель Макрон прибув до Києва.'));
  await expect.poll(async () => (await readHighlights(page))['dossier-actor'], { timeout: 10_000 }).toEqual(expect.arrayContaining(['Емманюель Макрон', 'Києва']));
  await page.close();
}, 90_000);

test('a page opened scrolled down (at a fragment) is matched from where the reader is, every name once', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/feed/#p2500`);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  // Each name exactly once: text sent before the reader's place was known is not sent again.
  await expect.poll(() => found(page), { timeout: 30_000 }).toBe(PARAGRAPHS * 2);
  await expect.poll(() => paintedParagraphs(page), { timeout: 10_000 }).toContain(2500);
  expect(await paintedParagraphs(page)).not.toContain(0);
  await page.close();
}, 60_000);
