/**
 * The trie as the scanner walks it: one Int32Array of node records in depth-first order, written at
 * load time from the wire form, which lists the nodes in the same order (gazetteer-trie.ts).
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
import { fromBase64, type EncodedTrie } from './gazetteer-trie';

/**
 * The records, in one pass over the wire form from front to back: each node's record is written
 * where the previous one ended, and the offset of a node that is not its parent's first child goes
 * into the slot its parent left for it. The wire form was breadth-first until 2026-11-26: packing
 * took a backward pass for subtree sizes and a forward one writing records scattered over the whole
 * array, 0.47 s in Node for 50,000 names (6.4 M nodes), with 64 MB of temporaries beside the 62 MB
 * of records (see the README's Performance section for this one's figures).
 */
export function packEncodedTrie(e: EncodedTrie): Int32Array {
  const count = e.nodes;
  const counts = new Uint8Array(fromBase64(e.counts));
  const nextMore = varints(new Uint8Array(fromBase64(e.more)));
  const labelBytes = fromBase64(e.labels);
  const labels = e.width === 1 ? new Uint8Array(labelBytes) : new Uint16Array(labelBytes);
  const ends = new Uint8Array(fromBase64(e.ends));
  const nextTerm = varints(new Uint8Array(fromBase64(e.terms)));
  const records = new Int32Array(e.words);
  // The nodes whose children are still being written: where their offset slots start, how many
  // children they have, and how many of them have started.
  let slotAt: Int32Array = new Int32Array(64);
  let childCount: Int32Array = new Int32Array(64);
  let started: Int32Array = new Int32Array(64);
  let depth = 0;
  let p = 0;
  let labelAt = 0;
  for (let j = 0; j < count; j++) {
    while (depth > 0 && started[depth - 1] === childCount[depth - 1]) depth--;
    if (depth > 0) {
      const k = started[depth - 1]++;
      if (k > 0) records[slotAt[depth - 1] + k - 1] = p;
    }
    let c = (counts[j >> 2] >> ((j & 3) << 1)) & 3;
    if (c === 3) c += nextMore();
    const end = (ends[j >> 3] >> (j & 7)) & 1;
    records[p++] = (c << 1) | end;
    if (end) records[p++] = nextTerm();
    for (let k = 0; k < c; k++) records[p++] = labels[labelAt++];
    if (c > 0) {
      if (depth === slotAt.length) {
        slotAt = grown(slotAt);
        childCount = grown(childCount);
        started = grown(started);
      }
      slotAt[depth] = p;
      childCount[depth] = c;
      started[depth] = 0;
      depth++;
      p += c - 1; // the offsets of children 1 .. c-1, filled as each starts
    }
  }
  if (p !== records.length) throw new Error(`gazetteer trie: ${p} words written, ${records.length} announced`);
  return records;
}

/** Reads LEB128 varints (written by gazetteer-trie.ts) one after another. */
function varints(bytes: Uint8Array): () => number {
  let at = 0;
  return () => {
    // Integer shifts: counts and terms stay under 2^31 (28 bits of entry number, 4 of flags).
    let b = bytes[at++];
    let v = b & 0x7f;
    for (let shift = 7; b >= 0x80; shift += 7) {
      b = bytes[at++];
      v |= (b & 0x7f) << shift;
    }
    return v;
  };
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
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
