/**
 * `npm start`: the main job. Builds the Chrome and Firefox packages, serves the sample article on
 * 127.0.0.1 and opens Chromium with Dossier loaded on it. Without a display (or with --headless) it
 * runs the same thing headless, saves screenshots of the page and the popup into artifacts/, and
 * prints what Dossier found.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveFixtures, repoRoot } from './lib/serve';
import { readHighlights } from './lib/highlights';
import { chromiumArgs, chromiumInstalled, chromiumPath, extensionDir } from './lib/chromium';

const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const skipBuild = process.argv.includes('--no-build');

if (!chromiumInstalled()) {
  console.error(
    `Chromium was not found at ${chromiumPath}. Install Debian's package (sudo apt-get install chromium), ` +
      `or set CHROMIUM_PATH. Meanwhile, load .output/chrome-mv3 yourself: chrome://extensions → ` +
      `Developer mode → Load unpacked.`,
  );
  process.exit(1);
}
if (!skipBuild) execSync('npm run -s zip', { stdio: 'inherit', cwd: repoRoot });

const server = await serveFixtures();
const articleUrl = `${server.url}/shared/fixtures/seed-article.html`;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dossier-start-')), {
  executablePath: chromiumPath,
  headless,
  args: chromiumArgs(extensionDir, { headless }),
  viewport: headless ? { width: 1280, height: 900 } : null,
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(articleUrl);

if (!headless) {
  console.log(`Dossier is loaded (id ${extensionId}) on ${articleUrl}. Close the browser window to stop.`);
  context.on('close', () => server.close().then(() => process.exit(0)));
} else {
  await reportHeadless(page, extensionId);
  await context.close();
  await server.close();
}

async function reportHeadless(page: Page, id: string) {
  const outDir = join(repoRoot, 'artifacts');
  mkdirSync(outDir, { recursive: true });
  await page
    .waitForFunction(() => (CSS as any).highlights?.has('dossier-actor'), null, { timeout: 15_000 })
    .catch(() => console.warn('No highlights appeared within 15 s.'));
  const found = await readHighlights(page);
  await page.screenshot({ path: join(outDir, 'seed-article.png'), fullPage: true });
  const popup = await page.context().newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: join(outDir, 'popup.png') });
  const timeline = await popup.locator('body').innerText();
  console.log(`\nHeadless run (no display). Dossier ${id} on ${articleUrl}`);
  for (const [name, texts] of Object.entries(found)) {
    console.log(`\n${name} (${texts.length}):`);
    for (const t of texts) console.log(`  - ${t.replace(/\s+/g, ' ').slice(0, 110)}`);
  }
  console.log(`\nPopup timeline:\n${timeline.replace(/\n{2,}/g, '\n').slice(0, 2000)}`);
  console.log(`\nScreenshots: artifacts/seed-article.png, artifacts/popup.png`);
  console.log(`Packages: .output/*.zip (Chrome and Firefox)`);
}
