// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { extractText } from '../../utils/page/extract';
import { HighlightPainter } from '../../utils/highlight/painter';
import { entriesFor } from '../../utils/highlight/entries';
import { HIGHLIGHT_NAMES } from '../../utils/highlight/names';
import { decorationCss, injectHighlightStyles, highlightCss } from '../../utils/highlight/styles';
import { FakeObserver } from './fake-observer';
import { installFakeHighlights, type FakeHighlight } from './fake-highlights';

const html = `<article><p>Завдяки допомозі <b>Сполучених</b> Штатів, Білорусь відпустила людей, повідомив президент Володимир Зеленський.</p>
<p>20 листопада Лукашенко оголосив, що проведе «регулярні переговори з американськими представниками» в грудні.</p></article>`;

function spans(text: string) {
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`no ${s}`);
    return { text: s, start, end: start + s.length };
  };
  return {
    actors: [
      { ...at('Сполучених Штатів'), name: 'Сполучені Штати Америки', kind: 'place' as const },
      { ...at('Білорусь'), name: 'Білорусь', kind: 'place' as const },
      { ...at('Володимир Зеленський'), name: 'Володимир Зеленський', kind: 'person' as const },
      { ...at('Лукашенко'), name: 'Олександр Лукашенко', kind: 'person' as const },
    ],
    dates: [{ ...at('20 листопада'), value: '2025-11-20', precision: 'day' as const }],
    claims: [{ ...at('регулярні переговори з американськими представниками'), speaker: 'Олександр Лукашенко', mode: 'direct' as const }],
    candidates: [],
  };
}

beforeEach(() => {
  document.body.innerHTML = html;
});

describe('HighlightPainter (fallback marks, as in browsers without CSS.highlights)', () => {
  test('wraps exactly the highlighted text and keeps the page text unchanged', () => {
    const before = document.body.textContent;
    const page = extractText(document);
    const painter = new HighlightPainter(document, { forceFallback: true });
    painter.add(entriesFor(page, spans(page.text)));
    const marks = Array.from(document.querySelectorAll('dossier-mark'));
    const byKind = (name: string) => marks.filter((m) => m.getAttribute('data-kind') === name).map((m) => m.textContent);
    // "Сполучених Штатів" crosses a <b>, so it becomes two marks.
    expect(byKind(HIGHLIGHT_NAMES.actor)).toEqual(['Сполучених', ' Штатів', 'Білорусь', 'Володимир Зеленський', 'Лукашенко']);
    expect(byKind(HIGHLIGHT_NAMES.date)).toEqual(['20 листопада']);
    expect(byKind(HIGHLIGHT_NAMES.claim)).toEqual(['регулярні переговори з американськими представниками']);
    expect(document.body.textContent).toBe(before);
    // Ranges still read back their text after the DOM was split and wrapped.
    expect(painter.entries().map((e) => e.range.toString())).toContain('Сполучених Штатів');
    painter.clear();
    expect(document.querySelectorAll('dossier-mark')).toHaveLength(0);
    expect(document.body.textContent).toBe(before);
  });

  test('keyboard order is document order', () => {
    const page = extractText(document);
    const painter = new HighlightPainter(document, { forceFallback: true });
    painter.add(entriesFor(page, spans(page.text)));
    expect(painter.entries().map((e) => e.range.toString())).toEqual([
      'Сполучених Штатів', 'Білорусь', 'Володимир Зеленський', '20 листопада', 'Лукашенко',
      'регулярні переговори з американськими представниками',
    ]);
  });

  test('removeWithin forgets the highlights of a block being re-scanned', () => {
    const page = extractText(document);
    const painter = new HighlightPainter(document, { forceFallback: true });
    painter.add(entriesFor(page, spans(page.text)));
    expect(painter.removeWithin(document.querySelectorAll('p')[1])).toBe(3);
    expect(painter.entries()).toHaveLength(3);
  });
});

