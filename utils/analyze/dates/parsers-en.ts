import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { DateSpan, Lang } from '../types';
import { allMatches } from '../matches';

// English periods chrono does not read: quarters ("the third quarter", "fourth-quarter", "Q3
// 2019"), seasons with a modifier or year ("this summer", "winter of 1998"), "this week", and bare
// years standing before a noun ("the 2000 Olympics", "fiscal 1990"). Quarters and seasons become
// month ranges, weeks day ranges; the eval's TIMEX values for them (1989-Q3, 1998-SU, 1998-W04)
// have no equivalent in the engine's day/month/year precision.

const QUARTER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const SEASON: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11], winter: [12, 2] };

function monthRange(c: ParsingContext, m: RegExpMatchArray, from: number, to: number, year: number | null, tag: string): ParsingResult {
  const r = c.createParsingResult(m.index ?? 0, m[0]);
  r.start = c.createParsingComponents({ month: from });
  r.end = c.createParsingComponents({ month: to });
  // A season or quarter named without a year takes it from the tense, like a bare month.
  const startYear = year !== null ? (from > to ? year - 1 : year) : null;
  if (startYear !== null) {
    r.start.assign('year', startYear);
    r.end.assign('year', year!);
  } else {
    r.start.imply('year', c.refDate.getFullYear());
    r.end.imply('year', c.refDate.getFullYear() + (from > to ? 1 : 0));
  }
  r.start.imply('day', 1);
  r.end.imply('day', 1);
  r.start.addTag(tag);
  return r;
}

function shiftedYear(modifier: string | undefined, c: ParsingContext): number | null {
  const m = (modifier ?? '').toLowerCase();
  if (m === 'this') return c.refDate.getFullYear();
  if (m === 'last' || m === 'past') return c.refDate.getFullYear() - 1;
  if (m === 'next') return c.refDate.getFullYear() + 1;
  return null;
}

