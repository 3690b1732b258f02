// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import type { HighlightEntry } from '../../utils/highlight/names';
import { ViewportWindow } from '../../utils/highlight/viewport-window';
import { FakeObserver } from './fake-observer';

let paragraphs: HTMLElement[];
const entryIn = (p: Element, i: number): HighlightEntry => {
  const range = document.createRange();
  range.selectNodeContents(p.firstChild!);
  return { range, data: { kind: 'actor', span: { text: 'Київ', start: i, end: i + 4, name: 'Київ', kind: 'place' } } };
};

function setup() {
  const shown = new Set<HighlightEntry>();
  const view = { IntersectionObserver: FakeObserver } as unknown as Window & typeof globalThis;
  const win = new ViewportWindow(view, (l) => l.forEach((e) => shown.add(e)), (l) => l.forEach((e) => shown.delete(e)));
  const entries = paragraphs.map(entryIn);
  return { win, shown, entries, io: FakeObserver.last };
}

beforeEach(() => {
  document.body.replaceChildren();
  paragraphs = Array.from({ length: 200 }, (_, i) => Object.assign(document.createElement('p'), { textContent: `Київ ${i}` }));
  document.body.append(...paragraphs);
});

const indexes = (shown: Set<HighlightEntry>, entries: HighlightEntry[]) => entries.map((e, i) => (shown.has(e) ? i : -1)).filter((i) => i >= 0);

describe('ViewportWindow', () => {
  test('watches one paragraph in sixteen, and paints the groups near the viewport only', () => {
    const { win, shown, entries, io } = setup();
    win.add(entries);
    expect(io.targets.length).toBe(Math.ceil(200 / 16));
    expect(shown.size).toBe(0); // nothing until the browser says where things are
    io.scrollTo(paragraphs, 40, 60);
    const on = indexes(shown, entries);
    // Paragraphs 40–59 are near: their groups (32–47 and 48–63) are painted, and nothing far away.
    for (let i = 40; i < 60; i++) expect(on).toContain(i);
    expect(Math.min(...on)).toBeGreaterThanOrEqual(32);
    expect(Math.max(...on)).toBeLessThan(64);
  });

  test('a viewport inside one group (its first paragraph above, the next group\'s below) paints it', () => {
    const { win, shown, entries, io } = setup();
    win.add(entries);
    io.scrollTo(paragraphs, 50, 52); // targets 48 (above) and 64 (below): neither intersects
    expect(indexes(shown, entries)).toEqual(Array.from({ length: 16 }, (_, i) => 48 + i));
  });

  test('scrolling away drops them, scrolling back paints them again; entries painted before stay until placed', () => {
    const { win, shown, entries, io } = setup();
    win.add(entries.slice(0, 100), true);
    expect(shown.size).toBe(0); // (the painter drew those itself)
    win.add(entries.slice(100));
    io.scrollTo(paragraphs, 180, 200);
    expect(indexes(shown, entries).every((i) => i >= 176)).toBe(true);
    io.scrollTo(paragraphs, 0, 10);
    expect(indexes(shown, entries)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });

  test('a block re-read out of document order is watched on its own', () => {
    const { win, shown, entries, io } = setup();
    win.add(entries.slice(100));
    win.add([entries[5]]);
    expect(io.targets).toContain(paragraphs[5]);
    io.scrollTo(paragraphs, 0, 10);
    expect(indexes(shown, entries)).toEqual([5]);
    win.remove([entries[5]]);
    shown.delete(entries[5]); // (the painter deletes the highlight of what it removes)
    io.scrollTo(paragraphs, 100, 110);
    io.scrollTo(paragraphs, 0, 10);
    expect(shown.has(entries[5])).toBe(false);
  });
});
