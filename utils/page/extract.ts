/**
 * Reading text out of a DOM: one plain string for the engine, plus an offset map back to DOM
 * positions so that spans found in the string can be drawn as Ranges on the page.
 *
 * Works on any DOM implementation (Chromium, Firefox, happy-dom, linkedom): it only walks nodes and
 * reads tag names and attributes. Layout is an optional extra (`isHidden`), never a requirement,
 * because the Node CLI runs this on HTML files without a renderer.
 */

import { findMainElement } from './main-element';
import { composedOverride } from './shadow';
import { offsetMapper, trimLast, type DomPoint, type Segment } from './text-map';

/** Subtrees whose text is not prose the reader is reading (or not visible as text at all). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'VIDEO', 'AUDIO', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP',
  'VAR', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/**
 * Elements that start a new line of text. Without a separator "...Зеленський.</p><p>Також..." would
 * read as one sentence and claims/events would run across paragraphs.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'HTML',
]);

/** Attribute that marks the extension's own UI (tooltip host etc.) so we never read ourselves. */
export const UI_ATTRIBUTE = 'data-dossier-ui';

export type { DomPoint } from './text-map';
export { findMainElement } from './main-element';

export interface ExtractOptions {
  /** Layout-aware visibility test (e.g. `el.checkVisibility()` in a browser); optional. */
  isHidden?: (el: Element) => boolean;
  /** Layout-aware block test (computed `display`), for inline tags laid out as blocks; optional. */
  isBlock?: (el: Element) => boolean;
}

export interface PageText {
  text: string;
  /** Text offsets of the main content (article/main), or the whole text when there is none. */
  main: { start: number; end: number };
  /** How many text runs (DOM text nodes with readable text) the text is made of. */
  segments: number;
  /** The DOM position of an output offset. `bias` picks the side when the offset is a separator. */
  offsetToDomPoint(offset: number, bias?: 'forward' | 'backward'): DomPoint | null;
  /** A live Range covering output text [start, end), or null when it maps to no text. */
  rangeFor(start: number, end: number): Range | null;
  /**
   * The same span as a StaticRange where the browser has one, else a live Range. Static ranges cost
   * the page nothing: every live Range is updated by the browser on each DOM change the page makes
   * (~1 ms per change with 20,000 of them).
   */
  spanRange(start: number, end: number): AbstractRange | null;
  /**
   * Where spanRange's range would start and end, without making it: a StaticRange costs ~2 µs to
   * construct, 20 ms for a 1 MB page's 9,000 names, most of which are never painted (only text near
   * the viewport is), so highlight entries make theirs on first use (utils/highlight/entries.ts).
   */
  spanPoints(start: number, end: number): SpanPoints | null;
  /** The range between two points from spanPoints (static where the browser has StaticRange). */
  makeRange(points: SpanPoints): AbstractRange | null;
}

export interface SpanPoints {
  start: DomPoint;
  end: DomPoint;
}

/** True for an element that starts a new line of text (a block separator in the extracted text). */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** True for an element whose subtree holds no readable text for us. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  // Most elements of a page carry no attribute at all: one call instead of four lookups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute(UI_ATTRIBUTE)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return false;
}

/**
 * A link right after another link, with only whitespace between, is a menu or tag list ("Техно
 * Lifestyle Спорт"), not prose: in prose, links are separated by words or punctuation.
 */
function followsLink(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'A') return false;
  let prev = el.previousSibling;
  while (prev && prev.nodeType === 3 && !(prev as Text).data.trim()) prev = prev.previousSibling;
  return !!prev && prev.nodeType === 1 && (prev as Element).tagName.toUpperCase() === 'A';
}


/**
 * The text without the spaces and line breaks it ends with. Not `replace(/[ \n]+$/, '')`: V8 tries
 * that pattern at every space of the text: 3-8 ms on 1 MB of text (Node 20).
 */
function withoutTrailingBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x0a)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Whitespace a text node can't keep as is: tabs and line breaks, or two spaces in a row. */
const COLLAPSIBLE = /[\t\n\r\f]| {2}/;