const PARSERS: { re: RegExp; build: (c: ParsingContext, m: RegExpMatchArray) => ParsingResult | null }[] = [
  {
    // "the third quarter", "fourth-quarter", "the first quarter of 1990", "1989's second quarter"
    // A fiscal quarter ("the fiscal third quarter") is not reported: its months depend on the
    // company's fiscal year, and a calendar Jul–Sep would place the event in the wrong months.
    re: /\b(fiscal\s+)?(?:(this|last|next|the)\s+(?:year's\s+|fiscal\s+)?)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last(?=[- ]quarter\s+of\s))[- ]quarter\b(?:\s+(?:of\s+)?(?:((?:19|20)\d\d)\b|(this|last|next)\s+year\b))?/i,
    build: (c, m) => {
      const before = c.text.slice(Math.max(0, (m.index ?? 0) - 24), m.index);
      if (m[1] || /\bfiscal\b/i.test(m[0]) || /\bfiscal[\s-]+(?:\w+'s\s+)?$/i.test(before)) return null;
      const q = QUARTER[m[3].toLowerCase()];
      const year = m[4] ? +m[4] : shiftedYear(m[5] ?? (m[2]?.toLowerCase() === 'the' ? undefined : m[2]), c);
      return monthRange(c, m, q * 3 - 2, q * 3, year, 'dossier/quarter');
    },
  },
  {
    // "the current quarter", "this quarter", "the latest quarter", "last quarter": the quarter of
    // publication, or the last one to end before it. Not "the last quarter of 2008" (Q4, above).
    // "The year-ago quarter", "the year-earlier period" (earnings reports): that latest quarter a year before.
    re: /\b(?:the\s+(current|latest|most\s+recent|past|previous|last)\s+quarter|(last|this)\s+quarter|(?:the\s+)?(year-ago|year-earlier)\s+(?:quarter|period))\b(?!\s+of\b|s)/i,
    build: (c, m) => {
      const shift = m[3] ? -5 : /^(?:current|this)$/i.test(m[1] ?? m[2]) ? 0 : -1;
      const index = c.refDate.getFullYear() * 4 + Math.floor(c.refDate.getMonth() / 3) + shift;
      const year = Math.floor(index / 4);
      const q = (index % 4) + 1;
      return monthRange(c, m, q * 3 - 2, q * 3, year, 'dossier/quarter');
    },
  },
  {
    // "the first half", "second-half", "the first half of 1988", "the second half of next year"
    re: /\b(?:(this|last|next|the)\s+)?(first|second)[- ]half\b(?:\s+of\s+(?:((?:19|20)\d\d)\b|(this|last|next)\s+year\b))?/i,
    build: (c, m) => {
      const h = m[2].toLowerCase() === 'first' ? 0 : 6;
      const year = m[3] ? +m[3] : shiftedYear(m[4] ?? (m[1]?.toLowerCase() === 'the' ? undefined : m[1]), c);
      return monthRange(c, m, h + 1, h + 6, year, 'dossier/half');
    },
  },
  {
    // "the year ended Sept. 30", "the quarter ending July 31": a reporting period given by its last
    // month, so its months are known exactly. Only the period words are the span; chrono reads the
    // closing day on its own, so the reader sees both the period and the day it ended. "The six
    // months ended …" is a length of time and is left alone.
    re: /\b(?:in\s+)?(?:the\s+)?(?:fiscal\s+)?(year|quarter)(?=\s+(?:ended|ending|through)\s+(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}\b)?(?:,?\s+((?:19|20)\d\d)\b)?)/i,
    build: (c, m) => {
      const months = m[1].toLowerCase() === 'year' ? 12 : 3;
      const last = MONTHS.indexOf(m[2].toLowerCase().slice(0, 3)) + 1;
      let year = m[3] ? +m[3] : c.refDate.getFullYear();
      // Without a year, the period that ended most recently before publication.
      if (!m[3] && last > c.refDate.getMonth() + 1) year -= 1;
      const first = ((last - months + 12) % 12) + 1;
      const r = monthRange(c, m, first, last, year, 'dossier/period-ended');
      if (first > last) r.start.assign('year', year - 1);
      return r;
    },
  },
  {
    // "last week", "next week": Monday to Sunday of that week, not the day seven days away.
    re: /\b(last|next|past)\s+week\b(?!s|\s+of\b)/i,
    build: (c, m) => weekRange(c, m, m[1].toLowerCase() === 'next' ? 7 : -7),
  },
  {
    // "Q3 2019", "Q1"
    re: /\bQ([1-4])(?:\s+((?:19|20)\d\d))?\b/,
    build: (c, m) => monthRange(c, m, +m[1] * 3 - 2, +m[1] * 3, m[2] ? +m[2] : null, 'dossier/quarter'),
  },
  {
    // "this summer", "last winter", "the summer of 1998", "spring 2020"; "winter 2012-13" is the
    // winter that ends in 2013.
    re: /\b(?:(this|last|next|past)\s+(spring|summer|fall|autumn|winter)|(?:the\s+)?(spring|summer|fall|autumn|winter)\s+(?:of\s+)?((?:19|20)\d\d)(?:[-–/](\d\d)(?![\d-]))?)\b/i,
    build: (c, m) => {
      const name = (m[2] ?? m[3]).toLowerCase();
      const [from, to] = SEASON[name];
      const next = m[5] && (+m[4] + 1) % 100 === +m[5] ? +m[4] + 1 : null;
      if (m[5] && (next === null || name !== 'winter')) return null;
      const year = next ?? (m[4] ? +m[4] : shiftedYear(m[1], c));
      return monthRange(c, m, from, to, year, 'dossier/season');
    },
  },
  {
    // "well into the summer", "the early summer": a season the tense places, like a bare month.
    // Lower case only ("the Winter Olympics" is a name), and not "the fall" (a drop, mostly).
    re: /\bthe\s+(?:(?:early|late|mid)[- ])?(spring|summer|winter|autumn)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)/,
    build: (c, m) => {
      const [from, to] = SEASON[m[1]];
      return monthRange(c, m, from, to, null, 'dossier/season');
    },
  },
  {
    // "the last week of March", "the first week of April 2009": an ISO week, the one whose
    // Thursday falls in that month. Without a year, the publication year (weekdays differ by year,
    // so the tense cannot move it afterwards the way it moves a bare month).
    re: /\bthe\s+(first|second|third|fourth|last|final)\s+week\s+of\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+((?:19|20)\d\d))?\b/i,
    build: (c, m) => {
      const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
      const year = m[3] ? +m[3] : c.refDate.getFullYear();
      const n = ['first', 'second', 'third', 'fourth'].indexOf(m[1].toLowerCase());
      const days = new Date(year, month, 0).getDate();
      const firstThursday = 1 + ((4 - new Date(year, month - 1, 1).getDay() + 7) % 7);
      const thursday = n >= 0 ? firstThursday + 7 * n : firstThursday + 7 * Math.floor((days - firstThursday) / 7);
      if (thursday > days) return null;
      const monday = new Date(year, month - 1, thursday - 3, 12);
      return weekOf(c, m, monday);
    },
  },
  {
    // "a decade ago", "two decades ago", "a century ago": the year that far back (chrono counts
    // days to years only).
    re: /\b(a|one|two|three|four|five|several)\s+(decade|centur)(?:y|ies|s)?\s+ago\b/i,
    build: (c, m) => {
      const n = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 }[m[1].toLowerCase()];
      if (!n) return null;
      return yearRange(c, m, c.refDate.getFullYear() - n * (m[2].toLowerCase() === 'decade' ? 10 : 100), null, 'dossier/year');
    },
  },
  {
    // "this week": Monday to Sunday of the publication week.
    re: /\bthis\s+week\b/i,
    build: (c, m) => weekRange(c, m, 0),
  },
  {
    // "the 1990s", "the late 1980s", "the '90s", "the nineties": a decade as a year range.
    re: /\bthe\s+(?:(?:early|mid|late)[- ])?(?:((?:18|19|20)\d0)'?s|'(\d0)s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/i,
    build: (c, m) => {
      const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
      const y = m[1] ? +m[1] : m[2] ? 1900 + +m[2] : 1920 + words.indexOf(m[3].toLowerCase()) * 10;
      return yearRange(c, m, y, y + 9, 'dossier/decade');
    },
  },
  {
    // "the 21st century", "the nineteenth century"
    re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/i,
    build: (c, m) => (+m[1] >= 1 && +m[1] <= 30 ? yearRange(c, m, (+m[1] - 1) * 100 + 1, +m[1] * 100, 'dossier/century') : null),
  },
  {
    // "by the end of the year", "the beginning of this year", "the end of last year": that year
    // (TIMEX3 dates the part of a year by the year).
    re: /\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+(the|this|last|next)\s+year\b/i,
    build: (c, m) => yearRange(c, m, shiftedYear(m[1].toLowerCase() === 'the' ? 'this' : m[1], c)!, null, 'dossier/year'),
  },
  {
    // "held elections last May", "this past January", "next March", "this September": the nearest such month before (or
    // after) the publication month, or the one of its year. chrono dropped "last May" (it reads
    // "May" only after a preposition, for the verb) and put "last March" in a March paper's own
    // month. Capitalised months only ("march" is a verb); a day after the month is chrono's.
    re: /(?<!\bthe\s)\b([Ll]ast|[Nn]ext|[Tt]his(?:\s+past)?|[Pp]ast)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]+\d|['’-])/,
    build: (c, m) => {
      const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
      const now = c.refDate.getMonth() + 1;
      const which = m[1].toLowerCase().replace(/^this\s+past$/, 'last');
      const year = c.refDate.getFullYear() + (which === 'next' ? (month > now ? 0 : 1) : which === 'this' ? 0 : month < now ? 0 : -1);
      const r = c.createParsingResult(m.index ?? 0, m[0]);
      r.start = c.createParsingComponents({ year, month });
      r.start.imply('day', 1);
      return r;
    },
  },
  {
    // "at the start of the month", "the beginning of next month": that month (chrono reads only
    // "the end of the month", and none of the others). Not "the rest of the month": a length of time.
    re: /\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(the|this|last|next)\s+month\b/i,
    build: (c, m) => {
      const shift = { the: 0, this: 0, last: -1, next: 1 }[m[1].toLowerCase()] ?? 0;
      const at = new Date(c.refDate.getFullYear(), c.refDate.getMonth() + shift, 1, 12);
      const r = c.createParsingResult(m.index ?? 0, m[0]);
      r.start = c.createParsingComponents({ year: at.getFullYear(), month: at.getMonth() + 1 });
      r.start.imply('day', 1);
      return r;
    },
  },
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function weekRange(c: ParsingContext, m: RegExpMatchArray, shiftDays: number): ParsingResult {
  const ref = c.refDate;
  // A Sunday paper's "last week" is the Monday to Saturday just gone (its "next week" starts tomorrow).
  const shift = ref.getDay() === 0 && shiftDays < 0 ? 0 : shiftDays;
  return weekOf(c, m, new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - ((ref.getDay() + 6) % 7) + shift, 12));
}

/** The week (Monday to Sunday) starting on `monday`, as a match of `m`, tagged a week. */
export function weekOf(c: ParsingContext, m: RegExpMatchArray, monday: Date): ParsingResult {
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6, 12);
  const r = c.createParsingResult(m.index ?? 0, m[0]);
  r.start = c.createParsingComponents({ year: monday.getFullYear(), month: monday.getMonth() + 1, day: monday.getDate() });
  r.end = c.createParsingComponents({ year: sunday.getFullYear(), month: sunday.getMonth() + 1, day: sunday.getDate() });
  r.start.addTag('dossier/week');
  return r;
}

