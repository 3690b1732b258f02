/**
 * Bylines that leave part of the date to the reader: "Вчора о 22:10", "2 години тому", "24 листопада,
 * 19:05" (this year). Read only as the last resort, when the page states no full date anywhere, and
 * always with a time of day, so a heading like "Новини сьогодні" or a sentence is never taken.
 */
import { dayInText } from './dates';

const pad = (n: number) => String(n).padStart(2, '0');
/** The reader's own calendar day: the extension runs where the page is read. */
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** "Сьогодні, 14:30", "Вчора о 22:10", "Сегодня в 09:15", "Yesterday at 5:40 PM", "2 години тому". */
export function relativeBylineDay(text: string, now: Date): string | null {
  const m = /^\s*(сьогодні|сегодня|today|вчора|вчера|yesterday)\s*,?\s*(?:о|об|в|во|at)?\s*\d{1,2}:\d{2}(?!\d)/iu.exec(text);
  if (m) {
    const back = /^(вчора|вчера|yesterday)$/i.test(m[1]) ? 1 : 0;
    return localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - back));
  }
  // "2 години тому", "15 минут назад", "3 hours ago": the whole byline, so a sentence is not one.
  const ago = /^\s*(\d{1,2})\s+(хвилин[уи]?|годин[уи]?|дн(?:і|ів|я|ей)|день|минут[уы]?|час(?:а|ов)?|minutes?|hours?|days?)\s+(?:тому|назад|ago)\s*$/iu.exec(text);
  if (!ago) return null;
  const unit = ago[2].toLowerCase();
  const minutes = /^(хвил|мину|min)/.test(unit) ? 1 : /^(год|час|hour)/.test(unit) ? 60 : 24 * 60;
  return localDay(new Date(now.getTime() - +ago[1] * minutes * 60_000));
}

/**
 * "24 листопада, 19:05", "Понеділок, 24 листопада 19:05", "29 июня, 00:16": Ukrainian and Russian
 * sites drop the year of this year's articles. The latest such day not after today is taken (a
 * December byline read in January is last year's).
 */
export function yearlessBylineDay(text: string, now: Date): string | null {
  const m = /^\s*(?:\p{L}+,\s*)?(\d{1,2})\s+(\p{L}{3,})\.?,?\s*(?:о|об|в|во|at)?\s*\d{1,2}:\d{2}(?!\d)/iu.exec(text);
  if (!m) return null;
  const today = localDay(now);
  for (const year of [now.getFullYear(), now.getFullYear() - 1]) {
    const day = dayInText(`${m[1]} ${m[2]} ${year}`, now);
    if (day && day <= today) return day;
  }
  return null;
}