describe('HighlightPainter (CSS Custom Highlight API)', () => {
  beforeEach(() => installFakeHighlights(document));
  const registry = () => (document.defaultView as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;

  test('registers ranges under the public names without touching the DOM', () => {
    const before = document.body.innerHTML;
    const page = extractText(document);
    const painter = new HighlightPainter(document);
    expect(painter.native).toBe(true);
    painter.add(entriesFor(page, spans(page.text)));
    const texts = (name: string) => [...(registry().get(name) ?? [])].map((r) => (r as Range).toString());
    expect(texts('dossier-actor')).toEqual(['Сполучених Штатів', 'Білорусь', 'Володимир Зеленський', 'Лукашенко']);
    expect(texts('dossier-date')).toEqual(['20 листопада']);
    expect(texts('dossier-claim')).toEqual(['регулярні переговори з американськими представниками']);
    expect(registry().get('dossier-actor')!.priority).toBeGreaterThan(registry().get('dossier-claim')!.priority);
    expect(document.body.innerHTML).toBe(before);
    painter.clear();
    expect(registry().size).toBe(0);
  });

  test('hit-testing finds the most specific highlight at a text position', () => {
    const page = extractText(document);
    const painter = new HighlightPainter(document);
    painter.add(entriesFor(page, spans(page.text)));
    const at = (needle: string, delta: number) => {
      const p = page.offsetToDomPoint(page.text.indexOf(needle) + delta)!;
      return painter.hitTest(p.node, p.offset)?.data;
    };
    expect(at('Зеленський', 3)).toMatchObject({ kind: 'actor', span: { name: 'Володимир Зеленський' } });
    expect(at('Штатів', 1)).toMatchObject({ kind: 'actor', span: { name: 'Сполучені Штати Америки' } });
    expect(at('листопада', 2)).toMatchObject({ kind: 'date', span: { value: '2025-11-20' } });
    expect(at('американськими', 2)).toMatchObject({ kind: 'claim' });
    expect(at('відпустила', 2)).toBeUndefined();
  });

  test('says when highlights reach the page: at once when drawn, not before', () => {
    const page = extractText(document);
    const painter = new HighlightPainter(document);
    const calls: string[] = [];
    painter.whenPainted(() => calls.push('painted'));
    expect(calls).toEqual([]);
    painter.add(entriesFor(page, spans(page.text)));
    expect(calls).toEqual(['painted']);
    painter.add(entriesFor(page, spans(page.text)));
    expect(calls).toEqual(['painted']); // once per call to whenPainted
  });

  /** The page's highlights and a painter, with an IntersectionObserver the test drives. */
  const windowed = () => {
    (document.defaultView as unknown as Record<string, unknown>).IntersectionObserver = FakeObserver;
    const page = extractText(document);
    const all = entriesFor(page, spans(page.text));
    return { all, painter: new HighlightPainter(document), of: (kind: string) => all.filter((e) => e.data.kind === kind) };
  };
  const size = (name: string) => registry().get(name)?.size ?? 0;
  const scrollToTop = () => FakeObserver.last.scrollTo([...document.querySelectorAll('p')], 0, 2);

  test('a page known to be long paints only what the viewport window places, from the first highlight on', () => {
    const { all, painter } = windowed();
    let painted = 0;
    painter.whenPainted(() => painted++);
    painter.expectMany();
    painter.add(all);
    // Six highlights, far under the count that opens the window on its own: the hint opened it.
    expect(size('dossier-actor')).toBe(0);
    expect(painted).toBe(0);
    expect(painter.counts()).toMatchObject({ actor: 4, date: 1, claim: 1 });
    scrollToTop();
    expect(size('dossier-actor')).toBe(4);
    expect(painted).toBe(1);
    painter.clear();
    // A new reading starts short again: painted at once.
    painter.add(windowed().all);
    expect(size('dossier-actor')).toBe(4);
  });

  test('a long page whose highlights turn out few gets them all painted once it is read', () => {
    const { painter, of } = windowed();
    painter.expectMany();
    painter.add(of('actor'));
    expect(size('dossier-actor')).toBe(0);
    painter.pageRead();
    expect(size('dossier-actor')).toBe(4);
    // No window any more: what the whole engine adds later is painted at once.
    painter.add(of('date'));
    expect(size('dossier-date')).toBe(1);
  });

  test('told late (names drawn before the page was known long), it keeps what it painted and windows the rest', () => {
    const { painter, of } = windowed();
    painter.add(of('date'));
    expect(size('dossier-date')).toBe(1);
    painter.expectMany();
    painter.add(of('actor'));
    expect(size('dossier-date')).toBe(1); // stays until the observer has placed it
    // Only the name beside the painted date (its paragraph counts as on screen until placed).
    expect([...registry().get('dossier-actor')!].map(String)).toEqual(['Лукашенко']);
    scrollToTop();
    expect(size('dossier-actor')).toBe(4);
    expect(size('dossier-date')).toBe(1);
  });

  test('underlines come as one adopted sheet, outlast clear(), and go when asked', () => {
    const before = document.adoptedStyleSheets.length;
    const painter = new HighlightPainter(document);
    expect(painter.decorated).toBe(false);
    painter.decorate(true);
    painter.decorate(true);
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    expect(painter.decorated).toBe(true);
    // A new reading of the same page keeps them: taking them off and on would restyle the page twice.
    painter.clear();
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    painter.decorate(false);
    expect(document.adoptedStyleSheets.length).toBe(before);
    expect(painter.decorated).toBe(false);
  });

  test('underlines reach open shadow roots too, whenever they are switched', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Заяву зробив Лукашенко.</p>';
    const page = extractText(document);
    const start = page.text.lastIndexOf('Лукашенко'); // the one in the shadow tree, after the article's
    const entries = entriesFor(page, { actors: [{ text: 'Лукашенко', start, end: start + 9, name: 'Олександр Лукашенко', kind: 'person' }], dates: [], claims: [], candidates: [] });
    const painter = new HighlightPainter(document);
    painter.add(entries);
    expect(painter.shadowRoots()).toEqual([root]);
    expect(root.adoptedStyleSheets).toHaveLength(1); // the fills
    painter.decorate(true);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    painter.decorate(false);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    painter.decorate(true);
    painter.clear();
    expect(root.adoptedStyleSheets).toHaveLength(0);
    painter.decorate(false);
  });

  test('the keyboard focus is its own highlight, one range at a time', () => {
    const page = extractText(document);
    const painter = new HighlightPainter(document);
    painter.add(entriesFor(page, spans(page.text)));
    const [first, second] = painter.entries();
    painter.focus(first);
    painter.focus(second);
    expect([...registry().get('dossier-focus')!].map(String)).toEqual(['Білорусь']);
  });
});

