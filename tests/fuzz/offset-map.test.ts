// @vitest-environment happy-dom
/**
 * The offset map on random DOM trees: any tree extracts without exception, skipped subtrees never
 * leak into the text, every text offset maps to the DOM character it came from, and `rangeFor`
 * gives ranges whose ends sit on exactly the span's first and last characters.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createExtractor, extractText } from '../../utils/page/extract';

type Tree = { tag: string; attrs?: Record<string, string>; children: (Tree | string)[] };

const SECRET = 'ЗАХОВАНО';
const textNode = fc.oneof(
  fc.constantFrom('Зеленський', ' ', '  \n\t ', 'Лука', 'шенку', '24 листопада', '«', '»', '.', '\u00a0', 'пʼятеро', '😀', 'עברית', 'a\u0301'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const INLINE = ['span', 'b', 'a', 'em', 'i', 'strong', 'mark', 'abbr', 'sup'];
const BLOCK = ['p', 'div', 'li', 'h2', 'section', 'article', 'blockquote', 'td', 'br'];
// <template> is left out: happy-dom collapses any Range that spans one (Chromium doesn't).
const SKIPPED = ['script', 'style', 'textarea', 'code', 'noscript', 'button'];

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree | string; tree: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textNode, tie('tree')),
  tree: fc.record({
    tag: fc.constantFrom(...INLINE, ...BLOCK),
    attrs: fc.option(fc.constantFrom<Record<string, string>>({ hidden: '' }, { 'aria-hidden': 'true' }, { contenteditable: 'true' }, { 'data-dossier-ui': '' }, { title: 'x' }), { nil: undefined }),
    children: fc.array(tie('node'), { maxLength: 5 }),
  }),
})).tree;
const skippedTree = fc.constantFrom(...SKIPPED).map((tag): Tree => ({ tag, children: [`${SECRET} Зеленський`] }));
const forest = fc.array(fc.oneof({ weight: 4, arbitrary: tree }, { weight: 1, arbitrary: skippedTree }), { minLength: 1, maxLength: 6 });

const HIDING = ['hidden', 'aria-hidden', 'contenteditable', 'data-dossier-ui'];

function build(doc: Document, parent: Node, node: Tree | string, hidden: boolean): void {
  if (typeof node === 'string') {
    // Text under hidden or skipped elements is tagged so a leak shows up in the output.
    parent.appendChild(doc.createTextNode(hidden ? `${SECRET}${node}` : node));
    return;
  }
  const el = doc.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs ?? {})) el.setAttribute(k, v);
  const hides = hidden || SKIPPED.includes(node.tag) || Object.keys(node.attrs ?? {}).some((k) => HIDING.includes(k));
  if (node.tag !== 'br') for (const c of node.children) build(doc, el, c, hides);
  parent.appendChild(el);
}

function render(trees: Tree[]): Document {
  document.body.replaceChildren();
  for (const t of trees) build(document, document.body, t, false);
  return document;
}

const WS = /[\t\n\f\r ]/;

/** The range's text without hidden/skipped subtrees (their text nodes carry the SECRET tag). */
function visibleText(range: Range): string {
  const walker = document.createTreeWalker(document.body, 4 /* SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.data.startsWith(SECRET) || !range.intersectsNode(n)) continue;
    const from = n === range.startContainer ? range.startOffset : 0;
    const to = n === range.endContainer ? range.endOffset : n.data.length;
    out += n.data.slice(from, to);
  }
  return out;
}

describe('extractText offset map fuzz', () => {
  test('random trees: clean text, no leaks, every offset maps to its own character', () => {
    fc.assert(
      fc.property(forest, (trees) => {
        const page = extractText(render(trees));
        const { text } = page;
        expect(text).not.toContain(SECRET.slice(0, 4));
        expect(text).not.toMatch(/^[ \n]|[ \n]$|  | \n|\n\n/);
        expect(page.main.start).toBeGreaterThanOrEqual(0);
        expect(page.main.end).toBeLessThanOrEqual(text.length);
        expect(page.main.start).toBeLessThanOrEqual(page.main.end);
        for (let k = 0; k < text.length; k++) {
          if (text[k] === '\n') continue;
          const p = page.offsetToDomPoint(k);
          expect(p).not.toBeNull();
          const ch = p!.node.data[p!.offset];
          if (text[k] === ' ') expect(WS.test(ch), `offset ${k}`).toBe(true);
          else expect(ch, `offset ${k} of ${JSON.stringify(text)}`).toBe(text[k]);
        }
      }),
      { numRuns: 250 },
    );
  }, 30_000);

  test('rangeFor(start, end) starts on the span\'s first character and ends after its last', () => {
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (trees, a, b) => {
        const page = extractText(render(trees));
        const n = page.text.length;
        if (!n) return;
        const start = a % n;
        const end = start + 1 + (b % (n - start));
        const range = page.rangeFor(start, end);
        const first = page.text[start];
        const last = page.text[end - 1];
        if (/[ \n]/.test(first) && end - start === 1) return; // a lone separator maps to no text
        expect(range).not.toBeNull();
        if (!/[ \n]/.test(first)) expect((range!.startContainer as Text).data[range!.startOffset]).toBe(first);
        if (!/[ \n]/.test(last)) expect((range!.endContainer as Text).data[range!.endOffset - 1]).toBe(last);
        // Between the ends, the range's visible characters are exactly the span's (whitespace aside).
        const strip = (t: string) => t.replace(/[\t\n\f\r ]+/g, '');
        expect(strip(visibleText(range!))).toBe(strip(page.text.slice(start, end)));
      }),
      { numRuns: 250 },
    );
  }, 30_000);

  test('read in steps (stopping anywhere), the text and its map are those of one read; settled text never changes', () => {
    fc.assert(
      fc.property(forest, fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (trees, stops) => {
        const whole = extractText(render(trees));
        const steps = createExtractor(document);
        let i = 0;
        const seen: string[] = [];
        // `stop` is asked every few dozen nodes; a stop list decides each answer.
        while (!steps.read(() => stops[i++ % stops.length])) seen.push(steps.slice(0, steps.settled()));
        const page = steps.finish();
        expect(page.text).toBe(whole.text);
        expect(page.main).toEqual(whole.main);
        for (const prefix of seen) expect(whole.text.startsWith(prefix.replace(/\n$/, ''))).toBe(true);
        for (let k = 0; k < page.text.length; k++) expect(page.offsetToDomPoint(k)).toEqual(whole.offsetToDomPoint(k));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  test('ranges over settled text are drawn while the rest of the page is still being read', () => {
    document.body.replaceChildren();
    for (let i = 0; i < 300; i++) {
      const p = document.createElement('p');
      p.append(`Абзац ${i}: `, Object.assign(document.createElement('b'), { textContent: 'Зеленський' }), '  заявив.');
      document.body.append(p);
    }
    const steps = createExtractor(document);
    let asked = 0;
    expect(steps.read(() => ++asked > 2)).toBe(false);
    const settled = steps.slice(0, steps.settled());
    expect(settled.length).toBeGreaterThan(0);
    expect(settled.length).toBeLessThan(extractText(document).text.length);
    const k = settled.lastIndexOf('Зеленський');
    expect(steps.rangeFor(k, k + 'Зеленський'.length)!.toString()).toBe('Зеленський');
    expect(steps.finish().text.slice(0, settled.length)).toBe(settled);
  });

  test('a text node of a megabyte with whitespace runs maps its far end exactly', () => {
    const chunk = 'Зеленський   заявив\t\n про 24 листопада. ';
    const data = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    document.body.replaceChildren(document.createElement('p'));
    document.body.firstChild!.appendChild(document.createTextNode(data));
    const page = extractText(document);
    const k = page.text.lastIndexOf('Зеленський');
    const range = page.rangeFor(k, k + 'Зеленський'.length)!;
    expect(range.toString()).toBe('Зеленський');
    expect(range.startOffset).toBe(data.lastIndexOf('Зеленський'));
  });

  test('moving any element\'s children into its open shadow root leaves the text unchanged', () => {
    fc.assert(
      fc.property(forest, fc.nat(), (trees, pick) => {
        const light = extractText(render(trees)).text;
        const hosts = [...document.body.querySelectorAll('span, div, p, section, article, b, em')].filter((el) => !el.closest('[hidden], [aria-hidden], [contenteditable], [data-dossier-ui], template, textarea, button, code'));
        if (!hosts.length) return;
        const host = hosts[pick % hosts.length];
        const root = host.attachShadow({ mode: 'open' });
        root.append(...Array.from(host.childNodes));
        const page = extractText(document);
        expect(page.text).toBe(light);
        for (let k = 0; k < page.text.length; k++) {
          if (/[ \n]/.test(page.text[k])) continue;
          const p = page.offsetToDomPoint(k)!;
          expect(p.node.data[p.offset]).toBe(page.text[k]);
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  test('slotted light children are read where the slot renders them; closed roots are not read', () => {
    document.body.replaceChildren();
    const host = document.createElement('div');
    host.innerText = 'Reuters';
    const open = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.append('Лукашенко до ', document.createElement('slot'), ' після.');
    open.append(p);
    const closedHost = document.createElement('div');
    closedHost.attachShadow({ mode: 'closed' }).append('Трамп');
    document.body.append(host, closedHost);
    expect(extractText(document).text).toBe('Лукашенко до Reuters після.');
  });
});

