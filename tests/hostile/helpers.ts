/**
 * Shared machinery for the hostile-page suite: the extension's Chromium next to a plain Chromium
 * (same binary, same window size, no extension) for layout comparison, probes that read the page
 * through CDP so a page that patched its own built-ins can't fool them, and a look into the store.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { chromiumArgs, extensionDir } from '../../scripts/lib/chromium';
import { chromiumPath, launchWithExtension, serveFixtures, type ExtensionBrowser, type StaticServer } from '../e2e/harness';

export interface HostileEnv {
  ext: ExtensionBrowser;
  plain: Browser;
  server: StaticServer;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves tests/hostile/pages/* under /hostile/, plus any generated pages added to `server.pages`. */
export async function startHostile(): Promise<HostileEnv> {
  const server = await serveFixtures();
  const dir = join(import.meta.dirname, 'pages');
  for (const name of readdirSync(dir)) server.pages.set(`/hostile/${name}`, readFileSync(join(dir, name), 'utf8'));
  // Chromium asks for a favicon; a 404 would be logged as a console error that isn't ours.
  server.pages.set('/favicon.ico', '');
  const ext = await launchWithExtension();
  const extensionFlags = new Set(chromiumArgs(extensionDir).filter((a) => a.includes('extension')));
  const plain = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs(extensionDir).filter((a) => !extensionFlags.has(a)).concat('--disable-gpu') });
  return {
    ext,
    plain,
    server,
    url: (path) => `${server.url}${path}`,
    async close() {
      await ext.close();
      await plain.close();
      await server.close();
    },
  };
}

/** Evaluates in a fresh isolated world of the page's main frame: immune to the page's own patches. */
export async function probe<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'hostile-probe' })) as { executionContextId: number };
    const res = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })) as { result: { value: T }; exceptionDetails?: unknown };
    if (res.exceptionDetails) throw new Error(`probe failed: ${JSON.stringify(res.exceptionDetails).slice(0, 300)}`);
    return res.result.value;
  } finally {
    await cdp.detach();
  }
}

/** A main-world global the page's own script set (its "I ran" marker), read over CDP. */
export async function pageGlobal<T>(page: Page, name: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const res = (await cdp.send('Runtime.evaluate', { expression: `window[${JSON.stringify(name)}]`, returnByValue: true })) as { result: { value: T } };
    return res.result.value;
  } finally {
    await cdp.detach();
  }
}

/** The registered highlights as text, read in an isolated world (CSS.highlights is per document). */
export const HIGHLIGHTS_JS = `(() => { const out = {}; CSS.highlights.forEach((h, name) => { out[name] = [...h].map((r) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x.toString(); }); }); return out; })()`;

export const highlights = (page: Page) => probe<Record<string, string[]>>(page, HIGHLIGHTS_JS);

/** Every element's box (page coordinates, rounded), in document order; capped for huge pages. */
export const BOXES_JS = (cap = 5000) =>
  `(() => { const els = document.body ? [...document.body.querySelectorAll('*')].filter((e) => !e.hasAttribute('data-dossier-ui') && e.localName !== 'dossier-tooltip').slice(0, ${cap}) : []; return { scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight], boxes: els.map((e) => { const r = e.getBoundingClientRect(); return [e.localName, r.x + scrollX, r.y + scrollY, r.width, r.height]; }) }; })()`;

type Layout = { scroll: [number, number]; boxes: [string, number, number, number, number][] };

/** Asserts two layouts agree within a pixel, naming the first element that moved. */
export function expectSameLayout(a: Layout, b: Layout, what: string): void {
  expect(b.boxes.length, `${what}: element count`).toBe(a.boxes.length);
  for (let i = 0; i < a.boxes.length; i++) {
    const [tag, ...boxA] = a.boxes[i];
    const boxB = b.boxes[i].slice(1) as number[];
    const moved = boxA.some((v, k) => Math.abs(v - boxB[k]) > 1);
    if (moved) expect.fail(`${what}: <${tag}> #${i} moved from ${boxA.map(Math.round)} to ${boxB.map(Math.round)}`);
  }
  expect(Math.abs(a.scroll[1] - b.scroll[1]), `${what}: page height`).toBeLessThanOrEqual(1);
}

/** The same page in plain Chromium (no extension): the reference layout. */
export async function plainLayout(env: HostileEnv, url: string, cap?: number): Promise<Layout> {
  const page = await env.plain.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    return await probe<Layout>(page, BOXES_JS(cap));
  } finally {
    await page.close();
  }
}

export const layoutOf = (page: Page, cap?: number) => probe<Layout>(page, BOXES_JS(cap));

/** Sources the extension stored, read from its IndexedDB inside the service worker. */
export async function storedSources(env: HostileEnv): Promise<{ url: string; title: string }[]> {
  return env.ext.serviceWorker.evaluate(
    () =>
      new Promise<{ url: string; title: string }[]>((resolve, reject) => {
        const open = indexedDB.open('dossier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const req = idb.transaction('sources').objectStore('sources').getAll();
          req.onsuccess = () => {
            resolve(req.result.map((s: { url: string; title: string }) => ({ url: s.url, title: s.title })));
            idb.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Waits until the extension stored this page (its whole read is done), or fails after `timeout`. */
export async function waitStored(env: HostileEnv, url: string, timeout = 30_000): Promise<void> {
  await expect.poll(async () => (await storedSources(env)).some((s) => s.url === url), { timeout, interval: 250 }).toBe(true);
}

/** Console errors seen since `from` (the harness collects them from every page of the profile). */
export const errorsSince = (env: HostileEnv, from: number) => env.ext.errors.slice(from);
