/**
 * Words as the search index and queries see them: case folded, 'ё' as 'е', apostrophes dropped
 * ("пʼятеро", "п'ятеро" and "п’ятеро" are one word), split on anything that isn't a letter or digit.
 * The same folding on both sides is what makes prefix search work across uk, ru and en.
 */

/** Longest indexed word; longer ones (URLs, hashes) are cut, still findable by their start. */
const MAX_TERM = 40;
/** Words kept per record: a whole article pasted into a note must not bloat the index. */
const MAX_TERMS = 400;

export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/['’ʼ`´]/g, '');
}

/** The words of `text`, folded, in order, duplicates kept (queries care about order). */
export function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Distinct folded words of a record's texts, for the index. */
export function termsOf(...texts: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const w of words(text)) {
      out.add(w.length > MAX_TERM ? w.slice(0, MAX_TERM) : w);
      if (out.size >= MAX_TERMS) return [...out];
    }
  }
  return [...out];
}

/** True when every query word starts some word of the record (the popup's "as you type" search). */
export function matchesAllPrefixes(queryWords: readonly string[], terms: readonly string[]): boolean {
  return queryWords.every((q) => terms.some((t) => t.startsWith(q)));
}
