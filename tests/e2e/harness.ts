/**
 * Real-browser harness: Debian's Chromium with the built extension loaded, driven by playwright-core,
 * and a static server on 127.0.0.1 for fixture pages. Never downloads a browser.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, serveFixtures, sharedDir, type StaticServer } from '../../scripts/lib/serve';
import { chromiumArgs, chromiumPath, extensionDir } from '../../scripts/lib/chromium';
import { keepJournal } from './journal';

export { repoRoot, sharedDir };
export { extensionDir, chromiumPath };

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Console errors and page errors seen on any page, for "no console errors" assertions. */
  errors: string[];
  close(): Promise<void>;
}

/** Launches Chromium with the extension; a fresh profile unless `userDataDir` is given. */
export async function launchWithExtension(opts: { userDataDir?: string } = {}): Promise<ExtensionBrowser> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'dossier-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs(extensionDir), '--disable-gpu'],
    viewport: { width: 1280, height: 900 },
  });
  keepJournal(context, `browser ${userDataDir}`);
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  let serviceWorker = context.serviceWorkers()[0];
  if (!serviceWorker) serviceWorker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    errors,
    async close() {
      await context.close();
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export { serveFixtures, type StaticServer } from '../../scripts/lib/serve';

/** The extension in Chromium and the fixture server, for a test file: started before its tests, closed after. */
export function withExtensionAndServer(): { readonly browser: ExtensionBrowser; readonly server: StaticServer } {
  const running = {} as { browser: ExtensionBrowser; server: StaticServer };
  beforeAll(async () => {
    running.server = await serveFixtures();
    running.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.close();
  });
  return running;
}

export { readHighlights } from '../../scripts/lib/highlights';

/** The tooltip's text, read over CDP: it lives in a closed shadow root, so pages can't read the reader's store. */
export async function tooltipText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type N = { nodeName: string; nodeType: number; nodeValue?: string; children?: N[]; shadowRoots?: N[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: N };
    const find = (n: N): N | undefined => (n.nodeName === 'DOSSIER-TOOLTIP' ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean));
    const text = (n: N): string =>
      n.nodeName === 'STYLE' ? '' : n.nodeType === 3 ? (n.nodeValue ?? '') : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(text).join(' ');
    const host = find(root);
    return host ? text(host).replace(/\s+/g, ' ').trim() : '';
  } finally {
    await cdp.detach();
  }
}
