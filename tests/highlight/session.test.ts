// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AnalysisResult } from '../../utils/analyze/types';
import { startSession, type Send, type Session } from '../../utils/highlight/session';
import { packActors } from '../../utils/messages/packed-actors';
import { FALLBACK_TAG } from '../../utils/highlight/styles';
import { guessBaseForm } from '../../utils/analyze/lemma';
import { installFakeHighlights } from './fake-highlights';

const seed = readFileSync('../shared/fixtures/seed-article.html', 'utf8');

/** A stand-in engine: finds fixed surface forms, so the test is about the wiring, not the engine. */
function fakeAnalyze(text: string, _g: unknown, opts: { published: string; lang?: string }): AnalysisResult {
  const find = (s: string) => [...text.matchAll(new RegExp(s, 'g'))].map((m) => ({ text: s, start: m.index!, end: m.index! + s.length }));
  return {
    text,
    published: opts.published,
    lang: 'uk',
    actors: [...find('Лукашенко'), ...find('Зеленський')].map((s) => ({ ...s, name: s.text, kind: 'person' as const })),
    candidates: find('Коулом'),
    dates: find('20 листопада').map((s) => ({ ...s, value: '2025-11-20', precision: 'day' as const })),
    claims: [],
    events: find('20 листопада').map((s) => ({ date: '2025-11-20', precision: 'day' as const, text: s.text, start: s.start, end: s.end, actors: [], claims: [] })),
  };
}

/** The background: the stand-in engine behind `analyze/names` and `analyze/full`, plus the store. */
function fakeBackground(analyze = fakeAnalyze) {
  const calls: { type: string; payload: any }[] = [];
  const send = vi.fn(async (type: string, payload: any) => {
    calls.push({ type, payload });
    switch (type) {
      case 'analyze/names': {
        const { actors } = analyze(payload.text, null, { published: '2025-01-01' });
        return { packed: packActors(actors) };
      }
      case 'analyze/full': {
        const { text: _t, ...rest } = analyze(payload.text, null, { published: payload.published, lang: payload.lang });
        return rest;
      }
      case 'page/analyzed': return { sourceId: 's1' };
      case 'related/actor': return { events: [], sources: [{ id: 's0', url: 'https://other.example/a', title: 'Інша стаття', site: 'other', lang: 'uk', publishedAt: '2025-11-20', firstSeenAt: 0, updatedAt: 0, deleted: 0 }] };
      case 'actor/track': return { actor: { id: 'a', name: payload.name } };
      case 'analyze/base': return guessBaseForm(payload.name, payload.lang, { text: payload.around, quoted: payload.quoted });
      default: return { events: [], claims: [] };
    }
  }) as unknown as Send;
  return { send, calls };
}

