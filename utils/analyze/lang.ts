import type { Lang } from './types';

// Letters that only one of the two Cyrillic languages uses. Shared Cyrillic letters (а, о, и ...)
// say nothing, so the decision rests on these, on word cues, and on the share of Latin letters.
const UK_ONLY = /[іїєґІЇЄҐ]/g;
const RU_ONLY = /[ыэъёЫЭЪЁ]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;

// Words spelt without і/ї/є/ы/э that still belong to one language only: month names, function
// words, and past-tense verb endings (Ukrainian "висунув", "сказала"; Russian "выдвинул").
const L = '(?<![\\p{L}\'’ʼ])';
const R = '(?![\\p{L}\'’ʼ])';
const UK_CUES = new RegExp(
  `${L}(?:січ(?:ень|ня|ні)|лют(?:ий|ого|ому)|берез(?:ень|ня|ні)|квіт(?:ень|ня|ні)|трав(?:ень|ня|ні)|черв(?:ень|ня|ні)|` +
    `лип(?:ень|ня|ні)|серп(?:ень|ня|ні)|верес(?:ень|ня|ні)|жовт(?:ень|ня|ні)|листопад[аі]?|груд(?:ень|ня|ні)|` +
    `що|щоб|та|але|або|чи|як|це|ця|цей|вже|ще|тому|коли|року|роках?|також|проте|після|через|якщо|` +
    `\\p{L}{2,}[аиу]в(?:ся)?)${R}`,
  'giu',
);
const RU_CUES = new RegExp(
  `${L}(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йя]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|` +
    `октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|что|чтобы|и|но|или|как|это|эта|этот|уже|ещё|еще|когда|года|году|` +
    `также|однако|после|через|если|от|который|которая|которые|\\p{L}{2,}[аеиу]л(?:ся)?)${R}`,
  'giu',
);

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * For Cyrillic text without a letter only one language has ("9 листопада Трамп висунув Джона
 * Коула."), the words decide: 'uk' or 'ru' when the cues lean one way, null when they are even.
 */
function cyrillicByWords(text: string): Lang | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const uk = count(sample, UK_CUES);
  const ru = count(sample, RU_CUES);
  if (uk === ru) return null;
  return uk > ru ? 'uk' : 'ru';
}

/** Guesses the language of a text (uk, ru or en) from its alphabet and words; Ukrainian when in doubt. */
export function guessLang(text: string): Lang {
  const cyr = count(text, CYRILLIC);
  const lat = count(text, LATIN);
  // News pages quote Latin names (Reuters, Truth Social) inside Cyrillic text: Latin must dominate.
  if (lat > cyr) return 'en';
  const uk = count(text, UK_ONLY);
  const ru = count(text, RU_ONLY);
  if (ru > uk) return 'ru';
  if (uk > 0) return 'uk';
  // Neither alphabet speaks: a short sentence often lacks і/ї/є as much as ы/э/ё.
  return cyrillicByWords(text) ?? (cyr >= 20 ? 'ru' : 'uk');
}
