import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { Lang } from '../types';

// Named days English news dates events by ("home for Christmas", "by Easter", "on Thanksgiving"),
// which chrono does not know (it read "Good Friday" as the nearest Friday). Fixed days take their
// year from the tense, like a month and day written without a year; days that move are computed
// for the publication year.
// "Independence Day" is left out: every country has its own.

const FIXED: [RegExp, number, number][] = [
  [/^christmas\s+eve$/i, 12, 24],
  [/^christmas(?:\s+day)?$/i, 12, 25],
  [/^boxing\s+day$/i, 12, 26],
  [/^new\s+year'?s\s+eve$/i, 12, 31],
  [/^new\s+year'?s(?:\s+day)?$/i, 1, 1],
  [/^valentine'?s\s+day$/i, 2, 14],
  [/^halloween$/i, 10, 31],
  [/^veterans\s+day$/i, 11, 11],
  [/^st\.?\s+patrick's\s+day$/i, 3, 17],
];

/** Gregorian Easter Sunday (the anonymous computus). */
export function easter(year: number): [number, number] {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  return [Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1];
}

/** The `n`th `weekday` (0 = Sunday) of `month` in `year`; `n` = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): [number, number] {
  if (n < 0) {
    const last = new Date(year, month, 0);
    return [month, last.getDate() - ((last.getDay() - weekday + 7) % 7)];
  }
  const first = new Date(year, month - 1, 1).getDay();
  return [month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1)];
}

/** The day `offset` days from Easter Sunday of `year`. */
function fromEaster(year: number, offset: number): [number, number] {
  const [m, d] = easter(year);
  const day = new Date(year, m - 1, d + offset, 12);
  return [day.getMonth() + 1, day.getDate()];
}

// Days that move: the Easter cycle, and the US holidays named by a weekday of their month
// ("Mother's Day" is the second Sunday of May in the US and most countries; "Labor Day", so
// spelt, the US one — "Labour Day" is 1 May in most of the world and is left out).
const MOVABLE: [RegExp, (year: number) => [number, number]][] = [
  [/^easter(?:\s+sunday)?$/i, (y) => easter(y)],
  [/^easter\s+monday$/i, (y) => fromEaster(y, 1)],
  [/^good\s+friday$/i, (y) => fromEaster(y, -2)],
  [/^(?:maundy|holy)\s+thursday$/i, (y) => fromEaster(y, -3)],
  [/^palm\s+sunday$/i, (y) => fromEaster(y, -7)],
  [/^ash\s+wednesday$/i, (y) => fromEaster(y, -46)],
  [/^thanksgiving/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/^mother's\s+day$/i, (y) => nthWeekday(y, 5, 0, 2)],
  [/^father's\s+day$/i, (y) => nthWeekday(y, 6, 0, 3)],
  [/^memorial\s+day$/i, (y) => nthWeekday(y, 5, 1, -1)],
  [/^labor\s+day$/i, (y) => nthWeekday(y, 9, 1, 1)],
  // The US federal Election Day: the Tuesday after the first Monday of November. Capitalised, as
  // the PATTERN requires; other countries' "election day" is written in lower case and not read.
  [/^election\s+day$/i, (y) => { const [m, d] = nthWeekday(y, 11, 1, 1); return [m, d + 1]; }],
];

// Capitalised only: "christmas" in lower case is rare in news and "easter" alone is a direction.
const PATTERN =
  /\b(?:Christmas\s+Eve|Christmas(?:\s+Day)?|Boxing\s+Day|New\s+Year['’]?s(?:\s+(?:Eve|Day))?|Valentine['’]?s\s+Day|Halloween|Veterans\s+Day|St\.?\s+Patrick['’]s\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|(?:Maundy|Holy)\s+Thursday|Palm\s+Sunday|Ash\s+Wednesday|Thanksgiving(?:\s+Day)?|Mother['’]s\s+Day|Father['’]s\s+Day|Memorial\s+Day|Labor\s+Day|Election\s+Day)(?:\s+((?:19|20)\d\d))?\b/;

function build(c: ParsingContext, m: RegExpMatchArray): ParsingResult | null {
  const name = m[0].replace(/\s+(?:19|20)\d\d$/, '').replace(/[’]/g, "'");
  const year = m[1] ? +m[1] : c.refDate.getFullYear();
  const movable = MOVABLE.find(([re]) => re.test(name));
  const fixed = FIXED.find(([re]) => re.test(name));
  const md: [number, number] | null = movable ? movable[1](year) : fixed ? [fixed[1], fixed[2]] : null;
  if (!md) return null;
  // "Christmas tree", "Easter egg", "Halloween costume": the name before a noun is no day.
  if (!m[1] && /^\s+(?:tree|trees|egg|eggs|card|cards|costume|costumes|party|parties|lights|shopping|present|presents|Island|Rising|Uprising)\b/.test(c.text.slice((m.index ?? 0) + m[0].length))) return null;
  const r = c.createParsingResult(m.index ?? 0, m[0]);
  r.start = c.createParsingComponents({ month: md[0], day: md[1] });
  // Movable feasts are computed for a year, so that year is kept; fixed days follow the tense.
  if (m[1] || movable) r.start.assign('year', year);
  else r.start.imply('year', year);
  return r;
}

/** English holiday parsers (none for uk/ru). */
export function holidayParsers(lang: Lang): Parser[] {
  if (lang !== 'en') return [];
  return [{ pattern: () => PATTERN, extract: (c: ParsingContext, m: RegExpMatchArray) => build(c, m) }];
}
