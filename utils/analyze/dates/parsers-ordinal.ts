import type { Parser, ParsingContext } from 'chrono-node';
import type { Lang } from '../types';
import { LETTERS } from '../letters';

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
  return [ordinalDay(months), daypartDay(months)];
}

function ordinalDay(months: string[]): Parser {
  const source = `(?<![${LETTERS}\\d])([0-3]?\\d)-(?:е|є|го|ого|его|ое|ее|ому|ему|му|те|тє|ге|ий|й)\\s+(${months.join('|')})(?:\\s+(\\d{4})(?:\\s*(?:року|р\\.|году|года|г\\.))?)?(?![${LETTERS}\\d])`;
  const re = new RegExp(source, 'iu');
  return {
    pattern: () => re,
    extract: (context: ParsingContext, match: RegExpMatchArray) => dayMonth(context, months, match[1], match[2], match[3]),
  };
}

function dayMonth(context: ParsingContext, months: string[], d: string, m: string, y: string | undefined) {
  const day = Number(d);
  const month = months.indexOf(m.toLowerCase()) + 1;
  if (day < 1 || day > 31 || month < 1) return null;
  const components = context.createParsingComponents({ day, month });
  if (y) components.assign('year', Number(y));
  else components.imply('year', context.refDate.getFullYear());
  return components;
}

const DAYPART =
  '(?:вранці|зранку|уранці|ввечері|увечері|вдень|удень|вночі|уночі|опівдні|опівночі|ранку|вечора|ночі|утром|вечером|ночью|днём|днем|утра|вечера|ночи)';

/**
 * "ввечері 14 листопада", "до ранку 31 липня", "утром 5 мая": chrono's uk/ru locales read the
 * part of the day and drop the date, leaving a bare time the engine discards. Matched whole, so
 * it outlasts chrono's reading; the refiner then trims the span to the date (tag below).
 */
function daypartDay(months: string[]): Parser {
  const source = `(?<![${LETTERS}\\d])${DAYPART}\\s+([0-3]?\\d)(?:-(?:го|е|ого|ое))?\\s+(${months.join('|')})(?:\\s+(\\d{4})(?:\\s*(?:року|р\\.|году|года|г\\.))?)?(?![${LETTERS}\\d])`;
  const re = new RegExp(source, 'iu');
  return {
    pattern: () => re,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const c = dayMonth(context, months, match[1], match[2], match[3]);
      c?.addTag('dossier/daypart');
      return c;
    },
  };
}
