/**
 * Browsers for the bench: Chromium with the built extension (a private copy, so a colleague's
 * rebuild of .output cannot change it mid-run) and a plain Chromium for the baselines, both headless.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, chromiumPath, extensionDir } from '../lib/chromium';
import { repoRoot } from '../lib/serve';

export const inpageScript = join(repoRoot, 'scripts/bench/inpage.js');
export const markjsScript = join(repoRoot, 'node_modules/mark.js/dist/mark.min.js');

/** Builds the extension when there is no build (or DOSSIER_REBUILD=1), then copies it aside. */
export function extensionCopy(): { dir: string; dispose(): void } {
  if (!existsSync(join(extensionDir, 'manifest.json')) || process.env.DOSSIER_REBUILD) {
    execSync('flock /tmp/wxt-build.lock npx wxt build -b chrome', { cwd: repoRoot, stdio: 'inherit' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-ext-'));
  execSync(`flock /tmp/wxt-build.lock cp -r ${JSON.stringify(extensionDir)}/. ${JSON.stringify(dir)}`);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}`);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's service worker, or null for the plain browser. */
  worker: Worker | null;
  extensionId: string | null;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(extension: string | null): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'dossier-bench-profile-'));
  const args = extension ? chromiumArgs(extension) : chromiumArgs('').filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...args, '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    viewport: { width: 1280, height: 900 },
  });
  let worker: Worker | null = null;
  if (extension) worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    worker,
    extensionId: worker ? new URL(worker.url()).host : null,
    async newPage() {
      const page = await context.newPage();
      await page.addInitScript({ path: inpageScript });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Gives the extension user actors through its own message (what the options page's import does),
 * then asks the background for names once, so the compile (and the load of the compiled trie the
 * background matches with) is done before any page is measured.
 */
export async function importActors(b: BenchBrowser, json: string): Promise<{ imported: number; compileMs: number }> {
  if (!b.extensionId) throw new Error('no extension');
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    // Strings, not functions: tsx would add helpers to a function's source that pages lack.
    await page.evaluate(`window.__json = ${JSON.stringify(json)}; 0`);
    const imported = (await page.evaluate(`chrome.runtime.sendMessage({ type: 'actors/import', json: window.__json }).then((r) => {
      if (!r || !r.ok) throw new Error((r && r.error) || 'no reply to actors/import');
      return r.value.imported;
    })`)) as number;
    const compileMs = (await page.evaluate(`(async () => {
      const t = performance.now();
      const r = await chrome.runtime.sendMessage({ type: 'analyze/names', text: 'x' });
      if (!r || !r.ok) throw new Error((r && r.error) || 'no reply to analyze/names');
      return performance.now() - t;
    })()`)) as number;
    return { imported, compileMs };
  } finally {
    await page.close();
  }
}
