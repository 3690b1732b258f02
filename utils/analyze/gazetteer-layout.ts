/**
 * The trie as the scanner walks it: one Int32Array of node records in depth-first order, built at
 * load time from the breadth-first arrays (the wire format stays as it is).
 *
 * Why: breadth-first order puts a node and its child at different depths megabytes apart, so every
 * step of a walk through a 10,000-name trie touched three arrays at three cold places (first, label,
 * term) — cache misses were most of the scan time. Most nodes have one child, and in depth-first
 * preorder the first child's record comes right after its parent's, so a walk down a name reads
 * memory in sequence. The records take about as many bytes as the three arrays did.
 *
 * Record of a node with c children, at offset p:
 *   R[p]                   header: c << 1 | (1 if the node ends a form)
 *   R[p + 1]               the term (see gazetteer-trie.ts), only when the header's low bit is set
 *   then c labels          sorted ascending (children's classes)
 *   then c - 1 offsets     of children 1 .. c-1; child 0 is the record right after these
 */
import { decodeFirst, decodeLabels, fromBase64, type EncodedTrie } from './gazetteer-trie';

export interface PackedTrie {
  records: Int32Array;
  /** Offset of the record of every breadth-first node (used to map the root's children). */
  offsetOf: Int32Array;
}

/**
 * The records, straight from the wire form: labels read as stored, terms read from their varints in
 * node order as the records are written, one array for subtree sizes and then record offsets. Going
 * through the decoded arrays first (decodeTrie) made a two-byte copy of every label, a term slot for
 * every node and a separate offsets array: with 50,000 names (6.4 M nodes) 64 MB more at the peak of
 * a worker's wake-up (the records themselves are 62 MB). The time hardly changed (~0.47 s in Node):
 * most of it is the forward pass's writes, scattered over the records in depth-first order.
 */
export function packEncodedTrie(e: EncodedTrie): PackedTrie {
  const count = e.nodes;
  const first = decodeFirst(e);
  const labels = decodeLabels(e);
  const ends = new Uint8Array(fromBase64(e.ends));
  const terms = new Uint8Array(fromBase64(e.terms));
  const endsAt = (i: number) => (ends[i >> 3] >> (i & 7)) & 1;
  // Sizes of whole subtrees, bottom-up: in breadth-first order a node's children come after it, so
  // one backward pass suffices, and both passes read the arrays in sequence (a stack-driven preorder
  // walk jumped around them and took longer than decoding).
  const at = new Int32Array(count);
  for (let i = count - 1; i >= 0; i--) {
    const lo = first[i];
    const hi = first[i + 1];
    let size = 1 + endsAt(i) + (hi > lo ? 2 * (hi - lo) - 1 : 0);
    for (let k = lo; k < hi; k++) size += at[k];
    at[i] = size;
  }
  const records = new Int32Array(count > 0 ? at[0] : 0);
  // From here `at[i]` is where node i's record goes: set when its parent is written (the root's, 0),
  // once the parent has read the child's subtree size from the same slot.
  if (count > 0) at[0] = 0;
  let termAt = 0;
  for (let i = 0; i < count; i++) {
    let p = at[i];
    const lo = first[i];
    const c = first[i + 1] - lo;
    const end = endsAt(i);
    records[p++] = (c << 1) | end;
    if (end) {
      let b = terms[termAt++];
      let v = b & 0x7f;
      for (let shift = 7; b >= 0x80; shift += 7) {
        b = terms[termAt++];
        v |= (b & 0x7f) << shift;
      }
      records[p++] = v;
    }
    for (let k = 0; k < c; k++) records[p++] = labels[lo + k];
    // child 0 right after this record, each next child after its elder sibling's subtree
    let next = p + (c > 0 ? c - 1 : 0);
    for (let k = 0; k < c; k++) {
      const size = at[lo + k];
      at[lo + k] = next;
      if (k > 0) records[p++] = next;
      next += size;
    }
  }
  return { records, offsetOf: at };
}

/** The record of the child of the node at `p` along class `cls`, or -1. */
export function packedChild(r: Int32Array, p: number, cls: number): number {
  const hdr = r[p];
  const c = hdr >> 1;
  const labels = p + 1 + (hdr & 1);
  let k = -1;
  if (c <= 8) {
    for (let q = 0; q < c; q++) {
      if (r[labels + q] === cls) {
        k = q;
        break;
      }
    }
  } else {
    let lo = 0;
    let hi = c - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const l = r[labels + mid];
      if (l === cls) {
        k = mid;
        break;
      }
      if (l < cls) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  if (k < 0) return -1;
  // child 0 follows the labels and the c - 1 offsets
  return k === 0 ? labels + 2 * c - 1 : r[labels + c + k - 1];
}
