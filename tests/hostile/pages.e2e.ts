/**
 * Hostile and odd pages in real Chromium with the built extension. For each: the page's own script
 * ran (its marker is set), the extension logged no console error, every element's box equals the
 * same page in a Chromium without the extension (within a pixel), and the extension did its job —
 * highlights where it may read, nothing stored where it must skip.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HIGHLIGHTS_JS, errorsSince, expectSameLayout, highlights, layoutOf, pageGlobal, plainLayout, probe, startHostile, storedSources, waitStored, type HostileEnv } from './helpers';
import { tooltipText } from '../e2e/harness';

let env: HostileEnv;
beforeAll(async () => {
  env = await startHostile();
});
afterAll(async () => env?.close());

interface Visit {
  page: Page;
  h: Record<string, string[]>;
}

/** Opens a page, waits for the extension to store it, and runs the checks every hostile page shares. */
async function visit(path: string, actors: string[] = []): Promise<Visit> {
  const url = env.url(path);
  const before = env.ext.errors.length;
  const page = await env.ext.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await waitStored(env, url);
  expect(await pageGlobal(page, '__pageOk'), `${path}: the page's own script ran`).toBe(true);
  const h = await highlights(page);
  for (const a of actors) expect(h['dossier-actor'] ?? [], `${path}: ${a}`).toContain(a);
  expectSameLayout(await plainLayout(env, url), await layoutOf(page), path);
  expect(errorsSince(env, before), `${path}: console errors`).toEqual([]);
  return { page, h };
}


async function hover(page: Page, name: string, text: string) {
  const point = await probe<{ x: number; y: number } | null>(
    page,
    `(() => { const h = CSS.highlights.get(${JSON.stringify(name)}); const r = h && [...h].map((r) => { const x = new Range(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; }).find((x) => x.toString() === ${JSON.stringify(text)});
      if (!r) return null; r.startContainer.parentElement.scrollIntoView({ block: 'center' }); const b = r.getClientRects()[0]; return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; })()`,
  );
  expect(point, `${text} is highlighted as ${name}`).not.toBeNull();
  await page.mouse.move(point!.x - 30, point!.y - 30);
  await page.mouse.move(point!.x, point!.y, { steps: 4 });
}