describe('highlight styles', () => {
  test("the manifest's highlight rules fill, and only the sheet for short pages underlines", () => {
    // A ::highlight with a text-decoration makes Chromium walk the whole page in every frame that
    // repaints: the sheet every page gets must have none.
    const highlightRules = highlightCss().split('\n').filter((r) => r.startsWith('::highlight('));
    expect(highlightRules).toHaveLength(Object.values(HIGHLIGHT_NAMES).length + 1); // + the keyboard focus
    for (const rule of highlightRules) {
      expect(rule).toMatch(/background-color:/);
      expect(rule).not.toMatch(/text-decoration/);
    }
    for (const name of ['dossier-actor', 'dossier-date', 'dossier-claim', 'dossier-candidate']) {
      expect(decorationCss()).toMatch(new RegExp(`::highlight\\(${name}\\) \\{ text-decoration: underline`));
    }
    // Fallback marks are elements of their own: they keep their underlines.
    expect(highlightCss()).toMatch(/dossier-mark\[data-kind="dossier-actor"\] \{[^}]*text-decoration: underline/);
  });

  test('paint only, never layout, for every highlight name', () => {
    const css = highlightCss();
    for (const name of Object.values(HIGHLIGHT_NAMES)) expect(css).toContain(`::highlight(${name})`);
    expect(css).not.toMatch(/(margin|padding|border|font-size|display|position|width|height)\s*:/);
  });
  test('are injected once and removed again', () => {
    const remove = injectHighlightStyles(document);
    injectHighlightStyles(document);
    expect(document.querySelectorAll('#dossier-highlight-style')).toHaveLength(1);
    remove();
    expect(document.querySelectorAll('#dossier-highlight-style')).toHaveLength(0);
  });
});
