/**
 * Pages that change after load (issue #7), in Chromium with the built extension: paragraphs appended
 * (infinite scroll), a single-page-app navigation (content swapped, history.pushState), text replaced
 * by a framework. Highlights must follow the text, and blocks the page did not touch must keep their
 * highlights as they were (the very same Range objects), which shows only changed text was re-read.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, readHighlights, serveFixtures, type ExtensionBrowser, type StaticServer } from './harness';
import { stopExtensionWorker } from '../../scripts/lib/worker';

let browser: ExtensionBrowser;
let server: StaticServer;

const ARTICLE = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Стрічка</title>
<meta property="article:published_time" content="2025-11-24T09:00:00+02:00"></head><body>
<nav><a href="/spa/">Головна</a></nav>
<main><article><h1>Новини дня</h1>
<p id="p1">Володимир Зеленський провів телефонну розмову з президентом Франції Емманюелем Макроном.</p>
<p id="p2">Після цього делегація вирушила до Варшави, де її зустріли представники уряду Польщі.</p>
<p id="p3">Олександр Лукашенко тим часом заявив, що Мінськ готовий до переговорів.</p>
</article></main></body></html>`;

beforeAll(async () => {
  server = await serveFixtures();
  server.pages.set('/spa/', ARTICLE);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const actors = async (page: Page) => (await readHighlights(page))['dossier-actor'] ?? [];

async function open(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/spa/`);
  await expect.poll(() => actors(page), { timeout: 20_000 }).toContain('Олександр Лукашенко');
  return page;
}

/** Keeps the page's current actor Range objects, to check later which ones survived a change. */
const rememberRanges = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { kept: AbstractRange[] }).kept = [...((CSS as any).highlights.get('dossier-actor') as Set<AbstractRange>)];
  });

/** Texts of the remembered ranges still registered (same objects), per paragraph id. */
const survivors = (page: Page) =>
  page.evaluate(() => {
    const now = (CSS as any).highlights.get('dossier-actor') as Set<AbstractRange>;
    const out: Record<string, string[]> = {};
    for (const r of (window as unknown as { kept: AbstractRange[] }).kept) {
      if (!now.has(r)) continue;
      const id = (r.startContainer.parentElement?.closest('p') as HTMLElement | null)?.id ?? '?';
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      (out[id] ??= []).push(range.toString());
    }
    return out;
  });

