/**
 * A cheap "could this pattern match anywhere in this text?" for chrono's parsers.
 *
 * chrono runs each of its ~37 patterns per language over the text, and most find nothing: over the
 * seed article's date windows 31 of 37 do not match once. Each opens with "not after a letter" and
 * an optional preposition, so V8 tries it at every position of the text. Yet almost every pattern
 * needs some literal in whatever it matches: a month's name, a weekday, "тому", a digit.
 *
 * `literalGate` reads a pattern once for sets of such literals (pattern-literals.ts: every match
 * holds one literal of each set); `admits` asks whether the text holds them, first from a filter of
 * its character triples, then by searching it. A pattern whose literals are not in the text cannot
 * match it, so it is not run; where in doubt (a pattern that needs no literal, syntax the reader
 * does not know) it runs as before. Skipping never changes what is found.
 */

import { requiredLiterals } from './pattern-literals';

/** A gate checks at most this many sets (the strongest). */
const MAX_CLAUSES = 4;

// ---------------------------------------------------------------------------------------------
// The text, upper-cased, and a 65,536-bit filter of its characters, pairs and triples: a literal with
// a triple whose bit is not set is not in the text, and the text is searched only for the others.
//
// Upper-casing the whole text (String.prototype.toUpperCase) is what Canonicalize does to each of its
// characters except a few (ß, ı, ſ … whose upper case is two characters or ASCII); those keep their
// own case under Canonicalize, so a gate holding one could miss its match: such gates are refused.

const BITS = 1 << 16;

/** A text as gates read it. */
export interface GateText {
  upper: string;
  bits: Uint32Array;
}

/** One filter, refilled for each text: the engine reads one text at a time. */
let shared: Uint32Array | null = null;

const h1 = (a: number) => Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) >>> 16;
const h2 = (a: number, b: number) => Math.imul(Math.imul(a, 0x01000193) ^ b, 0x9e3779b1) >>> 16;
const h3 = (a: number, b: number, c: number) => Math.imul(Math.imul(Math.imul(a, 0x01000193) ^ b, 0x01000193) ^ c, 0x85ebca6b) >>> 16;

/** `text` prepared for `admits` (`reuse`: in the one shared filter, valid until the next call). */
export function gateText(text: string, reuse = false): GateText {
  const upper = text.toUpperCase();
  const bits = reuse ? (shared ??= new Uint32Array(BITS / 32)).fill(0) : new Uint32Array(BITS / 32);
  let a = -1;
  let b = -1;
  for (let i = 0; i < upper.length; i++) {
    const c = upper.charCodeAt(i);
    let h = h1(c);
    bits[h >>> 5] |= 1 << (h & 31);
    if (b >= 0) {
      h = h2(b, c);
      bits[h >>> 5] |= 1 << (h & 31);
      if (a >= 0) {
        h = h3(a, b, c);
        bits[h >>> 5] |= 1 << (h & 31);
      }
    }
    a = b;
    b = c;
  }
  return { upper, bits };
}

const has = (bits: Uint32Array, h: number) => (bits[h >>> 5] & (1 << (h & 31))) !== 0;

function mayContain(bits: Uint32Array, l: string): boolean {
  if (l.length === 1) return has(bits, h1(l.charCodeAt(0)));
  if (l.length === 2) return has(bits, h2(l.charCodeAt(0), l.charCodeAt(1)));
  for (let i = 2; i < l.length; i++) if (!has(bits, h3(l.charCodeAt(i - 2), l.charCodeAt(i - 1), l.charCodeAt(i)))) return false;
  return true;
}

/** Sets of literals (upper case): every match of the pattern holds one literal of each set. */
export interface Gate {
  clauses: string[][];
}

/** Whether the text may hold a match of the gated pattern (no gate: always). */
export function admits(gate: Gate | null, text: GateText): boolean {
  return !gate || gate.clauses.every((clause) => clause.some((l) => mayContain(text.bits, l) && text.upper.includes(l)));
}

/** The gate of `re`, or null when a match needs no literal (or the pattern is beyond the reader). */
export function literalGate(re: RegExp): Gate | null {
  // Unicode mode folds case otherwise and reads escapes the reader does not know.
  if (re.unicode || re.flags.includes('v')) return null;
  const sets = requiredLiterals(re.source);
  if (!sets?.length) return null;
  const clauses = sets.slice(0, MAX_CLAUSES).map((set) => {
    const literals = [...set];
    // A literal holding another is found only where the other is: the shorter one suffices.
    return literals.filter((l) => !literals.some((o) => o !== l && l.includes(o)));
  });
  return clauses.some((c) => c.some((l) => l.toUpperCase() !== l)) ? null : { clauses };
}
