import * as chrono from 'chrono-node';
import type { Chrono, ParsedComponents, ParsedResult, Parser } from 'chrono-node';
import { withPlainLetters } from '../letters';
import { segmentSentences } from '../segment';
import type { DatePrecision, DateSpan, Lang, Span } from '../types';
import { yearParsers } from './parsers';
import { monthYearParsers } from './parsers-month-year';
import { ordinalDayParsers } from './parsers-ordinal';
import { bareYears, englishPeriodParsers } from './parsers-en';
import { earningsParsers } from './parsers-earnings';
import { withinParsers } from './parsers-en-within';
import { holidayParsers } from './parsers-holidays';
import { periodParsers } from './parsers-period';
import { referenceDates } from './refs-en';
import { quantityRefiner, relativeYearRefiner, trimRefiner } from './refine';
import { loneMonthRefiner } from './refine-month';
import { englishRefiner, sharedYearRefiner } from './refine-en';
import { formatDate, parseYmd, pickWeekday, pickYear, precisionOf, type Ymd } from './resolve';
import { tenseAround, type Tense } from './tense';
import { isoWeek, timexOf } from './timex';
import { alignYearEarlier } from './year-earlier';
import { anaphoricDates } from './anaphora-en';
import { dateBearingStretches } from './date-bearing';
import { withCheapPatterns, withFixedPatternBetween } from './cheap-parsers';

export { dateGateStats, prepareDateGates, withCheapPatterns } from './cheap-parsers';

const BASE: Record<Lang, Chrono> = { uk: chrono.uk.casual, ru: chrono.ru.casual, en: chrono.en.casual };
const configured = new Map<Lang, Chrono>();

/** chrono's parsers (`base`) and ours, in the order they run. */
export function dateParsers(lang: Lang, base: Parser[] = BASE[lang].parsers): Parser[] {
  // Ours first, so an equal-length chrono reading ("this week" as a bare clock) does not win.
  return [
    ...englishPeriodParsers(lang),
    ...earningsParsers(lang),
    ...withinParsers(lang),
    ...periodParsers(lang),
    ...base,
    ...yearParsers(lang),
    ...ordinalDayParsers(lang),
    ...monthYearParsers(lang),
    ...holidayParsers(lang),
  ];
}

/** chrono's casual parser for `lang`, extended with year phrases and count filtering. */
function chronoFor(lang: Lang): Chrono {
  let c = configured.get(lang);
  if (!c) {
    c = BASE[lang].clone();
    c.parsers = dateParsers(lang, c.parsers).map(withCheapPatterns);
    c.refiners = c.refiners.map(withFixedPatternBetween);
    c.refiners.push(quantityRefiner, ...(lang === 'en' ? [englishRefiner, sharedYearRefiner] : []), trimRefiner, loneMonthRefiner, relativeYearRefiner);
    configured.set(lang, c);
  }
  return c;
}

