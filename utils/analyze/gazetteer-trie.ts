/**
 * The compiled form of a gazetteer: a character trie over the folded forms of every name, laid out in
 * breadth-first order in typed arrays so that it (a) serialises to a few base64 strings that load with
 * no parsing beyond atob, and (b) scans text in one pass with no allocation.
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

/** Builds the breadth-first trie from keys (any order; duplicates resolved by priority). */
export function buildTrie(keys: TrieKey[]): TrieArrays {
  const best = new Map<string, TrieKey>();
  for (const k of keys) {
    const prev = best.get(k.key);
    // One entry written both ways ("Інавгурація" and "інавгурація") matches both ways.
    if (prev && prev.entry === k.entry) best.set(k.key, { ...prev, flags: prev.flags & k.flags, priority: Math.max(prev.priority, k.priority) });
    else if (!prev || k.priority > prev.priority) best.set(k.key, k);
  }
  const sorted = [...best.keys()].sort();
  const classOf = new Int32Array(65536);
  let totalChars = 0;
  for (const key of sorted) {
    totalChars += key.length;
    for (let i = 0; i < key.length; i++) classOf[key.charCodeAt(i)] = 1;
  }
  const alphabetCodes: number[] = [];
  for (let c = 0; c < 65536; c++) if (classOf[c]) classOf[c] = alphabetCodes.push(c);

  // Depth-first construction from sorted keys: each key shares its prefix with the previous one.
  // Typed arrays sized for the worst case (no shared prefixes) keep this allocation-free.
  const cap = totalChars + 1;
  const parentLabel = new Uint16Array(cap);
  const firstChild = new Int32Array(cap).fill(-1);
  const nextSibling = new Int32Array(cap).fill(-1);
  const lastChild = new Int32Array(cap).fill(-1);
  const termDfs = new Int32Array(cap);
  const path = new Int32Array(maxLength(sorted) + 1);
  let nodes = 1;
  let prevKey = '';
  for (const key of sorted) {
    let lcp = 0;
    while (lcp < key.length && lcp < prevKey.length && key.charCodeAt(lcp) === prevKey.charCodeAt(lcp)) lcp++;
    for (let i = lcp; i < key.length; i++) {
      const parent = path[i];
      const node = nodes++;
      parentLabel[node] = classOf[key.charCodeAt(i)];
      if (lastChild[parent] < 0) firstChild[parent] = node;
      else nextSibling[lastChild[parent]] = node;
      lastChild[parent] = node;
      path[i + 1] = node;
    }
    const k = best.get(key)!;
    termDfs[path[key.length]] = (k.entry + 1) * FLAG_SPAN + k.flags;
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

function maxLength(keys: string[]): number {
  let max = 0;
  for (const k of keys) if (k.length > max) max = k.length;
  return max;
}

/** The wire form of the trie arrays: child counts and labels in one byte where they fit, terminals sparse. */
export interface EncodedTrie {
  alphabet: string;
  nodes: number;
  /** 1 or 2: bytes per child count and per label */
  width: 1 | 2;
  counts: string;
  labels: string;
  /** base64 Int32Array of (node, term) pairs */
  terms: string;
}

/** Packs the arrays for JSON: ~2.5 bytes a node instead of 10, so loading decodes less. */
export function encodeTrie(t: TrieArrays): EncodedTrie {
  const n = t.label.length;
  let maxCount = 0;
  for (let i = 0; i < n; i++) maxCount = Math.max(maxCount, t.first[i + 1] - t.first[i]);
  const width = maxCount < 256 && t.alphabet.length < 256 ? 1 : 2;
  const counts = width === 1 ? new Uint8Array(n) : new Uint16Array(n);
  const labels = width === 1 ? new Uint8Array(n) : new Uint16Array(n);
  const pairs: number[] = [];
  for (let i = 0; i < n; i++) {
    counts[i] = t.first[i + 1] - t.first[i];
    labels[i] = t.label[i];
    if (t.term[i] !== 0) pairs.push(i, t.term[i]);
  }
  return { alphabet: t.alphabet, nodes: n, width, counts: toBase64(counts), labels: toBase64(labels), terms: toBase64(new Int32Array(pairs)) };
}

export function decodeTrie(e: EncodedTrie): TrieArrays {
  const n = e.nodes;
  const countsBuf = fromBase64(e.counts);
  const labelsBuf = fromBase64(e.labels);
  const counts = e.width === 1 ? new Uint8Array(countsBuf) : new Uint16Array(countsBuf);
  const first = new Int32Array(n + 1);
  // Breadth-first order: the children of node 0 start at 1, and each node's follow the previous node's.
  let next = 1;
  for (let i = 0; i < n; i++) {
    first[i] = next;
    next += counts[i];
  }
  first[n] = next;
  const label = e.width === 1 ? Uint16Array.from(new Uint8Array(labelsBuf)) : new Uint16Array(labelsBuf);
  const term = new Int32Array(n);
  const pairs = new Int32Array(fromBase64(e.terms));
  for (let i = 0; i < pairs.length; i += 2) term[pairs[i]] = pairs[i + 1];
  return { alphabet: e.alphabet, first, label, term };
}

/** Maps every UTF-16 code unit to the trie class of its fold (0: no name contains it). */
export function classTable(alphabet: string): Uint16Array {
  const index = new Uint16Array(65536);
  for (let i = 0; i < alphabet.length; i++) index[alphabet.charCodeAt(i)] = i + 1;
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) table[c] = index[foldCode(c)];
  return table;
}

/** The child of `node` along class `cls`, or -1. */
export function child(first: Int32Array, label: Uint16Array, node: number, cls: number): number {
  let lo = first[node];
  let hi = first[node + 1];
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (label[lo] === cls) return lo;
    return -1;
  }
  hi--;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const l = label[mid];
    if (l === cls) return mid;
    if (l < cls) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
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
  const binary = atob(s);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