function loadSeed() {
  const parsed = new DOMParser().parseFromString(seed, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
}

let session: Session | undefined;
afterEach(() => session?.stop());

describe('reading session', () => {
  test('highlights what the engine found and stores only the article, with the page info', async () => {
    loadSeed();
    const bg = fakeBackground();
    session = await startSession({ doc: document, location: { href: 'http://127.0.0.1/seed.html' }, send: bg.send, t: (k) => k, forceFallback: true });
    // The page sends its text and never asks for the compiled gazetteer (megabytes per page).
    expect(bg.calls.some((c) => c.type === 'gazetteer/get')).toBe(false);
    const full = bg.calls.filter((c) => c.type === 'analyze/full');
    expect(full.length).toBeGreaterThan(0);
    expect(full[0].payload.published).toBe('2025-11-24');
    expect(full.map((c) => c.payload.text).join('')).toContain('Лукашенко');
    const marked = Array.from(document.querySelectorAll('dossier-mark[data-kind="dossier-actor"]')).map((m) => m.textContent);
    expect(marked).toContain('Лукашенко');
    expect(marked).toContain('Зеленський');
    const stored = bg.calls.find((c) => c.type === 'page/analyzed')!.payload;
    expect(stored.page).toMatchObject({ url: 'http://news.example/uk/belarus-release-2025-11-24', lang: 'uk', publishedAt: '2025-11-24T19:05:00+02:00' });
    expect(stored.result.published).toBe('2025-11-24');
    expect(stored.result.events).toHaveLength(1);
    // Offsets refer to the whole extracted text, which travels along for the store's selectors.
    const a = stored.result.actors[0];
    expect(stored.result.text.slice(a.start, a.end)).toBe(a.text);
  });

  test('sends large pages to the background in slices and merges the results at page offsets', async () => {
    document.head.innerHTML = '';
    document.body.innerHTML = `<article>${'<p>Лукашенко оголосив 20 листопада, що проведе переговори в грудні.</p>'.repeat(200)}</article>`;
    const bg = fakeBackground();
    session = await startSession({ doc: document, location: { href: 'https://x.example/a' }, send: bg.send, t: (k) => k, sliceChars: 2000, forceFallback: true, now: () => new Date('2025-12-01') });
    // 200 paragraphs of ~67 characters in slices of at most 2000: about 7 requests.
    const full = bg.calls.filter((c) => c.type === 'analyze/full');
    expect(full.length).toBeGreaterThanOrEqual(6);
    expect(full.every((c) => c.payload.text.length <= 2000)).toBe(true);
    expect(session.result!.actors).toHaveLength(200);
    const { text, actors } = session.result!;
    expect(actors.every((s) => text.slice(s.start, s.end) === 'Лукашенко')).toBe(true);
    expect(session.result!.published).toBe('2025-12-01');
    expect(session.result!.events).toHaveLength(200);
  });

  test('a background that is not answering yet is asked again with backoff; a refusal is not retried', async () => {
    loadSeed();
    const bg = fakeBackground();
    let failures = 2;
    const flaky = (async (type: string, payload: any) => {
      if (type === 'analyze/full' && failures-- > 0) throw new Error('No valid reply to analyze/full from the background (got nothing).');
      return (bg.send as any)(type, payload);
    }) as Send;
    session = await startSession({ doc: document, location: { href: 'http://127.0.0.1/seed.html' }, send: flaky, t: (k) => k, forceFallback: true });
    expect(Array.from(document.querySelectorAll('dossier-mark[data-kind="dossier-actor"]')).map((m) => m.textContent)).toContain('Лукашенко');
    expect(bg.calls.filter((c) => c.type === 'page/analyzed')).toHaveLength(1);
    session.stop();
    session = undefined;

    let refused = 0;
    const refusing = (async (type: string, payload: any) => {
      if (type === 'analyze/full') {
        refused++;
        throw new Error('Refused: text is 9000000 characters; at most 8000000 per request (send slices)');
      }
      return (bg.send as any)(type, payload);
    }) as Send;
    await expect(startSession({ doc: document, location: { href: 'http://127.0.0.1/seed.html' }, send: refusing, t: (k) => k, forceFallback: true })).rejects.toThrow(/^Refused/);
    expect(refused).toBe(1);
  });

  test('onFirstDrawn comes once, after the first highlights are drawn and before the page is stored; and when the reading fails', async () => {
    loadSeed();
    const bg = fakeBackground();
    const seen: string[] = [];
    const send = (async (type: string, payload: any) => {
      seen.push(type);
      return (bg.send as any)(type, payload);
    }) as Send;
    let drawnAt = -1;
    let calls = 0;
    session = await startSession({
      doc: document,
      location: { href: 'http://127.0.0.1/seed.html' },
      send,
      t: (k) => k,
      forceFallback: true,
      onFirstDrawn: () => {
        calls++;
        drawnAt = seen.length;
        // The highlights are on the page by then (the fallback wraps them in elements).
        expect(document.querySelectorAll(`${FALLBACK_TAG}[data-kind]`).length).toBeGreaterThan(0);
      },
    });
    expect(calls).toBe(1);
    expect(seen.slice(0, drawnAt)).toContain('analyze/full');
    expect(seen.slice(0, drawnAt)).not.toContain('page/analyzed');
    expect(seen).toContain('page/analyzed');
    session.stop();
    session = undefined;

    let failedCalls = 0;
    const refusing = (async () => {
      throw new Error('Refused: site not allowed');
    }) as Send;
    await expect(startSession({ doc: document, location: { href: 'http://127.0.0.1/seed.html' }, send: refusing, t: (k) => k, forceFallback: true, onFirstDrawn: () => failedCalls++ })).rejects.toThrow(/^Refused/);
    expect(failedCalls).toBe(1);
  });

  test("without <html lang>, the first slice's guessed language is used for the rest", async () => {
    document.head.innerHTML = '';
    document.documentElement.removeAttribute('lang');
    document.body.innerHTML = `<article>${'<p>Лукашенко оголосив 20 листопада, що проведе переговори в грудні.</p>'.repeat(100)}</article>`;
    const langs: (string | undefined)[] = [];
    const analyze = (text: string, g: unknown, opts: { published: string; lang?: string }) => {
      langs.push(opts.lang);
      return { ...fakeAnalyze(text, g, opts), lang: 'ru' as const };
    };
    session = await startSession({ doc: document, location: { href: 'https://x.example/a' }, send: fakeBackground(analyze).send, t: (k) => k, sliceChars: 2000, forceFallback: true });
    expect(langs[0]).toBeUndefined();
    expect(langs.length).toBeGreaterThan(2);
    expect(langs.slice(1).every((l) => l === 'ru')).toBe(true);
  });

  test('Alt+Shift+D opens the first highlight with what the store knows; Escape closes it', async () => {
    loadSeed();
    const bg = fakeBackground();
    session = await startSession({ doc: document, location: { href: 'http://127.0.0.1/seed.html' }, send: bg.send, t: (k) => k, forceFallback: true });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'D', code: 'KeyD', altKey: true, shiftKey: true }));
    expect(session.tooltip.entry?.range.toString()).toBe('Зеленський');
    await vi.waitFor(() => expect(bg.calls.some((c) => c.type === 'related/actor' && c.payload.name === 'Зеленський')).toBe(true), { timeout: 10_000 });
    expect(bg.calls.find((c) => c.type === 'related/actor')!.payload.excludeUrl).toBe('http://news.example/uk/belarus-release-2025-11-24');
    expect(document.querySelector('dossier-tooltip')?.getAttribute('style')).toContain('position: fixed');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape' }));
    expect(session.tooltip.entry).toBeNull();
    // Typing in the page's search box is left alone.
    const search = document.querySelector('input[type="search"]') as HTMLInputElement;
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Î', code: 'KeyD', altKey: true, shiftKey: true, bubbles: true }));
    expect(session.tooltip.entry).toBeNull();
  });

  test("the text is analysed while the reader's site setting loads; nothing is drawn or stored until it says yes", async () => {
    loadSeed();
    const bg = fakeBackground();
    let allow!: () => void;
    const ready = new Promise<void>((resolve) => (allow = resolve));
    const started = startSession({ doc: document, location: { href: 'http://127.0.0.1/seed.html' }, send: bg.send, t: (k) => k, forceFallback: true, ready });
    await vi.waitFor(() => expect(bg.calls.some((c) => c.type === 'analyze/full')).toBe(true), { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 20));
    expect(document.querySelectorAll('dossier-mark').length).toBe(0);
    expect(bg.calls.map((c) => c.type).filter((t) => !t.startsWith('analyze/'))).toEqual([]);
    allow();
    session = await started;
    expect(document.querySelectorAll('dossier-mark[data-kind="dossier-actor"]').length).toBeGreaterThan(0);
    expect(bg.calls.some((c) => c.type === 'page/analyzed')).toBe(true);
  });

  test('a site the setting excludes: the session stops, nothing drawn or stored', async () => {
    loadSeed();
    const bg = fakeBackground();
    const ready = new Promise<void>((_, reject) => setTimeout(() => reject(new Error('not allowed')), 10));
    await expect(startSession({ doc: document, location: { href: 'http://127.0.0.1/seed.html' }, send: bg.send, t: (k) => k, forceFallback: true, ready })).rejects.toThrow('not allowed');
    await new Promise((r) => setTimeout(r, 20));
    expect(document.querySelectorAll('dossier-mark').length).toBe(0);
    expect(bg.calls.map((c) => c.type).filter((t) => !t.startsWith('analyze/'))).toEqual([]);
  });

  test('a page the engine finds nothing on still reports and draws nothing', async () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<p>Прогноз погоди на тиждень.</p>';
    const bg = fakeBackground();
    session = await startSession({ doc: document, location: { href: 'https://x.example/w' }, send: bg.send, t: (k) => k, forceFallback: true });
    expect(document.querySelectorAll('dossier-mark')).toHaveLength(0);
    expect(session.painter.entries()).toHaveLength(0);
  });
});

