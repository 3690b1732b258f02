/**
 * Every match of a global pattern, as `[...text.matchAll(re)]` gives them, without the copy of `re`
 * that `matchAll` (like `split` by a pattern) makes on every call.
 *
 * Why: a copy shares its original's compiled code only through V8's compilation cache, and the
 * collector empties that cache after a few collections. In the background worker, collections run
 * between two pages (storing the last one's events), so every copy was compiled again, and run
 * first in the slow regexp interpreter, on every page: in Node, after four collections, the engine
 * took 1.8× its warm time over the sample article, most of it in `matchAll` and `split` copies of
 * `\p{L}` patterns. The pattern objects themselves keep their code: exec-ing them costs nothing extra.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`allMatches needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place (matchAll steps on, by a code point under u).
    if (m[0] === '') re.lastIndex = stepOn(text, re.lastIndex, re.unicode || re.unicodeSets);
  }
  // Shared patterns start from 0 for the next caller; reading all matches before returning keeps a
  // caller's loop from interleaving with another's.
  re.lastIndex = 0;
  return out;
}

function stepOn(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff ? at + 2 : at + 1;
}

/**
 * `text.split(re)` for a pattern without capture groups, again without the copy. Empty parts are
 * kept, as `split` keeps them.
 */
export function splitBy(re: RegExp, text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of allMatches(re, text)) {
    if (m[0] === '') continue;
    parts.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}
