// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { compileGazetteer, findActors, loadGazetteer } from '../../utils/analyze';
import type { ActorSpan } from '../../utils/analyze/types';
import { readWithNames } from '../../utils/highlight/names-stream';
import type { Send } from '../../utils/highlight/session';
import { packActors } from '../../utils/messages/packed-actors';
import { createExtractor, extractText, type Extractor } from '../../utils/page/extract';

const gazetteer = loadGazetteer(JSON.parse(JSON.stringify(compileGazetteer([
  { name: 'Олександр Лукашенко', kind: 'person' },
  { name: 'Білорусь', kind: 'place' },
]))));

/** A feed of `n` paragraphs, each naming Лукашенко (inflected) and Білорусь. */
function feed(n: number): void {
  document.body.replaceChildren();
  for (let i = 0; i < n; i++) {
    const p = document.createElement('p');
    p.append(`Новина ${i}: Олександра Лукашенка `, Object.assign(document.createElement('b'), { textContent: 'знову' }), ' бачили в Білорусі, пишуть   медіа.');
    document.body.append(p);
  }
}

/** The background, with the real matcher; notes whether the page was still being read at each request. */
function background(reading: () => boolean) {
  const calls: { chars: number; whileReading: boolean }[] = [];
  const send = (async (type: string, payload: { text: string }) => {
    if (type !== 'analyze/names') throw new Error(`unexpected ${type}`);
    calls.push({ chars: payload.text.length, whileReading: reading() });
    return { packed: packActors(findActors(payload.text, gazetteer)) };
  }) as unknown as Send;
  return { send, calls };
}

/** Wraps an extractor to know whether it has finished reading. */
function watched(extractor: Extractor) {
  let done = false;
  return { extractor: { ...extractor, read: (stop?: () => boolean) => (done = extractor.read(stop)) }, reading: () => !done };
}

