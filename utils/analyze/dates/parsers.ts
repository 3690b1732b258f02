import type { Parser, ParsingContext } from 'chrono-node';
import type { Lang } from '../types';
import { LETTERS } from '../letters';

// Patterns chrono's uk/ru/en locales do not know: a bare year ("У 2025 році", "в 2025 году",
// "in 2025") and years named relative to now ("торік", "в прошлом году", "last year"). They
// produce year-only components; `resolve.ts` reads the missing month as year precision.
// JavaScript's \b does not see Cyrillic letters, hence the explicit look-arounds.
const L = `(?<![${LETTERS}\\d])`;
const R = `(?![${LETTERS}\\d])`;

interface YearPattern {
  re: RegExp;
  /** Year from the match and the reference year. */
  year: (m: RegExpMatchArray, refYear: number) => number;
}

const absolute = (m: RegExpMatchArray) => Number(m[1]);
const offset = (n: number) => (_m: RegExpMatchArray, ref: number) => ref + n;

const YEAR_PATTERNS: Record<Lang, YearPattern[]> = {
  uk: [
    { re: new RegExp(`${L}(?:(?:у|в)\\s+)?(\\d{4})(?:-му|-ому)?\\s*(?:році|року|рік|рр?(?:\\s?\\.)?)${R}`, 'iu'), year: absolute },
    // "у 2019 компанія…", "з 2014 і до сьогодні": a year after a preposition, without "року".
    { re: new RegExp(`${L}(?:у|в|з|із|від|до|після|починаючи\\s+з)\\s+((?:19|20)\\d\\d)(?![${LETTERS}\\d:/%-]|[.,]\\d|\\s*(?:%|відсот|грн|гривень|гривні|доларів|дол|євро|тис|млн|млрд|осіб|людей|чоловік|разів|км|м|кг|т)(?![${LETTERS}]))`, 'iu'), year: absolute },
    { re: new RegExp(`${L}(?:у|в)\\s+(\\d{4})-(?:му|ому)${R}`, 'iu'), year: absolute },
    { re: new RegExp(`${L}(?:торік|минулого\\s+року|(?:у|в)\\s+минулому\\s+році|минулоріч)${R}`, 'iu'), year: offset(-1) },
    { re: new RegExp(`${L}(?:цього\\s+року|(?:у|в)\\s+цьому\\s+році|цьогоріч|поточного\\s+року)${R}`, 'iu'), year: offset(0) },
    { re: new RegExp(`${L}(?:наступного\\s+року|(?:у|в)\\s+наступному\\s+році|наступноріч)${R}`, 'iu'), year: offset(1) },
  ],
  ru: [
    { re: new RegExp(`${L}(?:(?:в|во)\\s+)?(\\d{4})\\s*(?:году|года|год|гг?(?:\\s?\\.)?)${R}`, 'iu'), year: absolute },
    { re: new RegExp(`${L}(?:в|с|со|до|после|начиная\\s+с)\\s+((?:19|20)\\d\\d)(?![${LETTERS}\\d:/%-]|[.,]\\d|\\s*(?:%|процент|руб|рублей|долларов|евро|тыс|млн|млрд|человек|раз|км|м|кг|т)(?![${LETTERS}]))`, 'iu'), year: absolute },
    { re: new RegExp(`${L}(?:в\\s+прошлом\\s+году|прошлого\\s+года|в\\s+минувшем\\s+году)${R}`, 'iu'), year: offset(-1) },
    { re: new RegExp(`${L}(?:в\\s+этом\\s+году|этого\\s+года|в\\s+текущем\\s+году|текущего\\s+года)${R}`, 'iu'), year: offset(0) },
    { re: new RegExp(`${L}(?:в\\s+следующем\\s+году|следующего\\s+года|в\\s+будущем\\s+году)${R}`, 'iu'), year: offset(1) },
  ],
  en: [
    { re: /\b(?:in|since|during|by|until|of|for)\s+(\d{4})\b(?![-/.]\d)/i, year: absolute },
    { re: /\blast\s+year\b/i, year: offset(-1) },
    { re: /\bthis\s+year\b/i, year: offset(0) },
    { re: /\bnext\s+year\b/i, year: offset(1) },
  ],
};

/** chrono parsers for year expressions in `lang`; they mark results with the tag "dossier/year". */
export function yearParsers(lang: Lang): Parser[] {
  return YEAR_PATTERNS[lang].map(({ re, year }) => ({
    pattern: () => re,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const y = year(match, context.refDate.getFullYear());
      if (y < 1000 || y > 2999) return null;
      const components = context.createParsingComponents({ year: y });
      components.imply('month', 1);
      components.imply('day', 1);
      components.addTag('dossier/year');
      return components;
    },
  }));
}
