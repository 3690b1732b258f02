/**
 * The compiled form of a gazetteer: a character trie over the folded forms of every name. It is built
 * in breadth-first typed arrays, serialised to a few base64 strings that load with no parsing beyond
 * decoding them (listed depth-first: encodeTrie), and scanned in one pass with no allocation.
 *
 * Breadth-first numbering puts the children of a node next to each other, and the children of node n+1
 * right after those of node n, so one `first` array replaces per-node child lists: the children of n
 * are nodes first[n] .. first[n+1]-1, sorted by label (a small "class" number per folded character).
 */
import { foldCode } from './normalize';

/** The text must start with an upper-case letter: names that are also common words (Віра, Надія, Мир). */
export const FLAG_CAPITAL = 1;
/** Every letter must be upper case: acronyms (ГУР, США, US) never match "гур", "сша", "us". */
export const FLAG_ALLCAPS = 2;
/** Not at a sentence start, where any word is capitalised: "Того ж дня" is not Togo, "Віра в …" not Віра. */
export const FLAG_MIDSENTENCE = 4;
/** An initial ("Р." stored as "р"): matches only right before a full stop, which stays outside the span. */
export const FLAG_INITIAL = 8;
/** term = (entry + 1) * FLAG_SPAN + flags */
export const FLAG_SPAN = 16;
/** The flag bits of a term. */
export const FLAG_MASK = FLAG_SPAN - 1;
/** log2(FLAG_SPAN): term >> FLAG_SHIFT is entry + 1. */
export const FLAG_SHIFT = 4;

export interface TrieKey {
  /** Folded form (see normalize.foldCase). */
  key: string;
  entry: number;
  flags: number;
  /** Higher wins when two entries produce the same form (a base form beats an inflected one). */
  priority: number;
}

export interface TrieArrays {
  alphabet: string;
  first: Int32Array;
  label: Uint16Array;
  /** 0, or (entry + 1) * FLAG_SPAN + flags */
  term: Int32Array;
}

/**
 * Builds the breadth-first trie from keys (any order; duplicates resolved by priority).
 *
 * Keys are inserted as they come, children kept in label order, so there is no sort and no map of
 * strings (those took most of a 50,000-name compile); consecutive keys are mostly forms of one name,
 * so the shared prefix with the previous key is skipped without walking.
 */
export function buildTrie(keys: TrieKey[]): TrieArrays {
  const classOf = new Int32Array(65536);
  let totalChars = 0;
  let maxLen = 0;
  for (const { key } of keys) {
    totalChars += key.length;
    if (key.length > maxLen) maxLen = key.length;
    for (let i = 0; i < key.length; i++) classOf[key.charCodeAt(i)] = 1;
  }
  const alphabetCodes: number[] = [];
  for (let c = 0; c < 65536; c++) if (classOf[c]) classOf[c] = alphabetCodes.push(c);

  let cap = Math.max(1024, totalChars >> 2);
  let parentLabel = new Uint16Array(cap);
  let firstChild = new Int32Array(cap).fill(-1);
  let nextSibling = new Int32Array(cap).fill(-1);
  let termDfs = new Int32Array(cap);
  let priority = new Int32Array(cap);
  const grow = (): void => {
    const size = cap * 2;
    const u16 = new Uint16Array(size);
    u16.set(parentLabel);
    parentLabel = u16;
    const more = (a: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size);
      b.set(a);
      if (fill) b.fill(fill, cap);
      return b;
    };
    firstChild = more(firstChild, -1);
    nextSibling = more(nextSibling, -1);
    termDfs = more(termDfs, 0);
    priority = more(priority, 0);
    cap = size;
  };
  const path = new Int32Array(maxLen + 1);
  let nodes = 1;
  let prevKey = '';
  for (const k of keys) {
    const key = k.key;
    let lcp = 0;
    while (lcp < key.length && lcp < prevKey.length && key.charCodeAt(lcp) === prevKey.charCodeAt(lcp)) lcp++;
    let node = path[lcp];
    for (let i = lcp; i < key.length; i++) {
      const cls = classOf[key.charCodeAt(i)];
      let before = -1;
      let c = firstChild[node];
      while (c >= 0 && parentLabel[c] < cls) {
        before = c;
        c = nextSibling[c];
      }
      if (c < 0 || parentLabel[c] !== cls) {
        if (nodes === cap) grow();
        const fresh = nodes++;
        parentLabel[fresh] = cls;
        nextSibling[fresh] = c;
        if (before < 0) firstChild[node] = fresh;
        else nextSibling[before] = fresh;
        c = fresh;
      }
      node = c;
      path[i + 1] = node;
    }
    const t = termDfs[node];
    const value = (k.entry + 1) * FLAG_SPAN + k.flags;
    if (t === 0 || (t >> FLAG_SHIFT) - 1 !== k.entry) {
      if (t === 0 || k.priority > priority[node]) {
        termDfs[node] = value;
        priority[node] = k.priority;
      }
    } else {
      // One entry written both ways ("Інавгурація" and "інавгурація") matches both ways.
      termDfs[node] = (k.entry + 1) * FLAG_SPAN + (t & FLAG_MASK & k.flags);
      if (k.priority > priority[node]) priority[node] = k.priority;
    }
    prevKey = key;
  }

  const count = nodes;
  const first = new Int32Array(count + 1);
  const label = new Uint16Array(count);
  const term = new Int32Array(count);
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 1;
  queue[0] = 0;
  while (head < count) {
    const old = queue[head];
    first[head] = tail;
    label[head] = parentLabel[old];
    term[head] = termDfs[old];
    for (let c = firstChild[old]; c >= 0; c = nextSibling[c]) queue[tail++] = c;
    head++;
  }
  first[count] = tail;
  return { alphabet: String.fromCharCode(...alphabetCodes), first, label, term };
}

