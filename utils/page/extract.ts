/**
 * Reading text out of a DOM: one plain string for the engine, plus an offset map back to DOM
 * positions so that spans found in the string can be drawn as Ranges on the page.
 *
 * Works on any DOM implementation (Chromium, Firefox, happy-dom, linkedom): it only walks nodes and
 * reads tag names and attributes. Layout is an optional extra (`isHidden`), never a requirement,
 * because the Node CLI runs this on HTML files without a renderer.
 */

import { composedOverride } from './shadow';

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

/** One run of output text that comes from a single DOM text node. */
interface Segment {
  node: Text;
  /** Offsets in the output string, end exclusive. */
  start: number;
  end: number;
  /**
   * Offset in `node.data` of each output character, plus one trailing entry for the end position.
   * Needed because whitespace runs are collapsed to one space.
   */
  map: Int32Array;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

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
}

/** True for an element that starts a new line of text (a block separator in the extracted text). */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** True for an element whose subtree holds no readable text for us. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute(UI_ATTRIBUTE)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return false;
}

/** Paragraph text that is not link text: high for an article body, low for link lists and feeds. */
function proseScore(el: Element): number {
  let score = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    let links = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) links += (a.textContent ?? '').length;
    score += Math.max(0, (p.textContent ?? '').length - links);
  }
  return score;
}

/**
 * Picks the element holding the article text: the <article> with the most prose (pages also use
 * <article> for comment templates, "read also" boxes and news feeds), else <main>/[role=main].
 */
export function findMainElement(root: ParentNode): Element | null {
  // The headline is the strongest signal: the article that holds the page's <h1> is the article.
  const h1 = root.querySelector('h1');
  const headed = h1?.closest('article');
  if (headed && proseScore(headed) > 0) return headed;
  let best: Element | null = null;
  let bestScore = 0;
  for (const a of Array.from(root.querySelectorAll('article'))) {
    const score = proseScore(a);
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  return best ?? root.querySelector('main, [role="main"]');
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
 * Extracts readable text from `root` (a document, body or any subtree). Whitespace runs are
 * collapsed to one space, blocks are separated by '\n', and skipped subtrees contribute nothing.
 */
export function extractText(root: Node, opts: ExtractOptions = {}): PageText {
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

  const newline = () => {
    if (tail === 'space') {
      // "Техно </a>\n<a>" : the space before a line break carries nothing; drop it from the text.
      const seg = segments[segments.length - 1];
      parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
      length--;
      seg.end--;
      seg.map = seg.map.slice(0, seg.map.length - 1);
      if (seg.end === seg.start) segments.pop();
      tail = 'char';
    }
    if (tail === 'char') {
      parts.push('\n');
      length++;
      tail = 'newline';
    }
  };

  // Hot on big pages (every character of the page passes here): char codes, no per-character
  // strings; runs of kept characters are copied as slices of the node's data.
  const addText = (node: Text) => {
    const data = node.data;
    const n = data.length;
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
    segments.push({ node, start: length, end: length + k, map: map.subarray(0, k + 1) });
    parts.push(out);
    length += k;
  };

  const walk = (node: Node) => {
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
    if (composed) composed.forEach(walk);
    else for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (el === mainEl) mainEnd = length;
    if (block) newline();
  };
  if (start) walk(start);

  // Trailing separator/space carries no text; drop it so offsets stay within real characters.
  let text = parts.join('');
  text = text.replace(/[ \n]+$/, '');
  mainStart = Math.min(mainStart, text.length);
  mainEnd = Math.min(mainEnd, text.length);
  // No main element, or one with no readable text (an empty <article> shell): the whole page is the text.
  if (mainStart < 0 || mainEnd <= mainStart) [mainStart, mainEnd] = [0, text.length];

  const offsetToDomPoint = (offset: number, bias: 'forward' | 'backward' = 'forward'): DomPoint | null => {
    if (!segments.length) return null;
    // Last segment starting at or before offset.
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segments[lo];
    const next = segments[lo + 1];
    if (offset < seg.start) return { node: seg.node, offset: seg.map[0] };
    // A span's end at a segment's start ends after the previous segment's text: otherwise the
    // range would reach over whatever lies between (a skipped <script>, a <template>) to offset 0.
    if (bias === 'backward' && offset === seg.start && lo > 0) {
      const prev = segments[lo - 1];
      return { node: prev.node, offset: prev.map[prev.map.length - 1] };
    }
    if (offset < seg.end || (offset === seg.end && (bias === 'backward' || !next))) {
      return { node: seg.node, offset: seg.map[offset - seg.start] };
    }
    // Past this segment's text: inside a block separator (or at the very end of the text).
    if (bias === 'forward' && next) return { node: next.node, offset: next.map[0] };
    return { node: seg.node, offset: seg.map[seg.map.length - 1] };
  };

  const rangeFor = (from: number, to: number): Range | null => {
    if (to <= from || !doc) return null;
    const a = offsetToDomPoint(from, 'forward');
    const b = offsetToDomPoint(to, 'backward');
    if (!a || !b) return null;
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range.collapsed ? null : range;
  };

  return {
    text,
    main: { start: mainStart, end: mainEnd },
    segments: segments.length,
    offsetToDomPoint,
    rangeFor,
  };
}
