/**
 * Clips in real Chromium with the built extension: select a passage of the seed article, clip it the
 * way the context menu does (Playwright can't click native menus, so the service worker's own menu
 * handler is called) and with the keyboard command's handler, reload and see it drawn as
 * `dossier-clip`, change the page and see it re-attached (or orphaned when its text is gone), then
 * export the clips from the popup and import them into a fresh profile, where the article shows them.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { launchWithExtension, readHighlights, serveFixtures, sharedDir, type ExtensionBrowser, type StaticServer } from './harness';

/** The service worker's `chrome`, typed just enough for these calls (the functions run in the browser). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};

let browser: ExtensionBrowser;
let server: StaticServer;
const seedHtml = readFileSync(`${sharedDir}/fixtures/seed-article.html`, 'utf8');
const PATH = '/clips/seed-article.html';
const passage = 'Дякую кожному, хто допомагає повертати українців!';
const second = 'адміністрація президента США Дональда Трампа';

beforeAll(async () => {
  server = await serveFixtures();
  server.pages.set(PATH, seedHtml);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = () => `${server.url}${PATH}`;

async function open(b: ExtensionBrowser, path = PATH): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`${server.url}${path}`);
  // The reading session is up once the engine's highlights are drawn.
  await expect.poll(async () => (await readHighlights(page))['dossier-actor']?.length ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
  return page;
}

/** Selects the first occurrence of `text` on the page, as a reader dragging the mouse would. */
async function select(page: Page, text: string) {
  const ok = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(text);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    }
    return false;
  }, text);
  expect(ok, `"${text}" is on the page`).toBe(true);
}

type Commands = { onMenuClicked(info: object, tab: object): Promise<unknown>; onCommand(c: string, tab: object): Promise<unknown> };

/** Runs a background clip handler for the page's tab, as Chrome would on a menu click or shortcut. */
async function viaBackground(page: Page, how: 'menu' | 'command') {
  await page.bringToFront();
  return browser.serviceWorker.evaluate(async (how) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const commands = (globalThis as unknown as { dossierClipCommands: Commands }).dossierClipCommands;
    return how === 'menu'
      ? commands.onMenuClicked({ menuItemId: 'dossier-clip-selection', selectionText: '' }, tab)
      : commands.onCommand('clip-selection', tab);
  }, how) as Promise<{ clip: { id: string; quote: string; actorIds: string[]; speaker?: string; date?: string } | null }>;
}

const clipTexts = async (page: Page) => (await readHighlights(page))['dossier-clip'] ?? [];

