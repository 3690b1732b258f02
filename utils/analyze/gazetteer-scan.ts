/**
 * The matcher's inner loop: one pass over the text, walking the trie only from word starts.
 *
 * Names begin and end at word boundaries, so instead of Aho-Corasick (which would follow every
 * position) we try the trie at each word start and keep the longest form that ends at a boundary and
 * satisfies its case flags; after a match we jump past it (leftmost-longest, non-overlapping). Most
 * walks stop after one or two characters, so the cost stays close to reading the text once. Boundaries
 * are letter-aware: Cyrillic letters, digits and an apostrophe between letters are inside a word
 * ("пʼятеро"), a hyphen is a boundary ("Україна-ЄС"), and the English possessive "'s" ends a word.
 */
import type { LoadedTrie } from './gazetteer';
import { packedChild } from './gazetteer-layout';
import { FLAG_ALLCAPS, FLAG_CAPITAL, FLAG_INITIAL, FLAG_MASK, FLAG_MIDSENTENCE, FLAG_SHIFT } from './gazetteer-trie';
import { isApostrophe, isLowerCode, isUpperCode, isWordChar } from './normalize';

/** 1: word character, 2: apostrophe (inside a word only between letters), 0: anything else. */
const WORD = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) WORD[c] = isWordChar(c) ? 1 : isApostrophe(c) ? 2 : 0;
/** Lower-case letters, where only names written in lower case can start. */
const LOWER = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) LOWER[c] = isLowerCode(c) ? 1 : 0;

function atBoundary(text: string, j: number): boolean {
  if (j >= text.length) return true;
  const w = WORD[text.charCodeAt(j)];
  if (w === 0) return true;
  if (w === 1) return false;
  const d = text.charCodeAt(j + 1);
  if (WORD[d] !== 1) return true; // a closing quote, not an apostrophe
  return (d === 0x73 || d === 0x53) && WORD[text.charCodeAt(j + 2)] !== 1; // Trump's
}

function caseOk(text: string, start: number, end: number, flags: number): boolean {
  if (flags & FLAG_CAPITAL && !isUpperCode(text.charCodeAt(start))) return false;
  if (flags & FLAG_INITIAL && text.charCodeAt(end) !== 0x2e) return false;
  if (flags & FLAG_ALLCAPS) {
    // Capitals, then at most a short lower-case case ending: ГУР, МИДа, ЮКОСом — never "Мид" or "мид".
    let k = start;
    while (k < end && !isLowerCode(text.charCodeAt(k))) k++;
    if (k - start < 2 || end - k > 3) return false;
    for (; k < end; k++) if (!isLowerCode(text.charCodeAt(k))) return false;
    // An acronym with a lower-case suffix after a hyphen is a derived word: "ЄС-івський", "НАТО-вський".
    if (text.charCodeAt(end) === 0x2d && isLowerCode(text.charCodeAt(end + 1))) return false;
  }
  return !(flags & FLAG_MIDSENTENCE && atSentenceStart(text, start));
}

function atSentenceStart(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0) {
    const c = text.charCodeAt(j);
    // spaces, quotes, brackets and dashes may stand between a sentence end and the next word
    if (c === 0x0a) return true;
    if (c === 0x20 || c === 0xa0 || c === 0x09 || c === 0xab || c === 0x201c || c === 0x201e || c === 0x22 || c === 0x28 || c === 0x2014 || c === 0x2013) j--;
    else break;
  }
  if (j < 0) return true;
  const c = text.charCodeAt(j);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a;
}

/** Reports (start, end, entry) for each leftmost-longest name in `text`, in order, without overlaps. */
export function scanText(trie: LoadedTrie, text: string, onMatch: (start: number, end: number, entry: number) => void): void {
  const { classOf, records, root, lowerRoot, spaceClass } = trie;
  const n = text.length;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const w = WORD[code];
    if (w !== 1) {
      prevWord = w === 2 && prevWord;
      continue;
    }
    if (prevWord) continue;
    prevWord = true;
    let node = (LOWER[code] === 1 ? lowerRoot : root)[classOf[code]];
    if (node === undefined || node < 0) continue;
    let bestEnd = -1;
    let bestEntry = -1;
    let j = i + 1;
    for (;;) {
      const hdr = records[node];
      const t = hdr & 1 ? records[node + 1] : 0;
      if (t !== 0 && atBoundary(text, j) && caseOk(text, i, j, t & FLAG_MASK)) {
        bestEnd = j;
        bestEntry = (t >> FLAG_SHIFT) - 1;
      }
      if (j >= n) break;
      const code = text.charCodeAt(j);
      const cls = classOf[code];
      if (cls === 0) {
        // Stress marks (combining acute, U+0301) in dictionaries and textbooks: И́горь is Игорь.
        if (code >= 0x300 && code <= 0x36f) {
          j++;
          continue;
        }
        break;
      }
      // Two spaces (or a space and a no-break space) between the words of a name count as one.
      if (cls === spaceClass && classOf[text.charCodeAt(j - 1)] === spaceClass) {
        j++;
        continue;
      }
      // Most nodes have one child (header 2 or 3): its label and record follow at once.
      if (hdr >> 1 === 1) {
        const labelAt = node + 1 + (hdr & 1);
        if (records[labelAt] !== cls) break;
        node = labelAt + 1;
      } else {
        const next = packedChild(records, node, cls);
        if (next < 0) break;
        node = next;
      }
      j++;
    }
    if (bestEnd > 0) {
      onMatch(i, bestEnd, bestEntry);
      i = bestEnd - 1;
    }
  }
}