/** Reads a page's text in steps, so a big page is read between the page's own tasks. */
export interface Extractor {
  /**
   * Reads on until the tree is done or `stop()` says so (asked every few dozen nodes); true when
   * the whole tree has been read.
   */
  read(stop?: () => boolean): boolean;
  /**
   * Length of the text that is final so far: up to the last block separator read. Spans found in
   * `text.slice(0, settled())` keep their offsets in the finished text.
   */
  settled(): number;
  /** The text between two offsets at or under `settled()` (anywhere in it, after `finish()`). */
  slice(from: number, to: number): string;
  /** Maps offsets under `settled()` to DOM positions already, while the rest is being read. */
  rangeFor(start: number, end: number): Range | null;
  /** See PageText.spanRange. */
  spanRange(start: number, end: number): AbstractRange | null;
  /** See PageText.spanPoints and makeRange. */
  spanPoints(start: number, end: number): SpanPoints | null;
  makeRange(points: SpanPoints): AbstractRange | null;
  /** The finished text and its map (reads whatever is left first). */
  finish(): PageText;
}

interface Frame {
  node: Node;
  block: boolean;
  /** Children of a composed tree (shadow root, slot), or null to follow `next` siblings. */
  list: Node[] | null;
  i: number;
  next: Node | null;
}

/** How many nodes are read between two `stop()` questions (performance.now() is not free). */
const CHECK_EVERY = 64;

/**
 * Extracts readable text from `root` (a document, body or any subtree). Whitespace runs are
 * collapsed to one space, blocks are separated by '\n', and skipped subtrees contribute nothing.
 */
