/**
 * From a pointer position to the highlight under it. `caretPositionFromPoint` (standard, Firefox,
 * Chrome 128+) or `caretRangeFromPoint` (older WebKit/Blink) gives the text position; the caret is
 * then checked against the range's boxes, because near a line's end the caret snaps to text the
 * pointer is not actually over.
 */
import type { HighlightPainter } from './painter';
import { liveRange, type HighlightEntry } from './names';

interface CaretDoc {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): { node: Node; offset: number } | null {
  const d = doc as Document & CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    // Named shadow roots are looked into (Chrome 128+, Firefox); without them the caret stops at the host.
    const p = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function boxesContain(range: AbstractRange, x: number, y: number): boolean {
  for (const rect of Array.from(liveRange(range)?.getClientRects() ?? [])) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** The highlight under the pointer, or null. */
export function highlightAtPoint(doc: Document, painter: HighlightPainter, x: number, y: number): HighlightEntry | null {
  const caret = caretAt(doc, x, y, painter.shadowRoots());
  if (!caret) return null;
  return painter.hitsAt(caret.node, caret.offset).find((hit) => boxesContain(hit.range, x, y)) ?? null;
}

/** Calls `fn` at most once per animation frame with the latest arguments (mousemove is hot). */
export function throttleFrame<A extends unknown[]>(win: Window, fn: (...args: A) => void): (...args: A) => void {
  let pending: A | null = null;
  return (...args: A) => {
    const first = pending === null;
    pending = args;
    if (!first) return;
    win.requestAnimationFrame(() => {
      const a = pending!;
      pending = null;
      fn(...a);
    });
  };
}
