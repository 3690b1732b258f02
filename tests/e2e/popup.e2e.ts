/**
 * The popup timeline in real Chromium: the store is seeded through the background's own message
 * handler (as the content script would), then the popup must list the events in date order, group
 * them, filter them, and open a source in a tab.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type StaticServer } from './harness';
import { seedAnalysis, seedPage } from '../db/fixture';

let browser: ExtensionBrowser;
let server: StaticServer;
let popup: Page;

const other = {
  page: { url: '', title: 'Інша стаття', site: '127.0.0.1', lang: 'uk', publishedAt: '2025-10-02' },
  text: 'Першого жовтня 2025 року Володимир Зеленський зустрівся з партнерами.',
};

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const seedUrl = `${server.url}/shared/fixtures/seed-article.html`;
  const text = other.text;
  const zStart = text.indexOf('Володимир Зеленський');
  const replies = await popup.evaluate(
    async ([first, second]) => {
      const send = (m: unknown) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m);
      return [await send(first), await send(second), await send(first), await send({ type: 'gazetteer/get' })];
    },
    [
      { type: 'page/analyzed', page: { ...seedPage, url: seedUrl }, result: seedAnalysis() },
      {
        type: 'page/analyzed',
        page: { ...other.page, url: `${server.url}/other` },
        result: {
          text, published: '2025-10-02', lang: 'uk', candidates: [], claims: [],
          actors: [{ text: 'Володимир Зеленський', start: zStart, end: zStart + 20, name: 'Володимир Зеленський', kind: 'person' }],
          dates: [{ text: 'Першого жовтня 2025 року', start: 0, end: 24, value: '2025-10-01', precision: 'day' }],
          events: [{ date: '2025-10-01', precision: 'day', text, start: 0, end: text.length, actors: ['Володимир Зеленський'], claims: [] }],
        },
      },
    ] as const,
  );
  expect(replies.slice(0, 3)).toEqual([
    { ok: true, value: { sourceId: expect.stringMatching(/^src_/) } },
    { ok: true, value: { sourceId: expect.stringMatching(/^src_/) } },
    replies[0],
  ]);
  // The real compiled gazetteer comes back from the background (starter list bundled in the build).
  expect(replies[3]).toMatchObject({ ok: true, value: { version: expect.any(String), data: { format: expect.stringMatching(/^dossier-gazetteer\//) } } });
  await popup.reload();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const dates = () => popup.locator('article.event').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));

test('the timeline lists the seeded events in date order, grouped, once each', async () => {
  await expect.poll(dates).toEqual(['2025-10-01', '2025-11', '2025-11-22', '2025-11-24', '2025-11-24']);
  const headings = await popup.locator('.group-heading').allInnerTexts();
  expect(headings).toHaveLength(4);
  expect(headings[1]).toMatch(/^(November 2025|листопад 2025)$/);
  await expect.poll(() => popup.locator('.timeline-count').innerText()).toMatch(/5/);
  const claim = await popup.locator('.event-claim').first().innerText();
  expect(claim).toContain('Допомагаємо нашим американським партнерам');
});

test('filters by actor and by text', async () => {
  await popup.locator('select').selectOption({ label: 'Олександр Лукашенко' });
  await expect.poll(dates).toEqual(['2025-11-22']);
  await popup.locator('select').selectOption({ index: 0 });
  await popup.locator('input[type=search]').fill('партнерами');
  await expect.poll(dates).toEqual(['2025-10-01']);
  await popup.locator('input[type=search]').fill('такого немає ніде');
  await expect.poll(() => popup.locator('.timeline-empty').count()).toBe(1);
  await popup.locator('.timeline-empty button').click();
  await expect.poll(dates).toHaveLength(5);
});

test('keyboard reaches the source link, which opens the article in a tab', async () => {
  const link = popup.locator('a.event-source').nth(1);
  await link.focus();
  const opened = browser.context.waitForEvent('page');
  await popup.keyboard.press('Enter');
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toBe(`${server.url}/shared/fixtures/seed-article.html`);
  expect(browser.errors).toEqual([]);
});

// The open-time figure (target: under 200 ms) is measured by `npm run bench`, not asserted here: the
// machine is shared and noisy. Here: a 100k store opens, is virtualised and counted.
test('100,000 events: the popup opens on the first rows, renders only a window of them and counts them all', async () => {
  // Seeded straight into the extension's IndexedDB (same origin as the popup): 100k messages would
  // measure the message channel, not the popup.
  const seeded = await popup.evaluate(async () => {
    const open = indexedDB.open('dossier');
    const idb: IDBDatabase = await new Promise((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = idb.transaction('events', 'readwrite');
    const store = tx.objectStore('events');
    for (let i = 0; i < 100_000; i++) {
      const day = new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().slice(0, 10);
      store.put({ id: `evt_bench_${String(i).padStart(6, '0')}`, date: day, precision: 'day', summary: `Подія номер ${i}`, actorIds: [], sourceIds: [], claimIds: [], updatedAt: 1, deleted: 0 });
    }
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    idb.close();
    return true;
  });
  expect(seeded).toBe(true);
  await popup.reload();
  await popup.locator('article.event').first().waitFor();
  await popup.locator('.timeline-count').waitFor({ timeout: 30_000 });
  expect(await popup.locator('.vrow').count()).toBeLessThan(40);
  // 100,005 seeded, plus whatever the content script stored when the previous test opened the article.
  const shown = Number((await popup.locator('.timeline-count').innerText()).replace(/\D/g, ''));
  expect(shown).toBeGreaterThanOrEqual(100_005);
  expect(await popup.locator('article.event').first().getAttribute('data-date')).toBe('2000-01-01');
});

test('an actor added on the options page reaches the compiled gazetteer and the popup filter', async () => {
  const gazetteerVersion = (p: Page) =>
    p.evaluate(async () => {
      const reply = (await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'gazetteer/get' })) as {
        value: { version: string; data: { entries: { name: string }[] } };
      };
      return { version: reply.value.version, names: reply.value.data.entries.map((e) => e.name) };
    });
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const before = await gazetteerVersion(options);
  expect(before.names).not.toContain('Тарас Шевченко');
  const form = options.locator('main.actors > form.actor-form');
  await form.locator('input[name=name]').fill('Тарас Шевченко');
  await form.locator('input[name=aliases-uk]').fill('Шевченко, Кобзар');
  await form.locator('button[type=submit]').click();
  await expect.poll(() => options.locator('.actor-item .actor-name').allInnerTexts()).toContain('Тарас Шевченко');
  const after = await gazetteerVersion(options);
  expect(after.version).not.toBe(before.version);
  expect(after.names).toContain('Тарас Шевченко');
  await popup.reload();
  await expect.poll(() => popup.locator('select option').allInnerTexts()).toContain('Тарас Шевченко');
  await options.close();
});