export function createExtractor(root: Node, opts: ExtractOptions = {}): Extractor {
  const doc = (root.nodeType === 9 ? root : root.ownerDocument) as Document;
  const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  const mainEl = start ? findMainElement(start as ParentNode) : null;
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  // What the output currently ends with: collapses spaces across nodes and avoids blank lines.
  let tail: 'start' | 'space' | 'newline' | 'char' = 'start';
  let mainStart = -1;
  let mainEnd = -1;
  // Parts up to the last '\n' never change again. Where each part starts in the text, for slice().
  const partStarts: number[] = [];
  let settledParts = 0;
  let settledLength = 0;
  let finished: string | null = null;

  const newline = () => {
    if (tail === 'space') {
      // "Техно </a>\n<a>" : the space before a line break carries nothing; drop it from the text.
      const seg = segments[segments.length - 1];
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      length--;
      trimLast(seg);
      if (seg.end === seg.start) segments.pop();
      tail = 'char';
    }
    if (tail === 'char') {
      partStarts.push(length);
      parts.push('\n');
      length++;
      tail = 'newline';
      settledParts = parts.length;
      settledLength = length;
    }
  };

  // Hot on big pages (every character of the page passes here). Most text nodes hold single spaces
  // only and are taken whole, with no per-character table; the rest go character by character.
  const addText = (node: Text) => {
    const data = node.data;
    const n = data.length;
    if (!n) return;
    if (!COLLAPSIBLE.test(data)) {
      const from = data.charCodeAt(0) === 0x20 && tail !== 'char' ? 1 : 0;
      if (from >= n) return;
      segments.push({ node, start: length, end: length + n - from, map: null, from });
      partStarts.push(length);
      parts.push(from ? data.slice(from) : data);
      length += n - from;
      tail = data.charCodeAt(n - 1) === 0x20 ? 'space' : 'char';
      return;
    }
    const map = new Int32Array(n + 1);
    let k = 0;
    let out = '';
    let run = -1; // start in `data` of the run being copied as is
    for (let i = 0; i < n; i++) {
      const c = data.charCodeAt(i);
      // \t \n \f \r and space; U+00A0 is kept as is: it's meaningful inside "24 листопада".
      if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c) {
        if (tail === 'char') {
          if (c !== 0x20) {
            if (run >= 0) out += data.slice(run, i);
            out += ' ';
            run = -1;
          } else if (run < 0) run = i;
          map[k++] = i;
          tail = 'space';
        } else if (run >= 0) {
          out += data.slice(run, i);
          run = -1;
        }
        continue;
      }
      if (run < 0) run = i;
      map[k++] = i;
      tail = 'char';
    }
    if (run >= 0) out += data.slice(run, n);
    if (!k) return;
    map[k] = map[k - 1] + 1;
    segments.push({ node, start: length, end: length + k, map: map.subarray(0, k + 1), from: 0 });
    partStarts.push(length);
    parts.push(out);
    length += k;
  };

  const stack: Frame[] = [];
  /** Reads a text node, or opens an element (its frame is read by the loop); skipped ones give nothing. */
  const enter = (node: Node) => {
    if (node.nodeType === 3) {
      addText(node as Text);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const el = node as Element;
    const isElement = node.nodeType === 1;
    if (isElement && (isSkipped(el) || opts.isHidden?.(el))) return;
    const block = isElement && (BLOCK_TAGS.has(el.tagName.toUpperCase()) || !!opts.isBlock?.(el));
    if (isElement && !block && followsLink(el)) newline();
    if (block) newline();
    if (el === mainEl) mainStart = length;
    // The composed tree: open shadow roots and slotted nodes read where the page renders them.
    const composed = composedOverride(node);
    stack.push({ node, block, list: composed, i: 0, next: composed ? null : node.firstChild });
  };
  if (start) enter(start);

  const read = (stop?: () => boolean): boolean => {
    let count = 0;
    while (stack.length) {
      if (stop && ++count % CHECK_EVERY === 0 && stop()) return false;
      const top = stack[stack.length - 1];
      const child = top.list ? top.list[top.i++] : top.next;
      if (!top.list && child) top.next = child.nextSibling;
      if (child) {
        enter(child);
        continue;
      }
      stack.pop();
      if (top.node === mainEl) mainEnd = length;
      if (top.block) newline();
    }
    return true;
  };

  /** Text of the settled parts between two offsets: joins only the parts that hold it. */
  const slice = (from: number, to: number): string => {
    if (finished !== null) return finished.slice(from, to);
    to = Math.min(to, settledLength);
    if (to <= from) return '';
    let lo = 0;
    let hi = settledParts - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (partStarts[mid] <= from) lo = mid;
      else hi = mid - 1;
    }
    let hiPart = lo;
    while (hiPart < settledParts && partStarts[hiPart] < to) hiPart++;
    return parts.slice(lo, hiPart).join('').slice(from - partStarts[lo], to - partStarts[lo]);
  };
  const domPoint = offsetMapper(segments);
  const rangeFor = (from: number, to: number): Range | null => {
    if (to <= from || !doc) return null;
    const a = domPoint(from, 'forward');
    const b = domPoint(to, 'backward');
    if (!a || !b) return null;
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range.collapsed ? null : range;
  };
  const StaticRangeCtor = (doc?.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null)?.StaticRange;
  const spanPoints = (from: number, to: number): SpanPoints | null => {
    if (to <= from || !doc) return null;
    const a = domPoint(from, 'forward');
    const b = domPoint(to, 'backward');
    if (!a || !b) return null;
    // A span of separators only maps to an end before its start: no text, no range (as rangeFor's collapsed).
    if (a.node === b.node ? a.offset >= b.offset : !(a.node.compareDocumentPosition(b.node) & 4 /* FOLLOWING */)) return null;
    return { start: a, end: b };
  };
  const makeRange = ({ start: a, end: b }: SpanPoints): AbstractRange | null => {
    if (StaticRangeCtor) return new StaticRangeCtor({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range.collapsed ? null : range;
  };
  const spanRange = (from: number, to: number): AbstractRange | null => {
    if (!StaticRangeCtor) return rangeFor(from, to);
    const points = spanPoints(from, to);
    return points && makeRange(points);
  };

  return {
    read,
    settled: () => settledLength,
    slice,
    rangeFor,
    spanRange,
    spanPoints,
    makeRange,
    finish() {
      read();
      // Trailing separator/space carries no text; drop it so offsets stay within real characters.
      const text = (finished ??= withoutTrailingBreaks(parts.join('')));
      mainStart = Math.min(mainStart, text.length);
      mainEnd = Math.min(mainEnd, text.length);
      // No main element, or one with no readable text (an empty <article> shell): the whole page is the text.
      if (mainStart < 0 || mainEnd <= mainStart) [mainStart, mainEnd] = [0, text.length];
      return { text, main: { start: mainStart, end: mainEnd }, segments: segments.length, offsetToDomPoint: domPoint, rangeFor, spanRange, spanPoints, makeRange };
    },
  };
}

/** The whole text of `root` at once (the CLI, small subtrees, tests). */
export function extractText(root: Node, opts: ExtractOptions = {}): PageText {
  return createExtractor(root, opts).finish();
}
