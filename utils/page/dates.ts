/**
 * Reading a publication date as pages write it in metadata and bylines: ISO timestamps, "20200424",
 * "24.04.2020", "24 листопада 2025, 19:05", "15 августа 2016", "April 24, 2020". Only what bylines
 * use; free-text dates in the article body are the engine's job (utils/analyze), not this one's.
 */

/** Month stems in uk/ru/en; a stem matches every case form ("листопада", "ноября", "Nov."). */
const MONTH_STEMS: [RegExp, number][] = [
  [/^(січ|янв|jan)/i, 1], [/^(лют|фев|feb)/i, 2], [/^(берез|мар|mar)/i, 3], [/^(квіт|апр|apr)/i, 4],
  [/^(трав|ма[йя]|may)/i, 5], [/^(черв|июн|jun)/i, 6], [/^(лип|июл|jul)/i, 7], [/^(серп|авг|aug)/i, 8],
  [/^(верес|сен|sep)/i, 9], [/^(жовт|окт|oct)/i, 10], [/^(листоп|ноя|nov)/i, 11], [/^(груд|дек|dec)/i, 12],
];

function monthOf(word: string): number | null {
  for (const [re, m] of MONTH_STEMS) if (re.test(word)) return m;
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number, now: Date): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  // A publication date is never in the future (a day of slack for time zones).
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  if (y < 1990 || day > tomorrow) return null;
  return day;
}

/**
 * The day (YYYY-MM-DD) a metadata value names, as the page states it: the local date part of a
 * timestamp is kept, not converted to UTC, because "2025-11-24T00:30+02:00" was published on the 24th
 * where it was written.
 */
export function dayOf(value: string, now = new Date()): string | null {
  const s = value.trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3], now);
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3], now);
  return dayInText(s, now);
}

/** Finds the first byline-style date inside a short text ("Опубліковано 24 листопада 2025, 19:05"). */
export function dayInText(text: string, now = new Date()): string | null {
  const s = text.slice(0, 300);
  let m = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3], now);
  // Day-first numeric dates, as written in uk/ru/most of Europe: 24.11.2025, 24/11/2025.
  m = /(?:^|[^\d])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/.exec(s);
  if (m) return valid(+m[3], +m[2], +m[1], now);
  // "24 листопада 2025", "15 августа 2016", "24 April 2020"
  m = /(?:^|[^\d])(\d{1,2})\s+([A-Za-zА-Яа-яІіЇїЄєҐґЁё]{3,})\.?,?\s+(\d{4})(?!\d)/.exec(s);
  if (m) {
    const month = monthOf(m[2]);
    if (month) return valid(+m[3], month, +m[1], now);
  }
  // "April 24, 2020", "Apr. 24 2020"
  m = /([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/.exec(s);
  if (m) {
    const month = monthOf(m[1]);
    if (month) return valid(+m[3], month, +m[2], now);
  }
  return null;
}

/** A date embedded in a URL path: /2020/04/24/ or -2020-04-24- (common on news sites). */
export function dayInUrl(url: string, now = new Date()): string | null {
  const m = /[/_-](\d{4})[/_-](\d{2})[/_-](\d{2})(?:[/_.-]|$)/.exec(url);
  return m ? valid(+m[1], +m[2], +m[3], now) : null;
}