function ymdOf(c: ParsedComponents): Ymd {
  return { year: c.get('year') ?? 0, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
}

/** Whether chrono guessed the year itself (a month name with no year), so tense must choose it. */
function yearIsGuessed(c: ParsedComponents): boolean {
  return !c.isCertain('year') && (c.isCertain('month') || c.isCertain('day'));
}

const WEEK_MODIFIER = /(наступн|минул|попередн|цього|цієї|цей|ця|следующ|прошл|этот|эту|этого|след|next|last|this|past)/iu;

interface Resolved {
  ymd: Ymd;
  precision: DatePrecision;
}

function resolveComponents(c: ParsedComponents, ref: Ymd, tense: Tense, hasWeekModifier = false): Resolved {
  const precision = precisionOf(c);
  const ymd = ymdOf(c);
  // A bare weekday takes its week from the tense; "наступного вівторка", "в прошлый вторник" already
  // say which week, and chrono has resolved them.
  if (c.isCertain('weekday') && !c.isCertain('day') && !hasWeekModifier) {
    return { ymd: pickWeekday(c.get('weekday') ?? 0, ref, tense), precision: 'day' };
  }
  if (yearIsGuessed(c)) ymd.year = pickYear(ymd, ref, precision, tense);
  return { ymd, precision };
}

function sentenceAt(sentences: Span[], index: number): Span | undefined {
  return sentences.find((s) => index >= s.start && index < s.end);
}

/** The line of `sentence` holding `index`: a headline's tense is its own, not the next line's. */
function lineOf(sentence: Span | undefined, index: number): Span | undefined {
  if (!sentence || !sentence.text.includes('\n')) return sentence;
  const at = index - sentence.start;
  const from = sentence.text.lastIndexOf('\n', at - 1) + 1;
  const to = sentence.text.indexOf('\n', at);
  const text = sentence.text.slice(from, to < 0 ? undefined : to);
  return { text, start: sentence.start + from, end: sentence.start + from + text.length };
}

function toDateSpan(r: ParsedResult, text: string, sentences: Span[], ref: Ymd, lang: Lang): DateSpan {
  const start = r.index;
  const end = r.index + r.text.length;
  const sentence = lineOf(sentenceAt(sentences, start), start);
  const tense = sentence ? tenseAround(sentence.text, start - sentence.start, end - sentence.start, lang) : null;
  const from = resolveComponents(r.start, ref, tense, WEEK_MODIFIER.test(r.text));
  // "December to February 2009": a range written once with its year starts in that year (or the
  // one before), whatever the tense would pick for the start alone.
  if (r.end && yearIsGuessed(r.start) && r.end.isCertain('year') && r.start.isCertain('month')) {
    const endYear = r.end.get('year')!;
    from.ymd.year = from.ymd.month * 100 + from.ymd.day > (r.end.get('month') ?? 12) * 100 + (r.end.get('day') ?? 31) ? endYear - 1 : endYear;
  }
  const span: DateSpan = {
    text: text.slice(start, end),
    start,
    end,
    value: formatDate(from.ymd, from.precision),
    precision: from.precision,
  };
  // "over the weekend": TIMEX3 names it by its ISO week ("2013-W11-WE").
  if (lang === 'en' && from.precision === 'day' && /\bweekend\b/i.test(r.text)) span.timex = `${isoWeek(from.ymd)}-WE`;
  if (r.end) {
    const to = resolveComponents(r.end, ref, tense);
    // A range written once with its month ("з 1 по 5 травня") shares the start's year.
    if (yearIsGuessed(r.end)) {
      to.ymd.year = from.ymd.year;
      const before = to.ymd.month * 100 + to.ymd.day < from.ymd.month * 100 + from.ymd.day;
      if (before) to.ymd.year += 1;
    }
    const endValue = formatDate(to.ymd, to.precision);
    if (endValue !== span.value) span.endValue = endValue;
    const timex = timexOf(r.start, from.ymd, { c: r.end, ymd: to.ymd });
    if (timex) span.timex = timex;
  } else {
    const timex = timexOf(r.start, from.ymd);
    if (timex) span.timex = timex;
  }
  return span;
}

/**
 * Finds dates in `text` and resolves them against the publication day `published` (YYYY-MM-DD),
 * not against today: the article's "вчора" is the day before it appeared. chrono reads only the
 * sentences that can hold a date (date-bearing.ts); `everySentence` makes it read them all (tests
 * compare the two).
 */
export function findDates(text: string, published: string, lang: Lang, opts: { everySentence?: boolean } = {}): DateSpan[] {
  const ref = parseYmd(published);
  // Noon local time keeps chrono's arithmetic on the same calendar day in any time zone.
  const refDate = new Date(ref.year, ref.month - 1, ref.day, 12);
  const sentences = segmentSentences(text);
  const parse = (l: Lang) => parseDateBearing(chronoFor(l), maskCompounds(text, l), sentences, refDate, opts.everySentence);
  const found = parse(lang)
    .map((r) => toDateSpan(r, text, sentences, ref, lang))
    .filter((d) => d.end > d.start);
  if (lang === 'en') {
    const years = bareYears(text, found, ref.year);
    const refs = referenceDates(text, [...found, ...years], ref);
    const extra = [...years, ...refs];
    const all = extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
    return alignYearEarlier(anaphoricDates(text, all, sentences, ref), sentences);
  }
  const other = OTHER_CYRILLIC[lang];
  // A page guessed wrong, or a Russian quotation in a Ukrainian article: the other language's
  // month words still make dates. Checked first with one cheap regex, so most pages pay nothing.
  if (!other || !MONTH_WORDS[other].test(text)) return found;
  const extra = parse(other)
    .map((r) => toDateSpan(r, text, sentences, ref, other))
    .filter((d) => d.end > d.start && !found.some((f) => d.start < f.end && f.start < d.end));
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}

/** chrono's readings of the date-bearing sentences of `text` (date-bearing.ts), at their offsets in `text`. */
function parseDateBearing(c: Chrono, text: string, sentences: Span[], refDate: Date, everySentence = false): ParsedResult[] {
  if (everySentence) return parseLines(c, text, refDate);
  const stretches = dateBearingStretches(text, sentences);
  return parseLines(c, stretches.text, refDate).map((r) => Object.assign(r, { index: stretches.map(r.index) }));
}

/**
 * chrono's readings, none across a line break: a headline ending "until Friday" over a dateline
 * "September 18, 2008" is two dates, not one. A reading that spans lines is read again line by line.
 */
function parseLines(c: Chrono, text: string, refDate: Date): ParsedResult[] {
  return c.parse(text, refDate).flatMap((r) => {
    if (!r.text.trim().includes('\n')) return [r];
    const out: ParsedResult[] = [];
    let at = r.index;
    for (const line of r.text.split('\n')) {
      for (const p of c.parse(line, refDate)) out.push(Object.assign(p, { index: p.index + at }));
      at += line.length + 1;
    }
    return out;
  });
}

// "24-годинний страйк", "78-річного", "5-денний": a number glued to an adjective by a hyphen is no
// day, yet chrono's uk/ru locales read it as a clock hour next to "сьогодні" or a weekday and then
// drop the whole reading — "сьогодні" with it. Its digits are hidden from chrono (same length, so
// offsets hold); ordinal endings ("18-го", "90-х", "2016-го") are dates and stay.
const COMPOUND_NUMBER = withPlainLetters(/(?<![\p{L}\d])\d+(?=-(?!(?:го|ого|его|му|ому|ему|м|ом|й|ий|ій|я|е|є|ї|х|ті|ть|ми|ма|ое|ее|те|ге|ша|ше|ої|ої)(?![\p{L}]))\p{L}{3,})/gu);

const APOSTROPHE_IN_WORD = withPlainLetters(/(?<=\p{L})[’ʼ](?=\p{L})/gu);

function maskCompounds(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  // chrono's uk patterns spell "п'ятниця" with the ASCII apostrophe only; news types ’ or ʼ.
  const plain = /[’ʼ]/.test(text) ? text.replace(APOSTROPHE_IN_WORD, "'") : text;
  return plain.includes('-') ? plain.replace(COMPOUND_NUMBER, (d) => '#'.repeat(d.length)) : plain;
}

const OTHER_CYRILLIC: Partial<Record<Lang, Lang>> = { uk: 'ru', ru: 'uk' };
const MONTH_WORDS: Record<Lang, RegExp> = {
  uk: withPlainLetters(/(?<!\p{L})(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)(?:ень|ня|ні|ий|ого|а|і)?(?!\p{L})/iu),
  ru: withPlainLetters(/(?<!\p{L})(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:ь|я|е|й|а)?(?!\p{L})/iu),
  en: /$^/,
};
