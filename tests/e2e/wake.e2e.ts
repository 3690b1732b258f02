/**
 * A page wakes a stopped worker when it starts loading (entrypoints/wake.ts at document_start), not
 * when its reading script runs (document_idle): on a page whose body arrives late, as over a real
 * network, the worker is up before the reading starts, and the highlights do not wait for it.
 */
import { expect, test } from 'vitest';
import { readHighlights, withExtensionAndServer } from './harness';
import { stopExtensionWorker } from '../../scripts/lib/worker';

const env = withExtensionAndServer();

test('a stopped worker is started as the page starts loading, before its reading script runs', async () => {
  const { browser, server } = env;
  await stopExtensionWorker(browser.context, browser.extensionId);
  const page = await browser.context.newPage();
  // The article's body 800 ms after its head (scripts/lib/serve.ts).
  await page.goto(`${server.url}/shared/fixtures/seed-article.html?late-body=800`);
  await expect.poll(async () => (await readHighlights(page))['dossier-actor']?.length ?? 0, { timeout: 20_000 }).toBeGreaterThan(10);
  const worker = browser.context.serviceWorkers().find((w) => w.url().endsWith('/background.js'))!;
  // Both as wall-clock times: when the worker's global scope was made, and when the reading began.
  const workerStarted = await worker.evaluate(() => performance.timeOrigin);
  const readingStarted = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByName('dossier:start')[0].startTime);
  expect(readingStarted - workerStarted).toBeGreaterThan(0);
  // (The page's own favicon request is a 404 from the fixture server.)
  expect(browser.errors.filter((e) => !/Failed to load resource: .* 404/.test(e))).toEqual([]);
  await page.close();
});
