/**
 * Stops the extension's service worker, as Chrome does after 30 s without events and on updates:
 * the next request from a page starts it again. DevTools stops it from a page of the extension's
 * own origin, where its registration is seen. Used by the end-to-end tests and the bench.
 */
import type { BrowserContext } from 'playwright-core';

export async function stopExtensionWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const own = await context.newPage();
  try {
    await own.goto(`chrome-extension://${extensionId}/popup.html`);
    const cdp = await context.newCDPSession(own);
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await own.close();
  }
}
