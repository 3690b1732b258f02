import type { Lang } from './types';

// Letters that only one of the two Cyrillic languages uses. Shared Cyrillic letters (а, о, и ...)
// say nothing, so the decision rests on these and on the share of Latin letters.
const UK_ONLY = /[іїєґІЇЄҐ]/g;
const RU_ONLY = /[ыэъёЫЭЪЁ]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Guesses the language of a text (uk, ru or en) from its alphabet; Ukrainian when in doubt. */
export function guessLang(text: string): Lang {
  const cyr = count(text, CYRILLIC);
  const lat = count(text, LATIN);
  // News pages quote Latin names (Reuters, Truth Social) inside Cyrillic text: Latin must dominate.
  if (lat > cyr) return 'en';
  const uk = count(text, UK_ONLY);
  const ru = count(text, RU_ONLY);
  if (ru > uk) return 'ru';
  if (uk > 0) return 'uk';
  // "и" is common in Russian and frequent in Ukrainian too, but a Ukrainian text of any length
  // almost always has і/ї/є; a Cyrillic text without any of them is far more likely Russian.
  return cyr >= 20 ? 'ru' : 'uk';
}