describe('underlines (short pages only)', () => {
  const native = () => installFakeHighlights(document);
  afterEach(() => {
    const view = document.defaultView as unknown as Record<string, unknown>;
    delete view.Highlight;
  });

  test('an article is underlined from its first highlights on; stopping takes the underlines away', async () => {
    native();
    loadSeed();
    const before = document.adoptedStyleSheets.length;
    session = await startSession({ doc: document, location: { href: 'http://127.0.0.1/seed.html' }, send: fakeBackground().send, t: (k) => k, stylesInManifest: true });
    expect(session.painter.native).toBe(true);
    expect(session.painter.decorated).toBe(true);
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    session.stop();
    session = undefined;
    expect(document.adoptedStyleSheets.length).toBe(before);
  });

  test('a page of more than 100,000 characters is not; text added later past the limit takes them off', async () => {
    native();
    document.head.innerHTML = '';
    // Few long paragraphs: the reading is what is tested, not how happy-dom copes with thousands of nodes.
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `<p>Новина ${i}: Лукашенко знову говорив, а Зеленський відповів. ${'Подробиці згодом. '.repeat(100)}</p>`).join('');
    document.body.innerHTML = `<main>${rows(60)}</main>`;
    session = await startSession({ doc: document, location: { href: 'https://x.example/feed' }, send: fakeBackground().send, t: (k) => k, stylesInManifest: true });
    expect(session.painter.decorated).toBe(false);
    session.stop();

    document.body.innerHTML = `<main><div id="feed">${rows(35)}</div></main>`;
    session = await startSession({ doc: document, location: { href: 'https://x.example/feed' }, send: fakeBackground().send, t: (k) => k, stylesInManifest: true });
    expect(session.painter.decorated).toBe(true);
    const more = document.createElement('div');
    more.innerHTML = rows(30);
    document.getElementById('feed')!.append(more);
    await session.rescanWithin([more]);
    expect(session.painter.decorated).toBe(false);
  });
});

describe('re-reading text the page adds later', () => {
  test('highlights a paragraph added to the article, once, without touching the rest', async () => {
    loadSeed();
    const bg = fakeBackground();
    session = await startSession({ doc: document, location: { href: 'http://127.0.0.1/seed.html' }, send: bg.send, t: (k) => k, forceFallback: true, watch: true });
    const before = session.painter.entries().length;
    const p = document.createElement('p');
    p.textContent = 'Оновлення: Лукашенко відповів Зеленський у понеділок.';
    document.querySelector('.article-body')!.append(p);
    await vi.waitFor(() => expect(session!.painter.entries().length).toBe(before + 2), { timeout: 3000 });
    expect(Array.from(p.querySelectorAll('dossier-mark')).map((m) => m.textContent)).toEqual(['Лукашенко', 'Зеленський']);
    // Our own marks are not mistaken for page changes: nothing more happens.
    await new Promise((r) => setTimeout(r, 800));
    expect(session.painter.entries().length).toBe(before + 2);
    expect(bg.calls.filter((c) => c.type === 'page/analyzed')).toHaveLength(1);
  });
});
