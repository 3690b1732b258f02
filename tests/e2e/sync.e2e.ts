/**
 * Two Chromium profiles of the built extension syncing through a real CouchDB-protocol server:
 * each reads a different article, both edit the same clip, one deletes a source; after syncing both
 * ways the two stores are identical, and the note that lost is kept as a conflict.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startCouch, type TestServer } from '../sync/server';
import { launchWithExtension, readHighlights, serveFixtures, type ExtensionBrowser, type StaticServer } from './harness';

/** The extension pages' `chrome`, typed just enough for these calls (the page functions run in the browser). */
declare const chrome: {
  storage: Record<'sync' | 'local', { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> }>;
};

let couch: TestServer;
let fixtures: StaticServer;
let laptop: ExtensionBrowser;
let desktop: ExtensionBrowser;
beforeAll(async () => {
  couch = await startCouch();
  fixtures = await serveFixtures();
  laptop = await launchWithExtension();
  desktop = await launchWithExtension();
});
afterAll(async () => {
  await laptop?.close();
  await desktop?.close();
  await fixtures?.close();
  await couch?.stop();
});

async function read(b: ExtensionBrowser, url: string) {
  const page = await b.context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await readHighlights(page))['dossier-actor']?.length ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
  // Names are drawn before the rest of the analysis and the store: close only once the page is stored.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('dossier:stored').length), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.close();
}

async function options(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.evaluate((url) => chrome.storage.sync.set({ dossierSync: { url, db: 'dossier-e2e', username: '', auto: false, intervalMin: 30 } }), couch.url);
  await page.reload();
  return page;
}

/** Press "Sync now" and wait for the status line to say it finished. */
async function syncNow(page: Page) {
  await page.evaluate(() => chrome.storage.local.remove('dossierSyncStatus'));
  await page.locator('.sync-buttons button').nth(1).click();
  await expect.poll(() => page.locator('.sync-status [data-state]').getAttribute('data-state').catch(() => null), { timeout: 30_000 }).toMatch(/ok|error/);
  // A sync the first one scheduled (its own pulled changes) may still be running: wait for the last word.
  const status = () => page.evaluate(async () => ((await chrome.storage.local.get('dossierSyncStatus')).dossierSyncStatus as { state?: string } | undefined)?.state);
  await expect.poll(status, { timeout: 30_000 }).toMatch(/ok|error/);
  expect(await status()).toBe('ok');
}

/** The whole store, read with plain IndexedDB from an extension page (same origin as the background). */
function dumpStore(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const req = indexedDB.open('dossier');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const idb = req.result;
          const names = ['sources', 'actors', 'mentions', 'claims', 'events', 'clips'];
          const tx = idb.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const n of names) {
            const all = tx.objectStore(n).getAll();
            all.onsuccess = () => (out[n] = all.result);
          }
          tx.oncomplete = () => resolve(out);
        };
      }),
  );
}

/** Edit through the store the way an extension page would (plain IndexedDB, bypassing the background). */
function writeRecord(page: Page, table: string, record: Record<string, unknown>) {
  return page.evaluate(
    ([table, record]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('dossier');
        req.onsuccess = () => {
          const tx = req.result.transaction(table, 'readwrite');
          tx.objectStore(table).put(record);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    [table, record] as const,
  );
}

test('two profiles converge through the server: different reading, same clip edited on both, a deletion', async () => {
  await read(laptop, `${fixtures.url}/shared/fixtures/seed-article.html`);
  await read(desktop, `${fixtures.url}/fixtures/second-article.html`);
  const a = await options(laptop);
  const b = await options(desktop);
  const before = { a: await dumpStore(a), b: await dumpStore(b) };
  expect(before.a.sources).toHaveLength(1);
  expect(before.b.sources).toHaveLength(1);

  const clip = {
    id: 'clip-e2e', sourceId: (before.a.sources[0] as { id: string }).id, quote: 'Лукашенко', note: 'перша нотатка', tags: ['білорусь'],
    selector: [{ type: 'TextQuoteSelector', exact: 'Лукашенко' }], actorIds: [], createdAt: 1, updatedAt: Date.now(), deleted: 0,
  };
  await writeRecord(a, 'clips', clip);
  await syncNow(a);
  await syncNow(b);
  expect((await dumpStore(b)).sources).toHaveLength(2);

  const now = Date.now();
  await writeRecord(a, 'clips', { ...clip, note: 'нотатка з ноутбука', tags: ['білорусь', 'санкції'], updatedAt: now + 1 });
  await writeRecord(b, 'clips', { ...clip, note: 'нотатка з комп’ютера', tags: ['білорусь'], updatedAt: now + 2 });
  const gone = (before.b.sources[0] as Record<string, unknown>);
  await writeRecord(b, 'sources', { ...gone, deleted: 1, updatedAt: now + 3 });
  await syncNow(a);
  await syncNow(b);
  await syncNow(a);

  const endA = await dumpStore(a);
  const endB = await dumpStore(b);
  const byId = (rows: unknown[]) => [...rows].sort((x, y) => ((x as { id: string }).id < (y as { id: string }).id ? -1 : 1));
  for (const t of Object.keys(endA)) expect(byId(endB[t]), t).toEqual(byId(endA[t]));
  const merged = endA.clips[0] as { note: string; conflicts?: { note: string }[]; tags: string[] };
  expect(merged.note).toBe('нотатка з комп’ютера');
  expect(merged.conflicts?.map((c) => c.note)).toContain('нотатка з ноутбука');
  expect((endA.sources.find((s) => (s as { id: string }).id === gone.id) as { deleted: number }).deleted).toBe(1);
  expect(endA.sources.length).toBe(2);
  // Fixture pages have no favicon.
  expect([...laptop.errors, ...desktop.errors].filter((e) => !/Failed to load resource: .* 404/.test(e))).toEqual([]);
});
