import type { Parser, ParsingContext } from 'chrono-node';
import type { Lang } from '../types';

// Genitive month names, the form a day number governs ("18-го лютого", "18-е февраля").
const MONTHS: Partial<Record<Lang, string[]>> = {
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

/**
 * "18-го лютого", "13-е февраля", "31-ое октября 1974": a day written as an ordinal with a
 * hyphenated ending. chrono's uk/ru locales read only the month and lose the day.
 */
export function ordinalDayParsers(lang: Lang): Parser[] {
  const months = MONTHS[lang];
  if (!months) return [];
  const source = `(?<![\\p{L}\\d])([0-3]?\\d)-(?:е|є|го|ого|его|ое|ее|ому|ему|му|те|тє|ге|ий|й)\\s+(${months.join('|')})(?:\\s+(\\d{4})(?:\\s*(?:року|р\\.|году|года|г\\.))?)?(?![\\p{L}\\d])`;
  return [
    {
      pattern: () => new RegExp(source, 'iu'),
      extract: (context: ParsingContext, match: RegExpMatchArray) => {
        const day = Number(match[1]);
        const month = months.indexOf(match[2].toLowerCase()) + 1;
        if (day < 1 || day > 31 || month < 1) return null;
        const components = context.createParsingComponents({ day, month });
        if (match[3]) components.assign('year', Number(match[3]));
        else components.imply('year', context.refDate.getFullYear());
        return components;
      },
    },
  ];
}
