/**
 * Stops the extension's service worker, as Chrome does after 30 s without events and on updates:
 * the next request from a page starts it again. DevTools stops it from a page of the extension's
 * own origin, where its registration is seen. Used by the end-to-end tests and the bench.
 *
 * Only an installed worker is stopped. Chrome's idle timer never stops one that is still
 * installing, but DevTools does, and then the install fails: the version turns "redundant" and the
 * extension has no worker until the browser restarts (seen here after 2 of 10 stops sent while
 * installing on a quiet machine and 7 of 8 on a loaded one; a test that stopped the worker right
 * after launch hit it in CI).
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

/** Long enough for a loaded machine to install the worker; past it the failure says what it saw. */
const WAIT_MS = 30_000;

interface WorkerVersion {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
  status: 'new' | 'installing' | 'installed' | 'activating' | 'activated' | 'redundant';
}

/** The background worker's version as DevTools reports it, and a way to wait for a state of it. */
function watchBackgroundVersion(cdp: CDPSession) {
  let latest: WorkerVersion | undefined;
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const version = (versions as WorkerVersion[]).find((v) => v.scriptURL.endsWith('/background.js'));
    if (!version) return;
    latest = version;
    for (const check of [...waiters]) check();
  });
  return {
    until(wanted: (v: WorkerVersion) => boolean, what: string): Promise<WorkerVersion> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`The extension's worker was not ${what} within ${WAIT_MS / 1000} s (last seen: ${latest ? `${latest.status}, ${latest.runningStatus}` : 'nothing'}).`));
        }, WAIT_MS);
        function check() {
          if (!latest || !wanted(latest)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(latest);
        }
        waiters.add(check);
        check();
      });
    },
  };
}

export async function stopExtensionWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const own = await context.newPage();
  try {
    await own.goto(`chrome-extension://${extensionId}/popup.html`);
    const cdp = await context.newCDPSession(own);
    const version = watchBackgroundVersion(cdp);
    await cdp.send('ServiceWorker.enable'); // reports the versions as they are now
    const installed = await version.until((v) => v.status === 'activated', 'activated');
    if (installed.runningStatus === 'stopped') return;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await version.until((v) => v.runningStatus === 'stopped', 'stopped');
  } finally {
    await own.close();
  }
}
