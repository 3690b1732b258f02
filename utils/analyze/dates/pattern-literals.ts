/**
 * The literals a regular expression's matches must hold, read from its source (no `u` flag: the
 * syntax of ECMA-262 Annex B, which chrono's patterns use once `\p{L}` is written out).
 *
 * `requiredLiterals` gives sets of strings, upper-cased as the `i` flag compares characters, such
 * that every match holds one string of each set: "СІЧНЯ | ЛЮТОГО", "0 … 9". A piece that may match
 * nothing (optional, repeated from zero, a look-around) needs nothing; literals that always follow
 * each other are joined into longer strings, up to MAX_STRINGS of them. Syntax it does not know
 * (a back-reference, say) gives null: no requirement known.
 *
 * Why not a regular-expression parser from npm (@eslint-community/regexpp): it builds a full syntax
 * tree, 50 ms for one language's patterns in a fresh worker, 7–11 ms warm; this reads only what a
 * gate needs. Even so, reading them cold takes ~20 ms, so gates are prepared while the worker is idle
 * (cheap-parsers.ts).
 */

/** Strings (folded by `fold`), or null for "any string at all". */
type Strings = Set<string> | null;

/**
 * What a piece of a pattern can match: all of it when few (`exact`), and sets of strings of each of
 * which every match holds one (`clauses`: all must be met).
 */
interface Reading {
  exact: Strings;
  clauses: Set<string>[];
}

/** More strings than this and a piece's readings are not spelt out. */
const MAX_STRINGS = 64;
/** A class of more characters than this is "any character" here. */
const MAX_CLASS_CHARS = 16;

const EMPTY: Reading = { exact: new Set(['']), clauses: [] };
const ANY_CHAR: Reading = { exact: null, clauses: [] };
const DIGITS = new Set('0123456789');

class Unsupported extends Error {}

/**
 * Sets of strings (upper case, as `fold` compares characters) of each of which every match of the
 * pattern `source` holds one, the least likely in a text first; null when the syntax is beyond this
 * reader. Empty: the pattern needs no literal.
 */
