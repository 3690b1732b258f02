/**
 * Highlighting without the CSS Custom Highlight API: wrap the text in inline marks whose styles
 * start from `all: unset`, so the page's layout and fonts are untouched.
 *
 * Moving a text node into a mark resets every live Range that points into it (DOM spec, "remove"
 * steps), so all entries are wrapped in one pass: cut text nodes at every boundary first, wrap each
 * piece once (nested marks where entries overlap), then point each entry's range at its pieces.
 */
import { FALLBACK_TAG } from './styles';

export interface WrapRequest {
  range: Range;
  name: string;
  /** Higher wraps innermost, so its paint shows on top (an actor inside a claim). */
  priority: number;
}

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}

interface Piece {
  offset: number;
  node: Text;
}

/** Wraps every request's text; each request's range is re-pointed at the wrapped text. */
export function wrapRanges(doc: Document, requests: WrapRequest[]): Element[] {
  const cuts = new Map<Text, Set<number>>();
  const segments = requests.map((req) => {
    const segs: { node: Text; start: number; end: number }[] = [];
    for (const node of textNodesIn(req.range)) {
      const start = node === req.range.startContainer ? req.range.startOffset : 0;
      const end = node === req.range.endContainer ? req.range.endOffset : node.length;
      if (start >= end || !node.parentNode) continue;
      segs.push({ node, start, end });
      const set = cuts.get(node) ?? new Set<number>();
      set.add(start).add(end);
      cuts.set(node, set);
    }
    return segs;
  });

  const pieces = new Map<Text, Piece[]>();
  for (const [node, set] of cuts) {
    const list: Piece[] = [];
    // Right to left, so each cut offset is still an offset into the original head node.
    for (const offset of [...set].filter((o) => o > 0 && o < node.length).sort((a, b) => b - a)) {
      list.push({ offset, node: node.splitText(offset) });
    }
    list.push({ offset: 0, node });
    pieces.set(node, list.reverse());
  }

  const cover = new Map<Text, WrapRequest[]>();
  const piecesOf = segments.map((segs, i) =>
    segs.flatMap(({ node, start, end }) =>
      pieces.get(node)!.filter((p) => p.offset >= start && p.offset < end).map((p) => {
        cover.set(p.node, [...(cover.get(p.node) ?? []), requests[i]]);
        return p.node;
      }),
    ),
  );

  const marks: Element[] = [];
  for (const [piece, reqs] of cover) {
    let outer: Element | null = null;
    let inner: Element | null = null;
    for (const req of [...reqs].sort((a, b) => a.priority - b.priority)) {
      const mark = doc.createElement(FALLBACK_TAG);
      mark.setAttribute('data-kind', req.name);
      marks.push(mark);
      if (inner) inner.append(mark);
      else outer = mark;
      inner = mark;
    }
    piece.parentNode!.insertBefore(outer!, piece);
    inner!.append(piece);
  }

  requests.forEach((req, i) => {
    const list = piecesOf[i];
    if (!list.length) return;
    req.range.setStart(list[0], 0);
    req.range.setEnd(list[list.length - 1], list[list.length - 1].length);
  });
  return marks;
}

/** Puts the marked text back where it was, as it was (split text nodes are merged again). */
export function unwrapMarks(marks: Element[]): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parents.add(parent);
  }
  for (const parent of parents) if (parent.isConnected) parent.normalize();
}
