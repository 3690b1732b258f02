import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { Lang } from '../types';

// Named days English news dates events by ("home for Christmas", "by Easter", "on Thanksgiving"),
// which chrono does not know. Fixed days take their year from the tense, like a month and day
// written without a year; Easter and Thanksgiving move, so they are the publication year's.
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
];

/** Gregorian Easter Sunday (the anonymous computus). */
export function easter(year: number): [number, number] {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  return [Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1];
}

/** The fourth Thursday of November (US Thanksgiving). */
function thanksgiving(year: number): [number, number] {
  const first = new Date(year, 10, 1).getDay();
  return [11, 1 + ((4 - first + 7) % 7) + 21];
}

// Capitalised only: "christmas" in lower case is rare in news and "easter" alone is a direction.
const PATTERN = /\b(?:Christmas\s+Eve|Christmas(?:\s+Day)?|Boxing\s+Day|New\s+Year['’]?s(?:\s+(?:Eve|Day))?|Valentine['’]?s\s+Day|Halloween|Veterans\s+Day|Easter(?:\s+Sunday)?|Thanksgiving(?:\s+Day)?)(?:\s+((?:19|20)\d\d))?\b/;

function build(c: ParsingContext, m: RegExpMatchArray): ParsingResult | null {
  const name = m[0].replace(/\s+(?:19|20)\d\d$/, '').replace(/[’]/g, "'");
  const year = m[1] ? +m[1] : c.refDate.getFullYear();
  let md: [number, number] | null = null;
  if (/^easter/i.test(name)) md = easter(year);
  else if (/^thanksgiving/i.test(name)) md = thanksgiving(year);
  else {
    const fixed = FIXED.find(([re]) => re.test(name));
    if (fixed) md = [fixed[1], fixed[2]];
  }
  if (!md) return null;
  // "Christmas tree", "Easter egg", "Halloween costume": the name before a noun is no day.
  if (!m[1] && /^\s+(?:tree|trees|egg|eggs|card|cards|costume|costumes|party|parties|lights|shopping|present|presents|Island|Rising|Uprising)\b/.test(c.text.slice((m.index ?? 0) + m[0].length))) return null;
  const r = c.createParsingResult(m.index ?? 0, m[0]);
  r.start = c.createParsingComponents({ month: md[0], day: md[1] });
  // Movable feasts are computed for a year, so that year is kept; fixed days follow the tense.
  if (m[1] || /^(?:easter|thanksgiving)/i.test(name)) r.start.assign('year', year);
  else r.start.imply('year', year);
  return r;
}

/** English holiday parsers (none for uk/ru). */
export function holidayParsers(lang: Lang): Parser[] {
  if (lang !== 'en') return [];
  return [{ pattern: () => new RegExp(PATTERN.source, PATTERN.flags), extract: (c: ParsingContext, m: RegExpMatchArray) => build(c, m) }];
}