function yearRange(c: ParsingContext, m: RegExpMatchArray, from: number, to: number | null, tag: string): ParsingResult {
  const r = c.createParsingResult(m.index ?? 0, m[0]);
  r.start = c.createParsingComponents({ year: from });
  r.start.imply('month', 1);
  r.start.imply('day', 1);
  r.start.addTag(tag);
  if (to !== null) {
    r.end = c.createParsingComponents({ year: to });
    r.end.imply('month', 12);
    r.end.imply('day', 1);
    r.end.addTag(tag);
  }
  return r;
}

/** English period parsers (none for uk/ru: see parsers-period.ts). */
export function englishPeriodParsers(lang: Lang): Parser[] {
  if (lang !== 'en') return [];
  return PARSERS.map(({ re, build }) => ({
    pattern: () => re,
    extract: (context: ParsingContext, match: RegExpMatchArray) => build(context, match),
  }));
}

// Not before a decimal or thousands mark ("1990-91,000"), but a comma or stop closing the phrase
// ends it: "In 2011-12, exports rose" (the range was missed there).
const YEAR_RANGE = /(?<![\w$£€.,/:-])((?:19|20)\d\d)(?:[-–]((?:19|20)\d\d)|[-–/](\d\d))(?![\w%/:-]|[.,]\d)/g;
const BARE_YEAR = /(?:(?<![\w$£€.,/:-])|(?<=\b(?:mid|early|late)-))((?:19|20)\d\d)(?![\w%/:-]|[.,]\d|\s*(?:percent|per\s+cent))/g;

