/**
 * The offset map of extracted text: which DOM text node, and which offset in it, each character of
 * the extracted string comes from. Whitespace runs collapse to one space, so most text nodes map
 * one to one (no per-character table at all) and only the others keep a table.
 */

/** One run of output text that comes from a single DOM text node. */
export interface Segment {
  node: Text;
  /** Offsets in the output string, end exclusive. */
  start: number;
  end: number;
  /**
   * Offset in `node.data` of each output character, plus one trailing entry for the end position;
   * null when the run is `node.data` from `from` on, character for character.
   */
  map: Int32Array | null;
  from: number;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Offset in `seg.node.data` of the segment's i-th output character (i = end - start: its end). */
export function dataOffset(seg: Segment, i: number): number {
  return seg.map ? seg.map[i] : seg.from + i;
}

/** Drops the segment's last output character (a space before a line break). */
export function trimLast(seg: Segment): void {
  seg.end--;
  if (seg.map) seg.map = seg.map.subarray(0, seg.map.length - 1);
}

/** DOM positions of output offsets over `segments` (in output order; the array may still grow). */
export function offsetMapper(segments: Segment[]) {
  return (offset: number, bias: 'forward' | 'backward' = 'forward'): DomPoint | null => {
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
    if (offset < seg.start) return { node: seg.node, offset: dataOffset(seg, 0) };
    // A span's end at a segment's start ends after the previous segment's text: otherwise the
    // range would reach over whatever lies between (a skipped <script>, a <template>) to offset 0.
    if (bias === 'backward' && offset === seg.start && lo > 0) {
      const prev = segments[lo - 1];
      return { node: prev.node, offset: dataOffset(prev, prev.end - prev.start) };
    }
    if (offset < seg.end || (offset === seg.end && (bias === 'backward' || !next))) {
      return { node: seg.node, offset: dataOffset(seg, offset - seg.start) };
    }
    // Past this segment's text: inside a block separator (or at the very end of the text).
    if (bias === 'forward' && next) return { node: next.node, offset: dataOffset(next, 0) };
    return { node: seg.node, offset: dataOffset(seg, seg.end - seg.start) };
  };
}
