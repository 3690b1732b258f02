import type { ParsedComponents } from 'chrono-node';
import type { Ymd } from './resolve';

// The TIMEX3 value of the periods the engine reads as month or day ranges. `value` keeps the
// calendar start (what the timeline sorts and files by); this names the unit the text named, so a
// reader (and the TempEval scorer) sees "1989-Q3", not "1989-07".

const SEASON_CODE: Record<number, string> = { 3: 'SP', 6: 'SU', 9: 'FA', 12: 'WI' };

/** ISO 8601 week of a day: "1998-W04". The week belongs to the year of its Thursday. */
export function isoWeek(d: Ymd): string {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * The TIMEX3 value of a parsed period, from the tag its parser gave it and its resolved start (and
 * end, for a winter named by the year it ends in: "winter 1998" = Dec 1997–Feb 1998).
 * Undefined when the calendar value already says it.
 */
export function timexOf(c: ParsedComponents, from: Ymd, end?: { c: ParsedComponents; ymd: Ymd }): string | undefined {
  const tags = c.tags();
  if (tags.has('dossier/week')) return isoWeek(from);
  if (tags.has('dossier/quarter')) return `${from.year}-Q${Math.ceil(from.month / 3)}`;
  if (tags.has('dossier/half')) return `${from.year}-H${from.month <= 6 ? 1 : 2}`;
  if (tags.has('dossier/season')) {
    const code = SEASON_CODE[from.month];
    if (!code) return undefined;
    // A winter the text dates ("winter of 1998") is that year's; one it does not ("this winter"),
    // the year it starts in.
    return `${code === 'WI' && end?.c.isCertain('year') ? end.ymd.year : from.year}-${code}`;
  }
  if (tags.has('dossier/decade')) return String(from.year).slice(0, 3);
  if (tags.has('dossier/century')) return String(Math.floor((from.year - 1) / 100));
  return undefined;
}