/**
 * "the 2000 Olympics", "fiscal 1990", "[2009]-2010", "mid-2007": a year standing alone, which chrono drops as a
 * bare number. Read after chrono, outside its spans; round hundreds before a plural noun ("2000
 * tickets") and years far past the publication year are counts.
 */
export function bareYears(text: string, found: DateSpan[], refYear: number): DateSpan[] {
  const out: DateSpan[] = [];
  // "the 2009-2010 season", "the 2012-13 season", "in 1990-91": both years, as one range (a
  // short end only for the next year, as seasons and fiscal years are written).
  for (const m of allMatches(YEAR_RANGE, text)) {
    const a = +m[1];
    const b = m[2] ? +m[2] : a + 1;
    if (m[3] && b % 100 !== +m[3]) continue;
    if (a >= b || a < 1900 || b > refYear + 15) continue;
    const end = m.index + m[0].length;
    const inner = found.find((f) => m.index < f.end && f.start < end);
    // chrono read "in 2012" of "in 2012–13, especially …" and stopped at the dash: the range is
    // that reading's end.
    if (inner?.precision === 'year' && inner.value === m[1] && !inner.endValue && inner.end === m.index + 4) {
      Object.assign(inner, { end, text: text.slice(inner.start, end), endValue: String(b) });
    }
    if (inner) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, value: String(a), precision: 'year', endValue: String(b) });
  }
  for (const m of allMatches(BARE_YEAR, text)) {
    if (out.some((o) => m.index >= o.start && m.index < o.end)) continue;
    const y = +m[1];
    const start = m.index;
    const end = start + m[0].length;
    if (y < 1900 || y > refYear + 15) continue;
    if (found.some((f) => start < f.end && f.start < end)) continue;
    const after = text.slice(end, end + 40);
    if (y % 100 === 0 && /^\s+[a-z]+s\b/.test(after)) continue;
    if (/^\s+(?:people|persons|votes|points|shares|troops|soldiers|jobs|units|cases|miles|km|feet|tons|acres|members|employees|workers)\b/i.test(after)) continue;
    out.push({ text: m[0], start, end, value: String(y), precision: 'year' });
  }
  return out;
}
