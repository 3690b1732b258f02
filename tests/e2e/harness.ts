/**
 * Real-browser harness: Debian's Chromium with the built extension loaded, driven by playwright-core,
 * and a static server on 127.0.0.1 for fixture pages. Never downloads a browser.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname, normalize } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const extensionDir = join(repoRoot, '.output/chrome-mv3');
export const sharedDir = resolve(repoRoot, '../shared');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--disable-gpu',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
    viewport: { width: 1280, height: 900 },
  });
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

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface StaticServer {
  url: string;
  server: Server;
  /** Pages added at run time (path -> html), e.g. a changed copy of the seed article. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

/**
 * Serves `/shared/...` from ../shared, `/fixtures/...` from tests/fixtures, and any page put into
 * `pages` at run time, on 127.0.0.1 with a random port.
 */
export async function serveFixtures(): Promise<StaticServer> {
  const pages = new Map<string, string>();
  const roots: Record<string, string> = {
    '/shared/': sharedDir,
    '/fixtures/': join(repoRoot, 'tests/fixtures'),
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const dynamic = pages.get(path);
    if (dynamic !== undefined) {
      res.writeHead(200, { 'content-type': types['.html'] });
      res.end(dynamic);
      return;
    }
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    pages,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Names and texts of the ranges registered in CSS.highlights, read from the page's main world. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    // CSS.highlights is a maplike HighlightRegistry; ranges are live Range/StaticRange objects.
    (CSS as any).highlights.forEach((h: Set<AbstractRange>, name: string) => {
      out[name] = [...h].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    });
    return out;
  });
}
