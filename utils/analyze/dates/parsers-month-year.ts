import type { Parser, ParsingContext } from 'chrono-node';
import type { Lang } from '../types';
import { LETTERS } from '../letters';

// Month stems in every case form ("листопад", "листопада", "листопаді"; "ноябрь", "ноября", "ноябре").
const STEMS: Partial<Record<Lang, string[]>> = {
  uk: ['січ(?:ень|ня|ні)', 'лют(?:ий|ого|ому)', 'берез(?:ень|ня|ні)', 'квіт(?:ень|ня|ні)', 'трав(?:ень|ня|ні)',
    'черв(?:ень|ня|ні)', 'лип(?:ень|ня|ні)', 'серп(?:ень|ня|ні)', 'верес(?:ень|ня|ні)', 'жовт(?:ень|ня|ні)',
    'листопад(?:а|і)?', 'груд(?:ень|ня|ні)'],
  ru: ['январ(?:ь|я|е)', 'феврал(?:ь|я|е)', 'март(?:а|е)?', 'апрел(?:ь|я|е)', 'ма(?:й|я|е)', 'июн(?:ь|я|е)',
    'июл(?:ь|я|е)', 'август(?:а|е)?', 'сентябр(?:ь|я|е)', 'октябр(?:ь|я|е)', 'ноябр(?:ь|я|е)', 'декабр(?:ь|я|е)'],
};

/**
 * "в листопаді 2024 року", "наприкінці листопада 2024", "в ноябре 2024 года": a month with its year
 * and no day. chrono's uk/ru locales cut the month word short here and read the year on its own.
 */
export function monthYearParsers(lang: Lang): Parser[] {
  const stems = STEMS[lang];
  if (!stems) return [];
  const unit = lang === 'uk' ? '(?:\\s*(?:року|р\\.))?' : '(?:\\s*(?:года|г\\.))?';
  const source = `(?<![${LETTERS}\\d])(?:(?:в|у|во)\\s+)?(${stems.map((s) => `(${s})`).join('|')})\\s+(\\d{4})${unit}(?![${LETTERS}\\d])`;
  const re = new RegExp(source, 'iu');
  return [
    {
      pattern: () => re,
      extract: (context: ParsingContext, match: RegExpMatchArray) => {
        // Groups 2..13 are the twelve months; the one that matched names the month.
        const month = match.slice(2, 14).findIndex((g) => g !== undefined) + 1;
        if (month < 1) return null;
        const components = context.createParsingComponents({ month, year: Number(match[14]) });
        components.imply('day', 1);
        return components;
      },
    },
    ...(lang === 'uk' ? [listopadLocative] : []),
  ];
}

/**
 * "у листопаді", "по листопаду": chrono's uk locale stops at the stem "листопад" and the cut word
 * is then dropped as a piece of another word, so the most common news month went unread. The
 * preposition is matched too, to outlast chrono's shorter reading; the month refiner judges the rest.
 */
const NOVEMBER_IN = new RegExp(`(?<![${LETTERS}\\d])(?:(?:в|у|по|на)\\s+)?листопад[іу](?![${LETTERS}\\d])`, 'iu');
const listopadLocative: Parser = {
  pattern: () => NOVEMBER_IN,
  extract: (context: ParsingContext) => {
    const components = context.createParsingComponents({ month: 11 });
    components.imply('year', context.refDate.getFullYear());
    components.imply('day', 1);
    return components;
  },
};
