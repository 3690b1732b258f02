import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type StaticServer } from './harness';

let browser: ExtensionBrowser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the built extension loads in Chromium and its popup page opens', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect.poll(() => page.locator('#app').innerText()).not.toBe('');
});