test('appended paragraphs are highlighted, and the paragraphs already read keep their highlights', async () => {
  const page = await open();
  expect(await actors(page)).toEqual(expect.arrayContaining(['Володимир Зеленський', 'Емманюелем Макроном', 'Варшави', 'Польщі', 'Мінськ']));
  await rememberRanges(page);
  // An infinite-scroll feed adds items in a burst.
  await page.evaluate(() => {
    const article = document.querySelector('article')!;
    for (const text of ['Дональд Трамп прокоментував зустріч у Києві.', 'Reuters повідомляє, що Володимир Путін відмовився від коментарів.']) {
      const p = document.createElement('p');
      p.className = 'more';
      p.textContent = text;
      article.append(p);
    }
  });
  await expect.poll(() => actors(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Дональд Трамп', 'Києві', 'Reuters', 'Володимир Путін']));
  const list = await actors(page);
  // Nothing highlighted twice.
  expect(list.filter((t) => t === 'Володимир Зеленський')).toHaveLength(1);
  expect(list.filter((t) => t === 'Мінськ')).toHaveLength(1);
  // The three original paragraphs were not re-highlighted: their ranges are the same objects.
  const kept = await survivors(page);
  expect(kept.p1).toEqual(['Володимир Зеленський', 'Франції', 'Емманюелем Макроном']);
  expect(kept.p2).toEqual(['Варшави', 'Польщі']);
  expect(kept.p3).toEqual(['Олександр Лукашенко', 'Мінськ']);
  await page.close();
});

test('text replaced in place: the old names lose their highlights, the new ones get them', async () => {
  const page = await open();
  await rememberRanges(page);
  // A framework re-rendering one paragraph (new text node) and patching another's text (characterData).
  await page.evaluate(() => {
    document.getElementById('p2')!.textContent = 'Делегація повернулася до Києва, а Дональд Трамп відклав візит.';
    (document.getElementById('p3')!.firstChild as Text).data = 'Емманюель Макрон заявив, що Польща підтримує це рішення.';
  });
  await expect.poll(() => actors(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Києва', 'Дональд Трамп', 'Емманюель Макрон', 'Польща']));
  const list = await actors(page);
  for (const gone of ['Варшави', 'Польщі', 'Олександр Лукашенко', 'Мінськ']) expect(list, gone).not.toContain(gone);
  expect(list.filter((t) => t === '')).toHaveLength(0); // no collapsed leftovers of the replaced text
  expect((await survivors(page)).p1).toEqual(['Володимир Зеленський', 'Франції', 'Емманюелем Макроном']);
  await page.close();
});

test('single-page-app navigation: new content and pushState give the new article its highlights only', async () => {
  const page = await open();
  await page.evaluate(() => {
    const article = document.querySelector('article')!;
    article.replaceChildren();
    const h1 = document.createElement('h1');
    h1.textContent = 'Друга новина';
    const p = document.createElement('p');
    p.textContent = 'Дональд Трамп зустрівся з Володимиром Путіним, повідомляє Reuters.';
    article.append(h1, p);
    history.pushState({}, '', '/spa/second');
  });
  await expect.poll(() => actors(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Дональд Трамп', 'Володимиром Путіним', 'Reuters']));
  const list = await actors(page);
  for (const gone of ['Володимир Зеленський', 'Варшави', 'Мінськ']) expect(list, gone).not.toContain(gone);
  expect(list.filter((t) => t === '')).toHaveLength(0);
  expect(page.url()).toMatch(/\/spa\/second$/);
  await page.close();
});

test('the service worker stops while the page is open: text added afterwards is still analysed', async () => {
  const page = await open();
  // Chrome stops an idle worker after 30 s (and on updates); the page's request port goes with it.
  await stopExtensionWorker(browser.context, browser.extensionId);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Дональд Трамп прокоментував зустріч у Києві.';
    document.querySelector('article')!.append(p);
  });
  await expect.poll(() => actors(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(['Дональд Трамп', 'Києві']));
  await page.close();
});

test('text changed on screen and far below it at once: the block on screen is highlighted first', async () => {
  const page = await open();
  await page.evaluate(() => {
    const spacer = Object.assign(document.createElement('div'), { style: 'height: 6000px' });
    const far = Object.assign(document.createElement('p'), { id: 'far', textContent: 'Унизу сторінки згадано Київ.' });
    document.querySelector('main')!.append(spacer, far);
  });
  await expect.poll(() => actors(page), { timeout: 10_000 }).toContain('Київ');
  // The page records, between its tasks, when each name first shows in the highlights.
  await page.evaluate(() => {
    const w = window as unknown as { seen: Record<string, number> };
    w.seen = {};
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      for (const r of ((CSS as any).highlights.get('dossier-actor') as Set<AbstractRange>) ?? []) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        w.seen[range.toString()] ??= performance.now();
      }
      if (!('Дональд Трамп' in w.seen && 'Емманюель Макрон' in w.seen)) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    // Changed in this order: the block far below first, as the page's mutations list them.
    document.getElementById('far')!.textContent = 'Унизу сторінки тепер Дональд Трамп.';
    document.getElementById('p1')!.textContent = 'Емманюель Макрон прибув до Мінська.';
  });
  await expect.poll(() => actors(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Дональд Трамп', 'Емманюель Макрон']));
  const seen = (await page.evaluate(() => (window as unknown as { seen: Record<string, number> }).seen)) as Record<string, number>;
  expect(seen['Емманюель Макрон']).toBeLessThan(seen['Дональд Трамп']);
  await page.close();
});
