/**
 * Candidate actors: proper names on the page that the gazetteer does not know, offered to the reader
 * to track. Ukrainian, Russian and English capitalise proper names and little else, so a capitalised
 * word that does not open a sentence is a strong signal; what remains is keeping false positives low:
 * sentence-initial words count only with a capitalised neighbour and never when they are function
 * words ("Також Коул"), quoted text counts only when it is short and reads like a name («Белавіа»,
 * «Слуга народу»), not like a quoted sentence.
 */
import { CLASS_TABLE, isApostrophe, isLatinCode, isLowerCode, isUpperCode, isWordCharAt, LETTER, LOWER, UPPER, WORD } from './normalize';
import { caseBreak } from './case-endings';
import { isStopword } from './stopwords';
import type { ActorSpan, CandidateSpan, Lang } from './types';
import { splitBy } from './matches';

interface Token {
  start: number;
  end: number;
  capital: boolean;
  acronym: boolean;
  latin: boolean;
  initial: boolean;
}

const SENTENCE_END = /[.!?…\n:]/;
const SPACES = /\s+/g;
const OPENERS = /[\s«“„"'(\[‘—–-]/;
const QUOTES: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' };

/** Proper-name spans not covered by `actors`, sorted by start, non-overlapping. */
export function findCandidates(text: string, actors: ActorSpan[], lang: Lang): CandidateSpan[] {
  const covered = coverage(actors);
  const found: Array<[number, number]> = [];
  const tokens = tokenize(text, lang);
  // A word the text capitalises mid-sentence elsewhere is a name when it opens a sentence too ("Трамп").
  const midNames = new Set(tokens.filter((t) => t.capital && !t.initial).map((t) => text.slice(t.start, t.end)));
  for (const run of capitalRuns(tokens)) {
    let part: Token[] = [];
    for (const t of [...run, null]) {
      if (t && !covered(t.start, t.end)) {
        part.push(t);
        continue;
      }
      const kept = trimSentenceStart(part, text, lang, midNames);
      for (const name of splitAtCase(kept, text, lang)) found.push([name[0].start, name[name.length - 1].end]);
      part = [];
    }
  }
  for (const [s, e] of quotedNames(text)) if (!covered(s, e)) found.push([s, e]);
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: CandidateSpan[] = [];
  for (const [start, end] of found) {
    const last = out[out.length - 1];
    if (last && start < last.end) continue;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** Whether [s, e) overlaps an actor: binary search over the sorted, non-overlapping actor spans. */
function coverage(actors: ActorSpan[]): (s: number, e: number) => boolean {
  return (s, e) => {
    let lo = 0;
    let hi = actors.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (actors[mid].end <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < actors.length && actors[lo].start < e;
  };
}

/**
 * Capitalised words (and Latin words with a capital, in Cyrillic text), hyphens between letters kept
 * inside ("Нью-Йорк", "Інтерфакс-Україна"). A native regular expression jumps from one capital letter
 * to the next, so lower-case text costs almost nothing.
 */
function tokenize(text: string, lang: Lang): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const capitals = /\p{Lu}/gu;
  let consumed = 0;
  for (let m = capitals.exec(text); m; m = capitals.exec(text)) {
    if (m.index < consumed) continue;
    let start = m.index;
    while (start > 0 && isWordCharAt(text, start - 1)) start--;
    const first = text.charCodeAt(start);
    const latin = isLatinCode(first);
    let i = start;
    let upper = 0;
    let lower = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      const cls = CLASS_TABLE[c];
      if (cls & WORD || (isApostrophe(c) && isWordCharAt(text, i)) || (c === 0x2d && CLASS_TABLE[text.charCodeAt(i + 1)] & LETTER)) {
        if (cls & UPPER) upper++;
        else if (cls & LOWER) lower++;
      } else break;
    }
    // A capital outside the word classes (Armenian "Գ") ends no word: step past it, or exec loops forever.
    if (i === m.index) {
      capitals.lastIndex = i + 1;
      continue;
    }
    consumed = i;
    capitals.lastIndex = i;
    // iPhone-style words count in Cyrillic text only; other words must start with the capital.
    if (start !== m.index && !(latin && lang !== 'en')) continue;
    const len = i - start;
    // Initials ("Т.", "Дж.") belong to the name after them but are not names themselves.
    if (text.charCodeAt(i) === 0x2e && (len === 1 || (len === 2 && lower === 1))) continue;
    const acronym = len >= 2 && upper >= 2 && lower === 0;
    tokens.push({ start, end: i, capital: true, acronym, latin, initial: isSentenceStart(text, start) });
  }
  return tokens;
}

function isSentenceStart(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && OPENERS.test(text[j])) {
    if (text[j] === '\n') return true;
    j--;
  }
  if (j < 0) return true;
  // "Т.Мей", "Дж. Байден": a full stop after a lone capital is an initial, not a sentence end.
  if (text[j] === '.' && isUpperCode(text.charCodeAt(j - 1)) && !isWordCharAt(text, j - 2)) return false;
  if (text[j] === '.' && isUpperCode(text.charCodeAt(j - 2)) && isLowerCode(text.charCodeAt(j - 1)) && !isWordCharAt(text, j - 3)) return false;
  return SENTENCE_END.test(text[j]);
}

/** Runs of capitalised words separated by single spaces only. */
function capitalRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let prevEnd = -2;
  for (const t of tokens) {
    if (!t.capital) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    // An acronym stands alone: "США Дональда Трампа" is two names, not one.
    if (run.length && (t.start - prevEnd !== 1 || t.acronym || run[run.length - 1].acronym)) {
      runs.push(run);
      run = [];
    }
    run.push(t);
    prevEnd = t.end;
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Drops what is capitalised only because a sentence starts there: a function word, or a lone word.
 * Latin words in Cyrillic text and acronyms are names wherever they stand.
 */
function trimSentenceStart(part: Token[], text: string, lang: Lang, midNames: Set<string>): Token[] {
  // Roman numerals, single letters and long all-caps words (headings: "ЧИТАЙТЕ ТАКОЖ") are not names,
  // except a lone Latin one in Cyrillic text: agencies sign so ("REUTERS", "BLOOMBERG").
  const alone = part.length === 1;
  let kept = part.filter((t) => {
    const w = text.slice(t.start, t.end);
    const agency = alone && t.latin && lang !== 'en';
    return !/^[IVXLCDM]+$/.test(w) && w.length >= 2 && !(t.acronym && w.length > 5 && !agency);
  });
  if (kept.length === 0) return kept;
  const head = kept[0];
  const word = text.slice(head.start, head.end);
  if (isStopword(word)) kept = kept.slice(1);
  else if (head.initial && kept.length === 1 && !head.acronym && !(head.latin && lang !== 'en') && !midNames.has(word)) kept = [];
  return kept.filter((t, i) => i > 0 || !isStopword(text.slice(t.start, t.end)));
}

/** Splits neighbouring names whose endings disagree in case: "Білорусі | Джоном Коулом". */
function splitAtCase(tokens: Token[], text: string, lang: Lang): Token[][] {
  if (tokens.length === 0) return [];
  if (lang === 'en') return [tokens];
  const out: Token[][] = [[tokens[0]]];
  for (let i = 1; i < tokens.length; i++) {
    const left = tokens[i - 1];
    const right = tokens[i];
    if (!left.latin && !right.latin && caseBreak(text.slice(left.start, left.end), text.slice(right.start, right.end), lang)) out.push([right]);
    else out[out.length - 1].push(right);
  }
  return out;
}

/** «Белавіа», «Слуга народу», “Truth Social”: short capitalised quotes without sentence punctuation. */
function quotedNames(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const openers = /[«“„"]/g;
  for (let m = openers.exec(text); m; m = openers.exec(text)) {
    const i = m.index;
    const close = QUOTES[m[0]];
    // Only the next 60 characters: an unclosed quote must not make the search quadratic.
    const end = text.slice(i + 1, i + 62).indexOf(close) + i + 1;
    if (end <= i) continue;
    const inner = text.slice(i + 1, end);
    const words = splitBy(SPACES, inner).filter(Boolean);
    const ok =
      words.length >= 1 &&
      words.length <= 4 &&
      inner === inner.trim() &&
      isUpperCode(inner.charCodeAt(0)) &&
      !/[.!?;:,…]/.test(inner) &&
      !(words.length === 1 && isStopword(inner)) &&
      (words.length <= 2 || words.every((w) => isUpperCode(w.charCodeAt(0)) || isStopword(w)));
    if (ok) out.push([i + 1, end]);
    openers.lastIndex = end + 1;
  }
  return out;
}