describe('clips on the seed article', () => {
  let clipId = '';

  test('context menu: the selection becomes a clip with the engine’s findings, drawn at once', async () => {
    const page = await open(browser);
    await select(page, passage);
    const { clip } = await viaBackground(page, 'menu');
    expect(clip).toMatchObject({ quote: passage, date: '2025-11-24' });
    clipId = clip!.id;
    expect(await clipTexts(page)).toEqual([passage]);
    await page.close();
  });

  test('keyboard command handler clips a second passage, with the actor found inside it', async () => {
    const page = await open(browser);
    await expect.poll(() => clipTexts(page), { timeout: 10_000 }).toEqual([passage]);
    await select(page, second);
    const { clip } = await viaBackground(page, 'command');
    expect(clip?.quote).toBe(second);
    // The handler is the one bound to the declared shortcut (a real key press never reaches
    // extension commands in headless Chromium, so the binding is checked here instead).
    const bound = await browser.serviceWorker.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === 'clip-selection')?.shortcut);
    expect(bound).toMatch(/Alt\+Shift\+S|⌥⇧S/);
    expect(clip!.actorIds.length).toBeGreaterThan(0);
    expect((await clipTexts(page)).sort()).toEqual([passage, second].sort());
    await page.close();
  });

  test('reload: both clips are drawn again from the store', async () => {
    const page = await open(browser);
    await expect.poll(async () => (await clipTexts(page)).sort(), { timeout: 10_000 }).toEqual([passage, second].sort());
    await page.close();
  });

  test('a single-page app navigates away and back: the clips go with their article and come back with it', async () => {
    const page = await open(browser);
    await expect.poll(async () => (await clipTexts(page)).sort(), { timeout: 10_000 }).toEqual([passage, second].sort());
    const swap = (to: 'other' | 'back') =>
      page.evaluate(
        ({ to, path }) => {
          const w = window as unknown as { kept?: Node[]; keptHref?: string };
          const canonical = document.querySelector('link[rel=canonical]') as HTMLLinkElement;
          const main = document.querySelector('article') ?? document.body;
          if (to === 'other') {
            w.kept = [...main.childNodes];
            w.keptHref = canonical.href;
            const p = document.createElement('p');
            p.textContent = 'Дональд Трамп зустрівся з Володимиром Путіним, повідомляє Reuters.';
            main.replaceChildren(p);
            canonical.href = `${location.origin}/clips/other-article`;
            history.pushState({}, '', '/clips/other-article');
          } else {
            main.replaceChildren(...w.kept!);
            canonical.href = w.keptHref!;
            history.pushState({}, '', path);
          }
        },
        { to, path: PATH },
      );
    await swap('other');
    await expect.poll(() => clipTexts(page), { timeout: 10_000 }).toEqual([]);
    await swap('back');
    await expect.poll(async () => (await clipTexts(page)).sort(), { timeout: 10_000 }).toEqual([passage, second].sort());
    await page.close();
  });

  test('the page changed (an ad before, a word edited, whitespace): the clip is re-attached to the edited words', async () => {
    const changed = seedHtml
      .replace('<p>«Памʼятаємо', '<p>РЕКЛАМА: передплатіть газету зі знижкою!</p>\n<p>«Памʼятаємо')
      .replace('Дякую кожному, хто допомагає', 'Дякую  кожному,   хто щиро допомагає');
    expect(changed).not.toBe(seedHtml);
    server.pages.set(PATH, changed);
    const page = await open(browser);
    await expect.poll(async () => (await clipTexts(page)).sort(), { timeout: 10_000 }).toEqual(
      [second, 'Дякую  кожному,   хто щиро допомагає повертати українців!'].sort(),
    );
    await page.close();
  });

  test('the passage removed: nothing drawn on wrong words, and the clip is marked orphaned', async () => {
    server.pages.set(PATH, seedHtml.replace('Дякую кожному, хто допомагає повертати українців!', ''));
    onTestFinished(() => void server.pages.set(PATH, seedHtml));
    const page = await open(browser);
    await expect.poll(() => clipTexts(page), { timeout: 10_000 }).toEqual([second]);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: /Clips|Вирізки/ }).click();
    await expect.poll(() => popup.locator(`[data-clip-id="${clipId}"] .clip-warning`).count(), { timeout: 10_000 }).toBe(1);
    server.pages.set(PATH, seedHtml);
    await page.reload();
    await expect.poll(async () => (await clipTexts(page)).length, { timeout: 20_000 }).toBe(2);
    await popup.reload();
    await popup.getByRole('tab', { name: /Clips|Вирізки/ }).click();
    await expect.poll(() => popup.locator(`[data-clip-id="${clipId}"] .clip-warning`).count(), { timeout: 10_000 }).toBe(0);
    await page.close();
    await popup.close();
  });

  test('export JSON-LD from the popup, import into a fresh profile: the article shows the clips there', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: /Clips|Вирізки/ }).click();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('button[data-format="jsonld"]')]);
    const file = `${await download.path()}`;
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.first.items.map((a: { target: { selector: { exact?: string }[] } }) => a.target.selector[0].exact).sort()).toEqual([passage, second].sort());

    const fresh = await launchWithExtension();
    try {
      const p2 = await fresh.context.newPage();
      await p2.goto(`chrome-extension://${fresh.extensionId}/popup.html`);
      await p2.getByRole('tab', { name: /Clips|Вирізки/ }).click();
      await p2.setInputFiles('.import-button input[type=file]', file);
      await expect.poll(() => p2.locator('.export-ok').textContent(), { timeout: 10_000 }).toMatch(/2/);
      await expect.poll(() => p2.locator('.clip-quote').allTextContents(), { timeout: 10_000 }).toEqual(expect.arrayContaining([passage, second]));
      // A hostile file is refused with the reason, and the two clips stay.
      await p2.setInputFiles('.import-button input[type=file]', { name: 'evil.jsonld', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...doc, first: { ...doc.first, items: [{ ...doc.first.items[0], target: { ...doc.first.items[0].target, source: 'javascript:alert(1)' } }] } })) });
      await expect.poll(() => p2.locator('.export-error').textContent(), { timeout: 10_000 }).toMatch(/http\(s\)/);
      expect(await p2.locator('.clip-quote').count()).toBe(2);

      const article = await fresh.context.newPage();
      await article.goto(url());
      await expect.poll(async () => (await clipTexts(article)).sort(), { timeout: 20_000 }).toEqual([passage, second].sort());
    } finally {
      await fresh.close();
    }
    await popup.close();
  });

  test('search in the popup finds the clip, an event and a claim by word prefix', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: /Search|Пошук/ }).click();
    await popup.fill('.search-input', 'повертат україн');
    await expect.poll(() => popup.locator('.search-hit .search-text').allTextContents(), { timeout: 10_000 }).toEqual(expect.arrayContaining([passage]));
    // The claim around the clipped words is found too.
    expect(await popup.locator('.search-claim .search-text').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(passage)]));
    await popup.fill('.search-input', 'ЛУКАШЕНК грандіозн');
    await expect.poll(() => popup.locator('.search-event .search-text').allTextContents(), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining('Лукашенко заявив про готовність до «грандіозної угоди»')]),
    );
    // 404s are the test server's missing favicon, not the extension.
    expect(browser.errors.filter((e) => !/Failed to load resource: .* 404/.test(e))).toEqual([]);
    await popup.close();
  });

  test('open at source: the popup opens the URL with the clip id and a text fragment; that URL scrolls to the clip', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: /Clips|Вирізки/ }).click();
    const row = popup.locator('li.clip', { hasText: passage });
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), row.getByRole('button', { name: /Open at source|Відкрити в джерелі/ }).click()]);
    // The canonical address (news.example) is not on the network here, so the tab shows an error
    // page; the address the popup asked for is in the tab's navigation history.
    const cdp = await opened.context().newCDPSession(opened);
    const history = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string }[] };
    await cdp.detach();
    const asked = history.entries.map((e) => e.url).filter((u) => u.includes('news.example'));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^http:\/\/news\.example\/uk\/belarus-release-2025-11-24#dossier-clip=clp_[0-9a-z]+:~:text=/);
    const id = /#dossier-clip=([0-9a-z_]+)/.exec(asked[0])![1];
    await opened.close();
    // The same article where it is served, with the same fragment: the content script scrolls to the clip.
    const page = await browser.context.newPage();
    await page.goto(`${url()}#dossier-clip=${id}`);
    await expect.poll(() => clipTexts(page), { timeout: 20_000 }).toContain(passage);
    await expect
      .poll(() => page.evaluate((text) => {
        const r = [...(CSS as any).highlights.get('dossier-clip')].find((r: Range) => r.toString() === text) as Range;
        const box = r.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight && scrollY > 0;
      }, passage), { timeout: 10_000 })
      .toBe(true);
    await page.close();
    await popup.close();
  });

  test('edit note and tags, filter by tag, delete and undo in the clips view', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: /Clips|Вирізки/ }).click();
    const row = popup.locator('li.clip', { hasText: passage });
    await row.getByRole('button', { name: /Edit|Редагувати/ }).click();
    await row.locator('textarea').fill('Подяка тим, хто повертає полонених');
    await row.locator('input').fill('полон, подяка');
    await row.getByRole('button', { name: /^(Save|Зберегти)$/ }).click();
    await expect.poll(() => popup.locator('li.clip', { hasText: passage }).locator('.clip-tags li').allTextContents(), { timeout: 10_000 }).toEqual(['полон', 'подяка']);
    await popup.getByRole('combobox', { name: /Tag|Тег/ }).selectOption('подяка');
    await expect.poll(() => popup.locator('.clip-quote').allTextContents(), { timeout: 10_000 }).toEqual([passage]);
    await popup.getByRole('combobox', { name: /Tag|Тег/ }).selectOption('');
    await popup.getByRole('searchbox', { name: /Search quotes|Пошук у цитатах/ }).fill('полонених');
    await expect.poll(() => popup.locator('.clip-quote').allTextContents(), { timeout: 10_000 }).toEqual([passage]);
    await popup.getByRole('searchbox', { name: /Search quotes|Пошук у цитатах/ }).fill('');
    await expect.poll(() => popup.locator('.clip-quote').count(), { timeout: 10_000 }).toBe(2);
    await popup.locator('li.clip', { hasText: passage }).getByRole('button', { name: /Delete|Видалити/ }).click();
    await expect.poll(() => popup.locator('.clip-quote').allTextContents(), { timeout: 10_000 }).toEqual([second]);
    await popup.getByRole('button', { name: /Undo|Повернути/ }).click();
    await expect.poll(() => popup.locator('.clip-quote').count(), { timeout: 10_000 }).toBe(2);
    await expect(popup.locator('li.clip', { hasText: passage }).locator('.clip-note').textContent()).resolves.toBe('Подяка тим, хто повертає полонених');
    await popup.close();
  });

  test('tooltip: a keyboard user clips a highlighted claim with the Clip button', async () => {
    const page = await open(browser);
    const claim = 'Допомагаємо нашим американським партнерам';
    const tooltip = () => page.evaluate(() => document.activeElement?.tagName ?? '');
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Alt+Shift+D');
      const focused = await page.evaluate(() => {
        const h = (CSS as any).highlights.get('dossier-focus') as Set<AbstractRange> | undefined;
        const text = (r: AbstractRange) => {
          const x = document.createRange();
          x.setStart(r.startContainer, r.startOffset);
          x.setEnd(r.endContainer, r.endOffset);
          return x.toString();
        };
        return h ? [...h].map(text).join('') : '';
      });
      if (focused.startsWith(claim)) break;
    }
    expect(await tooltip()).toBe('DOSSIER-TOOLTIP');
    // Focus is in the card: the close button, then Clip.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await clipTexts(page)).some((t) => t.startsWith(claim)), { timeout: 10_000 }).toBe(true);
    await page.close();
  });
});