describe('names while reading', () => {
  test('a long page: requests go out while it is still read, and every name lands on its own text', async () => {
    feed(4000);
    const { extractor, reading } = watched(createExtractor(document));
    const bg = background(reading);
    const found: ActorSpan[] = [];
    const drawn: string[] = [];
    const { page, matched } = await readWithNames({
      extractor,
      send: bg.send,
      signal: new AbortController().signal,
      scrolled: () => false,
      yieldToPage: () => new Promise((r) => setTimeout(r, 0)),
      onNames: (actors, reader) => {
        found.push(...actors);
        for (const a of actors.slice(0, 3)) drawn.push(reader.rangeFor(a.start, a.end)!.toString());
      },
    });
    expect(matched).toBe(true);
    expect(page.text).toBe(extractText(document).text);
    expect(bg.calls.length).toBeGreaterThan(2);
    expect(bg.calls.some((c) => c.whileReading)).toBe(true);
    // Every mention once, in text order, at the offsets of the finished text.
    expect(found.map((a) => a.name)).toEqual(findActors(page.text, gazetteer).map((a) => a.name));
    expect(found.map((a) => a.start)).toEqual(findActors(page.text, gazetteer).map((a) => a.start));
    for (const a of found) expect(page.text.slice(a.start, a.end)).toBe(a.text);
    expect(drawn.slice(0, 2)).toEqual(['Олександра Лукашенка', 'Білорусі']);
  });

  test('a long page is called long once, as soon as that much is read; a short one never', async () => {
    const events: string[] = [];
    const read = async (paragraphs: number) => {
      feed(paragraphs);
      events.length = 0;
      const { extractor, reading } = watched(createExtractor(document));
      await readWithNames({
        extractor,
        send: background(reading).send,
        signal: new AbortController().signal,
        scrolled: () => false,
        // Steps end on each check: a short page takes several too, so only its size can tell.
        yieldToPage: () => new Promise((r) => setTimeout(r, 0)),
        onLongPage: () => events.push('long'),
        onNames: () => events.push('names'),
      });
      return events.slice();
    };
    const long = await read(4000); // ~280,000 characters
    expect(long.filter((e) => e === 'long')).toHaveLength(1);
    // (Here, reading is slow enough that the first stretch's names may come first: the painter
    // then hands what it painted to its viewport window.) Most names come after it.
    expect(long.lastIndexOf('names')).toBeGreaterThan(long.indexOf('long'));
    const short = await read(600); // ~42,000 characters
    expect(short).not.toContain('long');
    expect(short).toContain('names');
  });

  test('a page opened scrolled down is read whole first, then matched', async () => {
    feed(3000);
    const { extractor, reading } = watched(createExtractor(document));
    const bg = background(reading);
    let count = 0;
    await readWithNames({ extractor, send: bg.send, signal: new AbortController().signal, scrolled: () => true, onNames: (a) => (count += a.length) });
    expect(bg.calls.length).toBeGreaterThan(1);
    expect(bg.calls.every((c) => !c.whileReading)).toBe(true);
    expect(count).toBe(6000);
  });

  test('a reader found scrolled down mid-reading: the rest is matched from the viewport, nothing twice', async () => {
    feed(3000);
    // happy-dom has no layout: paragraph i sits at 100 * i px, and the reader is at paragraph 2,500.
    for (const [i, p] of Array.from(document.querySelectorAll('p')).entries()) {
      p.getBoundingClientRect = () => ({ top: 100 * (i - 2500), height: 20, bottom: 100 * (i - 2500) + 20, left: 0, right: 100, width: 100, x: 0, y: 0, toJSON() {} }) as DOMRect;
    }
    const { extractor, reading } = watched(createExtractor(document));
    const texts: string[] = [];
    const bg = background(reading);
    const send = ((type: 'analyze/names', payload: { text: string }) => (texts.push(payload.text), bg.send(type, payload))) as unknown as Send;
    const found: ActorSpan[] = [];
    // The answer comes with the page's first frame: here, once the first request has gone out.
    const { page } = await readWithNames({
      extractor,
      send,
      signal: new AbortController().signal,
      scrolled: () => bg.calls.length > 0,
      yieldToPage: () => new Promise((r) => setTimeout(r, 0)),
      onNames: (actors) => found.push(...actors),
    });
    const whileReading = bg.calls.filter((c) => c.whileReading).length;
    expect(whileReading).toBe(1);
    // After the reading: first the stretch at the viewport, then the rest after it, then what lies
    // between the first request and the viewport.
    expect(texts[1]).toContain('Новина 2500:');
    expect(texts.join('').length).toBe(page.text.length);
    const all = findActors(page.text, gazetteer);
    expect(found).toHaveLength(all.length);
    expect(found.map((a) => a.start).sort((a, b) => a - b)).toEqual(all.map((a) => a.start));
    for (const a of found) expect(page.text.slice(a.start, a.end)).toBe(a.text);
  });

  test('a short article is left to the whole engine (no names request)', async () => {
    feed(20);
    const { extractor, reading } = watched(createExtractor(document));
    const bg = background(reading);
    const { page, matched } = await readWithNames({ extractor, send: bg.send, signal: new AbortController().signal, scrolled: () => false, skipUnder: 20_000, onNames: () => undefined });
    expect(matched).toBe(false);
    expect(bg.calls).toEqual([]);
    expect(page.text).toContain('Новина 19');
  });

  test('a failing background rejects the reading (the session reports it), without drawing anything wrong', async () => {
    feed(3000);
    const send = (async () => {
      throw new Error('No valid reply to analyze/names from the background (got nothing).');
    }) as unknown as Send;
    let drawn = 0;
    await expect(readWithNames({ extractor: createExtractor(document), send, signal: new AbortController().signal, scrolled: () => false, onNames: () => drawn++ })).rejects.toThrow(/No valid reply/);
    expect(drawn).toBe(0);
  });
});
