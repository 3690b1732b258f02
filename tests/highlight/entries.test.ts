// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { entriesFor } from '../../utils/highlight/entries';
import { startOf, type HighlightEntry } from '../../utils/highlight/names';
import { ViewportWindow } from '../../utils/highlight/viewport-window';
import { createExtractor, type SpanPoints } from '../../utils/page/extract';
import { FakeObserver } from './fake-observer';

const names = ['Київ', 'Олександр Лукашенко', 'Мінськ'];

beforeEach(() => {
  document.body.replaceChildren();
  for (let i = 0; i < 60; i++) {
    const p = document.createElement('p');
    p.append('У ', Object.assign(document.createElement('b'), { textContent: names[i % 3] }), ` зустрілися ${i} разів.`);
    document.body.append(p);
  }
});

/** The page's text with every name found, and a counter of the ranges actually made. */
function read() {
  const page = createExtractor(document).finish();
  let made = 0;
  const makeRange = (points: SpanPoints) => (made++, page.makeRange(points));
  const actors = [...page.text.matchAll(new RegExp(names.join('|'), 'g'))].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, name: m[0], kind: 'place' as const }));
  const entries = entriesFor({ ...page, makeRange }, { actors, dates: [], claims: [], candidates: [] });
  return { page, entries, made: () => made };
}

const textOf = (e: HighlightEntry) => {
  const r = document.createRange();
  r.setStart(e.range.startContainer, e.range.startOffset);
  r.setEnd(e.range.endContainer, e.range.endOffset);
  return r.toString();
};

describe('highlight entries make their ranges on first use', () => {
  test('no range is made until one is asked for, and it then covers the name', () => {
    const { entries, made } = read();
    expect(entries).toHaveLength(60);
    expect(made()).toBe(0);
    // Where each entry starts is known without its range: the name's own text node.
    expect(startOf(entries[1]).startContainer.textContent).toBe('Олександр Лукашенко');
    expect(made()).toBe(0);
    expect(textOf(entries[1])).toBe('Олександр Лукашенко');
    expect(entries[1].range).toBe(entries[1].range); // made once
    expect(made()).toBe(1);
  });

  test('a viewport window places them all but makes ranges only for what it paints', () => {
    const { entries, made } = read();
    const painted: string[] = [];
    const view = { IntersectionObserver: FakeObserver } as unknown as Window & typeof globalThis;
    const win = new ViewportWindow(view, (list) => list.forEach((e) => painted.push(textOf(e))), () => undefined);
    win.add(entries);
    expect(made()).toBe(0);
    // The first group (paragraphs 0–15) is on screen, the rest below it.
    const paragraphs = [...document.querySelectorAll('p')];
    FakeObserver.last.scrollTo(paragraphs, 0, 16);
    expect(painted).toEqual(entries.slice(0, 16).map((e) => e.data.span.text));
    expect(made()).toBe(16);
  });
});