/**
 * The wire form of the trie. Nodes are listed in depth-first preorder, children in label order: the
 * order of the records the matcher walks (gazetteer-layout.ts), so loading writes them in one pass
 * from front to back. Most nodes have zero or one child and most are not terminals, so child counts
 * take 2 bits a node (3 = "three or more", the rest in `more`), terminals 1 bit a node plus a varint
 * per terminal; each node's children's labels follow one another, one byte each while the alphabet
 * fits. This is ~40% of the bytes of whole-byte counts and (node, term) Int32 pairs.
 */
export interface EncodedTrie {
  alphabet: string;
  nodes: number;
  /** Int32 words of the loaded records (gazetteer-layout.ts) */
  words: number;
  /** 1 or 2: bytes per label */
  width: 1 | 2;
  /** base64, 2 bits a node, four nodes a byte (low bits first): min(child count, 3) */
  counts: string;
  /** base64 varints: child count - 3 of each node whose 2-bit count is 3, in node order */
  more: string;
  /** base64: the labels of each node's children, node after node (every node but the root, once) */
  labels: string;
  /** base64, 1 bit a node (low bit first): whether the node ends a form */
  ends: string;
  /** base64 varints: the term of each node that ends a form, in node order */
  terms: string;
}

export function encodeTrie(t: TrieArrays): EncodedTrie {
  const n = t.label.length;
  const width = t.alphabet.length < 256 ? 1 : 2;
  const counts = new Uint8Array((n + 3) >> 2);
  const ends = new Uint8Array((n + 7) >> 3);
  const labels = width === 1 ? new Uint8Array(Math.max(0, n - 1)) : new Uint16Array(Math.max(0, n - 1));
  const more = new VarintWriter();
  const terms = new VarintWriter();
  // Preorder: a node, then each child's subtree in label order (pushed in reverse, popped in order).
  const stack = new Int32Array(Math.max(1, n));
  let top = 0;
  if (n > 0) stack[top++] = 0;
  let j = 0;
  let labelAt = 0;
  let words = 0;
  while (top > 0) {
    const i = stack[--top];
    const lo = t.first[i];
    const hi = t.first[i + 1];
    const c = hi - lo;
    counts[j >> 2] |= (c < 3 ? c : 3) << ((j & 3) << 1);
    if (c >= 3) more.push(c - 3);
    for (let k = lo; k < hi; k++) labels[labelAt++] = t.label[k];
    for (let k = hi - 1; k >= lo; k--) stack[top++] = k;
    if (t.term[i] !== 0) {
      ends[j >> 3] |= 1 << (j & 7);
      terms.push(t.term[i]);
    }
    words += 1 + (t.term[i] !== 0 ? 1 : 0) + (c > 0 ? 2 * c - 1 : 0);
    j++;
  }
  return {
    alphabet: t.alphabet,
    nodes: n,
    words,
    width,
    counts: toBase64(counts),
    more: toBase64(more.bytes()),
    labels: toBase64(labels),
    ends: toBase64(ends),
    terms: toBase64(terms.bytes()),
  };
}

/** LEB128 varints (7 bits a byte, high bit = more) into a growing byte buffer. */
class VarintWriter {
  private buf = new Uint8Array(1024);
  private len = 0;

  push(value: number): void {
    if (this.len + 8 > this.buf.length) {
      const grown = new Uint8Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.buf[this.len++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.len++] = v;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

/** Maps every UTF-16 code unit to the trie class of its fold (0: no name contains it). */
export function classTable(alphabet: string): Uint16Array {
  const index = new Uint16Array(65536);
  for (let i = 0; i < alphabet.length; i++) index[alphabet.charCodeAt(i)] = i + 1;
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) table[c] = index[foldCode(c)];
  return table;
}

/** Typed array → base64 (little-endian bytes, as every browser and Node platform here stores them). */
export function toBase64(array: Int32Array | Uint16Array | Uint8Array): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  }
  return btoa(binary);
}

export function fromBase64(s: string): ArrayBuffer {
  // Native where the platform has it (Chromium 140+, Firefox 133+): megabytes of a big gazetteer
  // decode in a few ms instead of a character loop.
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (typeof native === 'function') return native(s).buffer as ArrayBuffer;
  const binary = atob(s);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
