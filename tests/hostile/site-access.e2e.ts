/**
 * "Run only on these sites" end to end: the reader sets the list on the options page, and the
 * content script reads only pages of listed sites — on any other page it adds nothing at all.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { errorsSince, highlights, probe, startHostile, storedSources, waitStored, type HostileEnv } from './helpers';

let env: HostileEnv;
beforeAll(async () => {
  env = await startHostile();
});
afterAll(async () => env?.close());

async function setSites(mode: 'all' | 'only', sites: string) {
  const options = await env.ext.context.newPage();
  await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
  await options.locator(`input[name="site-access-mode"][value="${mode}"]`).check();
  if (mode === 'only') await options.locator('textarea[name="site-access-sites"]').fill(sites);
  await options.locator('.site-access button[type="submit"]').click();
  await expect.poll(() => options.locator('.site-access [role="status"]').count()).toBe(1);
  await options.close();
}

/** What the options page saved, read in the service worker (the extension's own `chrome` global). */
const stored = () =>
  env.ext.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<{ siteAccess?: unknown }> } } } }).chrome.storage.sync.get('siteAccess'),
  ) as Promise<{ siteAccess?: { mode: string; sites: string[] } }>;

async function openPage(path: string): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(env.url(path), { waitUntil: 'load' });
  return page;
}

test('a site not on the list is not read; adding it makes Dossier read it', async () => {
  const before = env.ext.errors.length;
  await setSites('only', 'pravda.com.ua\nhttps://www.bbc.com/news');
  expect(await stored()).toEqual({ siteAccess: { mode: 'only', sites: ['pravda.com.ua', 'www.bbc.com'] } });

  const off = await openPage('/hostile/injection-reader.html');
  await off.waitForTimeout(2500);
  expect(await probe(off, 'CSS.highlights.size')).toBe(0);
  expect(await probe(off, "document.querySelectorAll('[data-dossier-ui], dossier-tooltip').length")).toBe(0);
  expect((await storedSources(env)).some((s) => s.url.includes('injection-reader'))).toBe(false);
  await off.close();

  await setSites('only', 'pravda.com.ua\n127.0.0.1');
  const on = await openPage('/hostile/injection-reader.html');
  await waitStored(env, env.url('/hostile/injection-reader.html'));
  expect((await highlights(on))['dossier-actor']).toContain('Володимир Зеленський');
  await on.close();

  await setSites('all', '');
  expect(await stored()).toEqual({ siteAccess: { mode: 'all', sites: ['pravda.com.ua', '127.0.0.1'] } });
  expect(errorsSince(env, before)).toEqual([]);
});

test('the options page refuses an entry that is not a site, and keeps the old setting', async () => {
  const options = await env.ext.context.newPage();
  await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
  await options.locator('input[name="site-access-mode"][value="only"]').check();
  await options.locator('textarea[name="site-access-sites"]').fill('bbc.com\n<img src=x onerror=alert(1)>');
  await options.locator('.site-access button[type="submit"]').click();
  await expect.poll(() => options.locator('.site-access [role="alert"]').textContent()).toContain('<img src=x onerror=alert(1)>');
  expect(await options.locator('.site-access img').count()).toBe(0);
  expect((await stored()).siteAccess).toMatchObject({ mode: 'all' });
  await options.close();
});