describe('hostile pages', () => {
  test('script-injection bait in page text never runs: not on the page, not in the tooltip, not in the popup', async () => {
    const bait = await visit('/hostile/injection.html', ['Володимир Зеленський', 'Reuters', 'Олександр Лукашенко']);
    const reader = await visit('/hostile/injection-reader.html', ['Володимир Зеленський']);
    await hover(reader.page, 'dossier-actor', 'Володимир Зеленський');
    await expect.poll(() => tooltipText(reader.page), { timeout: 10_000 }).toContain('<img src=x onerror=');
    await reader.page.waitForTimeout(300);
    for (const p of [bait.page, reader.page]) expect(await pageGlobal(p, '__pwned')).toBeUndefined();

    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('.event-summary').allTextContents(), { timeout: 10_000 }).toContainEqual(expect.stringContaining('<img src=x onerror='));
    expect(await popup.evaluate(() => document.querySelectorAll('img, svg[onload], script:not([src])').length)).toBe(0);
    expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    for (const p of [bait.page, reader.page, popup]) await p.close();
  });

  test('same-origin iframes: the page and its frames still work; the top page and the same-origin frame are read', async () => {
    const { page, h } = await visit('/hostile/frames.html', ['Володимир Зеленський', 'Сполучених Штатів', 'Reuters']);
    expect(await pageGlobal(page, '__innerFrameOk')).toBe(true);
    expect(await pageGlobal(page, '__srcdocOk')).toBe(true);
    // Frame text is the frame's own document, never mixed into the top page's text.
    expect(h['dossier-actor']).not.toContain('Олександр Лукашенко');
    // The same-origin frame is read as a page of its own, with highlights in its own document.
    await waitStored(env, env.url('/hostile/frame-inner.html'));
    const inner = page.frames().find((f) => f.url().endsWith('/hostile/frame-inner.html'))!;
    const innerHighlights = await inner.evaluate(HIGHLIGHTS_JS).then((h) => (h as Record<string, string[]>)['dossier-actor']);
    expect(innerHighlights).toEqual(['Олександр Лукашенко', 'Reuters']);
    // srcdoc frames are about:srcdoc documents: not a page with an address, so not read.
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    expect(await srcdoc.evaluate(() => (CSS as any).highlights.size)).toBe(0);
    await page.close();
  });

  test('open shadow roots are read and painted (slotted text too); closed roots stay closed', async () => {
    const { page, h } = await visit('/hostile/shadow.html', ['Володимир Зеленський', 'НАТО', 'Олександр Лукашенко', 'Reuters']);
    expect(h['dossier-actor']).not.toContain('Дональд Трамп');
    // document styles don't reach into a shadow tree: the ::highlight rules must be adopted there.
    const rules = await probe<string>(page, "[...document.getElementById('open').shadowRoot.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(' ')");
    expect(rules).toContain('::highlight(dossier-actor)');
    // A short page: its underlines are adopted there as well.
    expect(rules).toMatch(/::highlight\(dossier-actor\) \{ text-decoration: underline/);
    // Hovering a name inside the shadow tree opens its tooltip, as anywhere else on the page.
    await hover(page, 'dossier-actor', 'Олександр Лукашенко');
    await expect.poll(() => tooltipText(page), { timeout: 10_000 }).toContain('Олександр Лукашенко');
    await page.close();
  });

  test('right-to-left and mixed scripts: Cyrillic names inside Arabic and Hebrew lines are found exactly', async () => {
    const { page, h } = await visit('/hostile/rtl.html', ['Володимир Зеленський', 'Олександр Лукашенко', 'Reuters', 'Александр Лукашенко']);
    expect(h['dossier-actor']).toContain('Зеленський');
    // Nothing Arabic or Hebrew is taken for a name.
    expect((h['dossier-actor'] ?? []).filter((t) => /[\u0590-\u06ff]/.test(t))).toEqual([]);
    await page.close();
  });

  test('a page restyling mark, ::highlight and our own elements: layout unchanged, also with the tooltip open', async () => {
    const url = env.url('/hostile/restyle.html');
    const { page } = await visit('/hostile/restyle.html', ['Володимир Зеленський', 'Олександр Лукашенко']);
    const before = env.ext.errors.length;
    await hover(page, 'dossier-actor', 'Олександр Лукашенко');
    await expect.poll(() => tooltipText(page), { timeout: 10_000 }).toContain('Олександр Лукашенко');
    await page.evaluate(() => window.scrollTo(0, 0));
    expectSameLayout(await plainLayout(env, url), await layoutOf(page), 'restyle.html with the tooltip open');
    expect(errorsSince(env, before)).toEqual([]);
    await page.close();
  });

  test('a page that froze Range and patched createRange, appendChild, MutationObserver, JSON, Array, Promise: we still work', async () => {
    const { page, h } = await visit('/hostile/patched.html', ['Володимир Зеленський', 'Олександр Лукашенко', 'Reuters']);
    expect(h['dossier-date']).toContain('24 листопада');
    expect(await pageGlobal(page, '__patched')).toBeTruthy();
    await page.close();
  });
});

describe('pages to skip', () => {
  test('about:blank: nothing read, nothing stored, no error', async () => {
    const before = env.ext.errors.length;
    const stored = (await storedSources(env)).length;
    const page = await env.ext.context.newPage();
    await page.goto('about:blank');
    await page.waitForTimeout(1500);
    expect(await probe(page, 'CSS.highlights.size')).toBe(0);
    expect((await storedSources(env)).length).toBe(stored);
    expect(errorsSince(env, before)).toEqual([]);
    await page.close();
  });

  test('a PDF: skipped cleanly', async () => {
    const before = env.ext.errors.length;
    const page = await env.ext.context.newPage();
    const url = env.url('/hostile/report.pdf');
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: tinyPdf('Volodymyr Zelensky 24 November 2025') }));
    await page.goto(url).catch(() => undefined); // headless may treat it as a download
    await page.waitForTimeout(2000);
    expect((await storedSources(env)).some((s) => s.url.includes('report.pdf'))).toBe(false);
    expect(errorsSince(env, before)).toEqual([]);
    await page.close();
  });
});

/** A minimal valid one-page PDF with one line of text. */
function tinyPdf(line: string): Buffer {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 12 Tf 10 70 Td (${line}) Tj ET`;
  objs[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
