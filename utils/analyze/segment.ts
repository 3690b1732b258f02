import type { Span } from './types';

// Opening -> closing quote marks. Ukrainian and Russian typography nest „…“ inside «…»; English
// uses “…”. A straight " both opens and closes.
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' };

// Words that end in a full stop without ending a sentence: initials and common abbreviations.
const ABBREVIATIONS = new Set([
  'м', 'с', 'ім', 'вул', 'просп', 'р', 'рр', 'ст', 'т', 'д', 'п', 'пп', 'н', 'е', 'тис', 'млн', 'млрд',
  'грн', 'дол', 'див', 'напр', 'проф', 'акад', 'ген', 'г', 'гг', 'ул', 'пр', 'тыс', 'руб', 'др',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'vs', 'etc', 'inc',
  'ltd', 'co', 'corp', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e',
]);

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[i])) return true; // an initial: "В. Зеленський"
  return ABBREVIATIONS.has(word);
}

/** A sentence may start only with an upper-case letter, a digit, a quote or a dash. */
function startsSentence(ch: string | undefined): boolean {
  return ch === undefined || /[\p{Lu}\d«“„"'`(–—-]/u.test(ch);
}

/**
 * Splits text into sentences. Unlike Intl.Segmenter it never breaks inside a quotation, so a
 * quoted statement of several sentences stays in the sentence that attributes it. A blank line or
 * a line break always ends a sentence (paragraphs, headlines) and resets unbalanced quotes.
 */
export function segmentSentences(text: string): Span[] {
  const out: Span[] = [];
  const stack: string[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  // Only line breaks, quote marks and sentence punctuation matter: jump between them.
  const re = /[\n«“„"»”.!?…]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const ch = text[i];
    if (ch === '\n') {
      push(i + 1);
      stack.length = 0;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top !== undefined && ch === top) {
      stack.pop();
      continue;
    }
    if (ch in PAIRS && !(ch === '"' && top === '"')) {
      // A straight quote between letters is an inch mark or typo, not a quotation.
      if (ch === '"' && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) continue;
      stack.push(PAIRS[ch]);
      continue;
    }
    if (stack.length > 0 || !/[.!?…]/.test(ch)) continue;
    let j = i + 1;
    while (j < text.length && /[.!?…]/.test(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    if (ch === '.' && j === i + 1 && isAbbreviation(text, i)) continue;
    let k = j;
    while (k < text.length && /[ \t\u00a0]/.test(text[k])) k++;
    if (k < text.length && text[k] !== '\n' && !startsSentence(text[k])) continue;
    push(j);
    re.lastIndex = j;
  }
  push(text.length);
  return out;
}