export function requiredLiterals(source: string): Set<string>[] | null {
  try {
    const reader = new PatternReader(source);
    const whole = reader.alternation();
    if (!reader.done()) return null;
    // Pieces alike ("\d{1,2}" twice) give equal sets: each is asked for once.
    const seen = new Set<string>();
    return strongestFirst([whole.exact, ...whole.clauses]).filter((set) => {
      const key = [...set].sort().join('\n');
      return !seen.has(key) && !!seen.add(key);
    });
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Case folding, as V8 compares characters under the `i` flag without `u` (ECMA-262 Canonicalize):
// the character's upper case when that is one code unit, unless it would turn a non-ASCII character
// into an ASCII one. Literals of a pattern without `i` are folded too (the text a gate reads is
// upper-cased whole, pattern-gate.ts): its gate is looser than it could be, never stricter.

/** Folded codes up to the end of Cyrillic, where all the text we read lies, filled on first use. */
let low: Uint16Array | null = null;
const high = new Map<number, number>();

function canonical(code: number): number {
  const up = String.fromCharCode(code).toUpperCase();
  if (up.length !== 1) return code;
  const u = up.charCodeAt(0);
  return code >= 128 && u < 128 ? code : u;
}

function fold(code: number): number {
  if (code < 0x500) {
    if (!low) {
      low = new Uint16Array(0x500);
      for (let c = 0; c < 0x500; c++) low[c] = canonical(c);
    }
    return low[code];
  }
  let f = high.get(code);
  if (f === undefined) high.set(code, (f = canonical(code)));
  return f;
}

const foldChar = (ch: string) => String.fromCharCode(fold(ch.charCodeAt(0)));

// ---------------------------------------------------------------------------------------------
// Combining readings.

const usable = (s: Strings): s is Set<string> => !!s && s.size > 0 && !s.has('');

function shortest(s: Set<string>): number {
  let len = Infinity;
  for (const x of s) len = Math.min(len, x.length);
  return len;
}

/** The usable sets, each once, those a text is least likely to hold first (longer, then fewer). */
function strongestFirst(sets: Strings[]): Set<string>[] {
  const out: { set: Set<string>; len: number }[] = [];
  for (const set of sets) if (usable(set) && !out.some((o) => o.set === set)) out.push({ set, len: shortest(set) });
  if (out.length < 2) return out.map((x) => x.set);
  return out.sort((x, y) => y.len - x.len || x.set.size - y.set.size).map((x) => x.set);
}

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/**
 * One piece after another: literals that always follow each other are joined into longer ones, and
 * a match needs what each piece needs.
 */
function sequence(items: Reading[]): Reading {
  if (items.length === 1) return items[0];
  let run: Set<string> = new Set(['']);
  let exact = true;
  const clauses: Strings[] = [];
  for (const item of items) {
    if (item.exact) {
      const joined = cross(run, item.exact);
      if (joined) {
        run = joined;
        continue;
      }
      exact = false;
      clauses.push(run);
      run = item.exact;
    } else {
      exact = false;
      clauses.push(run, ...item.clauses);
      run = new Set(['']);
    }
  }
  clauses.push(run);
  return { exact: exact ? run : null, clauses: strongestFirst(clauses) };
}

/** One of several branches: a match holds a literal of whichever branch it took. */
function either(branches: Reading[]): Reading {
  let exact: Set<string> | null = new Set();
  let union: Set<string> | null = new Set();
  for (const b of branches) {
    if (exact && b.exact && exact.size + b.exact.size <= MAX_STRINGS) for (const x of b.exact) exact.add(x);
    else exact = null;
    const [best] = strongestFirst([b.exact, ...b.clauses]);
    if (best && union) for (const x of best) union.add(x);
    else union = null;
  }
  return { exact, clauses: union ? [union] : [] };
}

function repeated(r: Reading, min: number, max: number): Reading {
  if (min === 0) return { exact: max === 1 && r.exact ? new Set([...r.exact, '']) : null, clauses: [] };
  if (min === 1 && max === 1) return r;
  let exact: Set<string> | null = null;
  if (min === max && r.exact) {
    exact = new Set(['']);
    for (let i = 0; i < min && exact; i++) exact = cross(exact, r.exact);
  }
  return { exact, clauses: strongestFirst([r.exact, ...r.clauses]) };
}

// ---------------------------------------------------------------------------------------------
// Reading a pattern's source.

const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

class PatternReader {
  private i = 0;
  constructor(private readonly src: string) {}

  done(): boolean {
    return this.i === this.src.length;
  }

  alternation(): Reading {
    const branches = [this.branch()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.branch());
    }
    return branches.length === 1 ? branches[0] : either(branches);
  }

  private branch(): Reading {
    const src = this.src;
    const items: Reading[] = [];
    while (this.i < src.length && src[this.i] !== '|' && src[this.i] !== ')') {
      // Words are read whole (the patterns are mostly alternations of words): a quantifier after
      // one binds to its last character only.
      LITERAL_RUN.lastIndex = this.i;
      const run = LITERAL_RUN.exec(src)?.[0];
      if (run && run.length > 1) {
        const whole = QUANTIFIER.test(src[this.i + run.length] ?? '') ? run.slice(0, -1) : run;
        this.i += whole.length;
        items.push(literal(whole));
      } else items.push(this.quantified(this.atom()));
    }
    return sequence(items);
  }

  private quantified(atom: Reading): Reading {
    const src = this.src;
    const ch = src[this.i];
    let min: number;
    let max: number;
    if (ch === '*' || ch === '+' || ch === '?') {
      this.i++;
      [min, max] = ch === '*' ? [0, Infinity] : ch === '+' ? [1, Infinity] : [0, 1];
    } else {
      const m = ch === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.i, this.i + 24)) : null;
      if (!m) return atom;
      this.i += m[0].length;
      min = +m[1];
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : +m[3];
    }
    if (src[this.i] === '?') this.i++; // lazy: matches the same strings
    return repeated(atom, min, max);
  }

  private atom(): Reading {
    const src = this.src;
    const ch = src[this.i];
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape();
    if (ch === '*' || ch === '+' || ch === '?' || (ch === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(this.i, this.i + 24)))) throw new Unsupported();
    this.i++;
    if (ch === '.') return ANY_CHAR;
    if (ch === '^' || ch === '$') return EMPTY;
    return literal(ch);
  }

  private group(): Reading {
    const src = this.src;
    this.i++;
    let lookaround = false;
    if (src[this.i] === '?') {
      const kind = src.slice(this.i, this.i + 3);
      if (kind.startsWith('?:')) this.i += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (kind === '?<=' || kind === '?<!') {
        this.i += 3;
        lookaround = true;
      } else if (kind.startsWith('?<')) {
        const close = src.indexOf('>', this.i);
        if (close < 0) throw new Unsupported();
        this.i = close + 1;
      } else throw new Unsupported();
    }
    // A look-around reads text but matches none: nothing it needs is part of the match.
    if (lookaround) {
      this.skipToGroupEnd();
      return EMPTY;
    }
    const inner = this.alternation();
    if (src[this.i] !== ')') throw new Unsupported();
    this.i++;
    return inner;
  }

  private skipToGroupEnd(): void {
    const src = this.src;
    for (let depth = 1; this.i < src.length; ) {
      const ch = src[this.i];
      if (ch === '\\') this.i += 2;
      else if (ch === '[') this.i = this.classEnd();
      else {
        this.i++;
        if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) return;
      }
    }
    throw new Unsupported();
  }

  /** Where the class opening at the reader's position ends (after its "]"). */
  private classEnd(): number {
    CLASS.lastIndex = this.i;
    if (!CLASS.exec(this.src)) throw new Unsupported();
    return CLASS.lastIndex;
  }

  private escape(): Reading {
    const src = this.src;
    const e = src[this.i + 1];
    if (e === undefined) throw new Unsupported();
    this.i += 2;
    if (e === 'd') return { exact: DIGITS, clauses: [DIGITS] };
    if ('DsSwW'.includes(e)) return ANY_CHAR;
    if (e === 'b' || e === 'B') return EMPTY;
    if (/[1-9k]/.test(e)) throw new Unsupported(); // back-references
    return literal(this.escapedChar(e));
  }

  /** The character an escape (after its backslash, already read) stands for, outside or in a class. */
  private escapedChar(e: string): string {
    const src = this.src;
    if (e in CONTROL && !(e === '0' && /\d/.test(src[this.i] ?? ''))) return CONTROL[e];
    if (e === 'u' && /^[\da-f]{4}/i.test(src.slice(this.i, this.i + 4))) {
      this.i += 4;
      return String.fromCharCode(parseInt(src.slice(this.i - 4, this.i), 16));
    }
    if (e === 'x' && /^[\da-f]{2}/i.test(src.slice(this.i, this.i + 2))) {
      this.i += 2;
      return String.fromCharCode(parseInt(src.slice(this.i - 2, this.i), 16));
    }
    if (e === 'c' || /\d/.test(e)) throw new Unsupported();
    return e;
  }

  private charClass(): Reading {
    const src = this.src;
    const end = this.classEnd();
    // Letter classes run to hundreds of characters: wide, whatever they hold.
    if (end - this.i > MAX_CLASS_SOURCE) {
      this.i = end;
      return ANY_CHAR;
    }
    this.i++;
    const negated = src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let wide = negated;
    // Without `u`, "[]" is a class of nothing and "]" right after "[" closes it.
    while (this.i < src.length && src[this.i] !== ']') {
      const from = this.classAtom();
      if (from === null) {
        wide = true;
        continue;
      }
      if (from === DIGIT_CLASS) {
        for (const d of DIGITS) chars.add(d);
        continue;
      }
      let to = from;
      if (src[this.i] === '-' && src[this.i + 1] !== ']' && this.i + 1 < src.length) {
        this.i++;
        const end = this.classAtom();
        if (end === null || end === DIGIT_CLASS) {
          // "a-\s": in Annex B the dash is then itself a member.
          chars.add(from).add('-');
          if (end === null) wide = true;
          else for (const d of DIGITS) chars.add(d);
          continue;
        }
        to = end;
      }
      const a = from.charCodeAt(0);
      const b = to.charCodeAt(0);
      if (b < a) throw new Unsupported();
      if (b - a + 1 + chars.size > MAX_CLASS_CHARS) wide = true;
      else for (let c = a; c <= b; c++) chars.add(String.fromCharCode(c));
    }
    if (src[this.i] !== ']') throw new Unsupported();
    this.i++;
    if (wide || chars.size > MAX_CLASS_CHARS) return ANY_CHAR;
    const folded = new Set([...chars].map(foldChar));
    return { exact: folded, clauses: [folded] };
  }

  /** One member of a class: a character, DIGIT_CLASS for \d, null for a wide escape (\s, \w …). */
  private classAtom(): string | null {
    const src = this.src;
    const ch = src[this.i];
    if (ch !== '\\') {
      this.i++;
      return ch;
    }
    const e = src[this.i + 1];
    if (e === undefined) throw new Unsupported();
    this.i += 2;
    if (e === 'd') return DIGIT_CLASS;
    if ('DsSwW'.includes(e)) return null;
    if (e === 'b') return '\b';
    return this.escapedChar(e);
  }
}

/** Stands for \d among a class's members (not a character: two code units). */
const DIGIT_CLASS = '\\d';

/** Characters that stand for themselves, a run of them (no `u` flag). */
const LITERAL_RUN = /[^\\[\](){}|.*+?^$]+/y;
const QUANTIFIER = /^[*+?{]$/;
/** A class, from "[" to its "]" ("]" first closes it; escapes may hide one). */
const CLASS = /\[(?:\\[^]|[^\]\\])*\]/y;
/** Past this many characters of source a class is taken as wide without reading it. */
const MAX_CLASS_SOURCE = 64;

function literal(text: string): Reading {
  let folded = '';
  for (let k = 0; k < text.length; k++) folded += String.fromCharCode(fold(text.charCodeAt(k)));
  const s = new Set([folded]);
  return { exact: s, clauses: [s] };
}
