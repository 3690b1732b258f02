/**
 * Letters for the look-arounds of case-insensitive patterns ("not after a letter", "not before a
 * letter"), written as the ranges of the scripts the engine reads: Latin, Greek and Cyrillic.
 *
 * Why not `\p{L}`: under the `i` flag V8 closes every class over case when it compiles a pattern,
 * and for all the world's letters that takes ~0.5 ms per pattern; ~40 date patterns took 20–30 ms.
 * Patterns built at run time are compiled again once the collector has emptied V8's compilation
 * cache (matches.ts), so that was paid again on every page analysed after a pause (measured in Node
 * after four GCs: 35 ms per article instead of 5). These ranges compile in a quarter of the time;
 * within the three scripts they hold the same letters (tests/analyze/letters.test.ts checks every
 * code point of them), and with them a pattern needs no `u` flag (withPlainLetters).
 */
export const LETTERS =
  'A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC';

/**
 * Numbers (`\p{N}`) in the same blocks as LETTERS, plus the number forms, enclosed and fullwidth
 * digits those scripts' texts use: digits, superscripts, fractions, Roman numerals, ①.
 */
export const NUMBERS =
  '0-9\u00B2-\u00B3\u00B9\u00BC-\u00BE\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\uFF10-\uFF19';

const CLASSES: Record<string, string> = { '\\p{L}': LETTERS, '\\p{N}': NUMBERS };

/**
 * `re` (chrono's patterns, and ours read over whole texts) with each `\p{L}` written as LETTERS,
 * each `\p{N}` as NUMBERS, and then, with nothing left that needs it, without the `u` flag.
 *
 * Why drop `u`: V8 matches a pattern in unicode mode code point by code point, without the quick
 * first-character checks it uses otherwise. chrono's patterns open with "not after a letter or a
 * number" and an optional preposition, so they are tried at every position of the text: a month
 * pattern over the seed article took 100–130 µs in Chrome's service worker with `u`, 57 without
 * (and 17 over lower-cased text without `i` either). Within the three scripts the classes are the
 * same; outside the Basic Multilingual Plane a pattern without `u` sees the two halves of a
 * character (an emoji stays "not a letter", as it was; a letter of a rare script beyond it is no
 * longer one). tests/analyze/letters.test.ts runs chrono's patterns both ways over real articles.
 */
export function withPlainLetters(re: RegExp): RegExp {
  const src = re.source;
  if (!src.includes('\\p{') && !re.unicode) return re;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const cls = CLASSES[src.slice(i, i + 5)];
      if (cls) {
        out += inClass ? cls : `[${cls}]`;
        i += 4;
      } else {
        out += src.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  // What only unicode mode reads: other properties, code point escapes, sets.
  const needsUnicode = /\\[pP]\{|\\u\{/.test(out) || re.unicodeSets;
  const flags = needsUnicode ? re.flags : re.flags.replace('u', '');
  return out === src && flags === re.flags ? re : new RegExp(out, flags);
}
