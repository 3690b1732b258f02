/**
 * Character classes and folding shared by the gazetteer matcher and the candidate finder.
 *
 * Everything here works per UTF-16 code unit and keeps lengths: a folded string has the same length
 * as its source, so offsets found in folded text are offsets in the page text. That is why folding is
 * a per-code-unit table (lower case, apostrophes unified, ё→е, space variants → space) rather than
 * `toLowerCase()` on the whole string, which may change lengths (e.g. "İ").
 */

/** Apostrophes as Ukrainian is typed in the wild: ' (U+0027), ’ (U+2019), ʼ (U+02BC), ` and ‘. */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x60 || code === 0x2018;
}

/**
 * A letter (Latin incl. accented, Greek, Cyrillic incl. Ukrainian і ї є ґ), a digit or a combining
 * mark (stress accents). Apostrophes and hyphens are not word characters on their own: an apostrophe
 * joins two letters ("пʼятеро") and a hyphen separates words ("Україна-ЄС"); see `isWordCharAt`.
 */
export function isWordChar(code: number): boolean {
  return (CLASS_TABLE[code] & WORD) !== 0;
}

/** Whether text[i] belongs to a word, counting an apostrophe between two letters as part of it. */
export function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (isWordChar(c)) return true;
  return isApostrophe(c) && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1));
}

export function isUpperCode(code: number): boolean {
  return (CLASS_TABLE[code] & UPPER) !== 0;
}

export function isLowerCode(code: number): boolean {
  return (CLASS_TABLE[code] & LOWER) !== 0;
}

export function isLetterCode(code: number): boolean {
  return (CLASS_TABLE[code] & LETTER) !== 0;
}

export function isCyrillicCode(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}

export function isLatinCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

/** The fold of one code unit: lower case, one apostrophe, ё→е, every in-line space → ' ', hyphens → '-'. */
export function foldCode(code: number): number {
  return FOLD_TABLE[code];
}

const NEEDS_FOLD = /['’ʼ`‘ё\t\u00a0\u2007\u202f\u2009\u200a\u2010\u2011]/;

/** Case-folds a string without changing its length (see the module note). */
export function foldCase(s: string): string {
  // The engine's toLowerCase is far faster than a loop; it is used whenever it keeps the length.
  const lower = s.toLowerCase();
  if (lower.length === s.length) {
    // Most names hold none of these: one test instead of four replacements (compile folds ~2M forms).
    if (!NEEDS_FOLD.test(lower)) return lower;
    return lower.replace(/['’ʼ`‘]/g, "'").replace(/ё/g, 'е').replace(/[\t\u00a0\u2007\u202f\u2009\u200a]/g, ' ').replace(/[\u2010\u2011]/g, '-');
  }
  const codes = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = FOLD_TABLE[s.charCodeAt(i)];
  return String.fromCharCode(...codes);
}

/** Replaces every apostrophe variant by the Ukrainian apostrophe ʼ (U+02BC), the one Unicode recommends. */
export function normalizeApostrophes(s: string): string {
  return s.replace(/['’ʼ`‘]/g, 'ʼ');
}

/** Collapses runs of whitespace to one space and trims: gazetteer entries are typed by people. */
export function normalizeSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Whether every letter of `s` is upper case and it has at least two letters: an acronym like ГУР, USA. */
export function isAcronym(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLowerCode(c)) return false;
    if (isUpperCode(c)) letters++;
  }
  return letters >= 2;
}

export const WORD = 1;
export const LETTER = 2;
export const UPPER = 4;
export const LOWER = 8;

/**
 * Per code unit: WORD | LETTER | UPPER | LOWER bits. Hot loops read it directly: a call per character
 * through a module binding costs more than the lookup itself.
 */
export const CLASS_TABLE = new Uint8Array(65536);
const FOLD_TABLE = new Uint16Array(65536);

function buildTables(): void {
  for (let c = 0; c < 65536; c++) FOLD_TABLE[c] = c;
  // Only scripts news is written in are classified; a table over all 65,536 code units with a
  // regular expression per unit costs ~40 ms at load, these ranges cost ~1 ms.
  const ranges: Array<[number, number]> = [
    [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x370, 0x3ff], [0x400, 0x52f], [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      if (c === 0xd7 || c === 0xf7) continue; // × ÷
      const ch = String.fromCharCode(c);
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lo === up) continue;
      let flags = WORD | LETTER;
      if (ch === up && ch !== lo) flags |= UPPER;
      if (ch === lo && ch !== up) flags |= LOWER;
      CLASS_TABLE[c] = flags;
      if (lo.length === 1) FOLD_TABLE[c] = lo.charCodeAt(0);
    }
  }
  CLASS_TABLE[0x2bc] = 0; // ʼ is a letter modifier in Unicode, an apostrophe in Ukrainian text
  for (let c = 0x30; c <= 0x39; c++) CLASS_TABLE[c] = WORD;
  for (let c = 0x300; c <= 0x36f; c++) CLASS_TABLE[c] = WORD; // combining marks (stress accents)
  for (const a of [0x27, 0x2019, 0x2bc, 0x60, 0x2018]) FOLD_TABLE[a] = 0x27;
  FOLD_TABLE[0x451] = 0x435; // ё → е: Russian writes "Соединённые" and "Соединенные"
  FOLD_TABLE[0x401] = 0x435;
  for (const s of [0x09, 0xa0, 0x2007, 0x202f, 0x2009, 0x200a]) FOLD_TABLE[s] = 0x20;
  for (const h of [0x2010, 0x2011]) FOLD_TABLE[h] = 0x2d;
}
buildTables();
