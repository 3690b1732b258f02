import type { DatePrecision, DateSpan, Span } from '../types';
import { formatDate, type Ymd } from './resolve';
import { isoWeek } from './timex';
import { allMatches } from '../matches';

// English dates counted from another date of the text, not from the publication day (TIMEX3 gives
// them the anchor's value moved by the unit): "arrested on Tuesday and released the next day",
// "won the title in 2010 and again the following year", "charged the same day", "on that day",
// "the day before", "joined in 2009; two years later he left". chrono reads the ones it knows from
// the publication day ("the next day" = tomorrow) and misses the rest. The anchor is the nearest
// date before, in the same sentence or the one before it (news narrates in short sentences), fine
// enough for the unit: a day for "the next day", any year for "the following year".

type Unit = 'day' | 'week' | 'month' | 'year';

// "the following year", "the same day", "that week", "the day before". Not after a preposition of
// extent ("over the next week", "for the following year"): that is a length of time. "that day"
// only after a preposition or a clause break: "said that day traders sold" is no date.
const NEW = new RegExp(
  String.raw`\bthe\s+(?:following|next|previous|prior|preceding|same)\s+(?:day|week|month|year)\b` +
    String.raw`|(?<=\b(?:on|in|of|during|by|until|since|later|earlier|from|at|throughout|before|after)\s+|[,;:]\s*|^\s*|\n\s*|[.!?]\s+)that\s+(?:day|week|month|year)\b` +
    // "the day before." but not "the day before the vote" / "the day after Easter": there the
    // anchor is what follows, which this does not read.
    String.raw`|\bthe\s+(?:day|week|month|year)\s+(?:before|after)(?=\s*(?:[.,;:!?)"”—–]|$))`,
  'gi',
);
// Not "the same month a year ago" (year-earlier.ts dates that phrase whole), not a compound with a
// hyphen ("that year-end"), not "the same day as local elections" (Reuters, 2024-03-14): its day is
// the one of what follows, and the date before it ("said on Thursday") is another day.
const NOT_AFTER = /^(?:-|\s+as\b|\s+(?:a|one)\s+year\s+(?:ago|earlier|before)|\s+last\s+year|\s+(?:traders?|care|trips?|jobs?|ones?)\b)/i;

// "over the next week", "for the following year", "in the next year": a length of time.
const EXTENT = /\b(?:over|during|within|for|throughout)\s+(?:the\s+)?$/i;

const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

interface Shape {
  unit: Unit;
  shift: number;
  /** "the same day", "that year": no reading without an anchor. */
  needsAnchor: boolean;
  /** "a year earlier" is dated by year-earlier.ts and TimeBank's earnings convention: same sentence only. */
  sentenceOnly: boolean;
}

function shapeOf(phrase: string): Shape | null {
  const t = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^the (following|next|previous|prior|preceding|same) (day|week|month|year)$/.exec(t);
  if (m) {
    const shift = m[1] === 'same' ? 0 : /^(?:following|next)$/.test(m[1]) ? 1 : -1;
    return { unit: m[2] as Unit, shift, needsAnchor: shift === 0, sentenceOnly: false };
  }
  if ((m = /^that (day|week|month|year)$/.exec(t))) return { unit: m[1] as Unit, shift: 0, needsAnchor: true, sentenceOnly: false };
  if ((m = /^the (day|week|month|year) (before|after)$/.exec(t))) return { unit: m[1] as Unit, shift: m[2] === 'after' ? 1 : -1, needsAnchor: false, sentenceOnly: false };
  // "demanded in early February that Syrian forces withdraw by the end of the month": the month its
  // sentence named, when it named one; otherwise the publication's (parsers-en.ts).
  if ((m = /^(?:the )?(?:end|beginning|start|middle) of the month$/.exec(t))) return { unit: 'month', shift: 0, needsAnchor: false, sentenceOnly: true };
  if ((m = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|week|month|year)s? (later|earlier)$/.exec(t))) {
    const n = COUNT[m[1]] ?? Number(m[1]);
    return { unit: m[2] as Unit, shift: m[3] === 'later' ? n : -n, needsAnchor: false, sentenceOnly: n === 1 && m[2] === 'year' && m[3] === 'earlier' };
  }
  return null;
}

const FINEST: Record<Unit, DatePrecision[]> = { day: ['day'], week: ['day'], month: ['day', 'month'], year: ['day', 'month', 'year'] };

/** Whether `p` is a date that can anchor `unit`: a point in time, not a relative word or a range of years. */
function anchors(p: DateSpan, unit: Unit): boolean {
  if (p.timex && /_REF$/.test(p.timex)) return false;
  if (!FINEST[unit].includes(p.precision)) return false;
  // A week, quarter or season anchors only a year; a day range ("Sept. 14 to Thursday") none.
  if ((p.endValue || p.timex) && unit !== 'year') return false;
  return /^\d{4}(?:-\d\d){0,2}$/.test(p.value) && !(unit === 'year' && p.endValue && p.precision === 'year');
}

function moved(anchor: DateSpan, shape: Shape): Pick<DateSpan, 'value' | 'precision' | 'endValue' | 'timex'> {
  const [y, mo, d] = anchor.value.split('-').map(Number);
  const at: Ymd = { year: y, month: mo ?? 1, day: d ?? 1 };
  const { unit, shift } = shape;
  if (unit === 'year') return { value: String(at.year + shift), precision: 'year' };
  if (unit === 'month') {
    const date = new Date(Date.UTC(at.year, at.month - 1 + shift, 1));
    return { value: formatDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: 1 }, 'month'), precision: 'month' };
  }
  const day = new Date(Date.UTC(at.year, at.month - 1, at.day + (unit === 'week' ? 7 * shift : shift)));
  const ymd = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
  if (unit === 'day') return { value: formatDate(ymd, 'day'), precision: 'day' };
  const monday = new Date(day);
  monday.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  const ymdOf = (x: Date) => ({ year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() });
  return { value: formatDate(ymdOf(monday), 'day'), precision: 'day', endValue: formatDate(ymdOf(sunday), 'day'), timex: isoWeek(ymd) };
}

/** The publication day as a date span, for a phrase with no anchor in its text. */
function published(ref: Ymd): DateSpan {
  return { text: '', start: 0, end: 0, value: formatDate(ref, 'day'), precision: 'day' };
}

/**
 * Adds the anaphoric dates chrono misses to `dates` (sorted, all found so far) and re-dates those
 * it read from the publication day against their anchor in the text.
 */
export function anaphoricDates(text: string, dates: DateSpan[], sentences: Span[], ref: Ymd): DateSpan[] {
  const added: DateSpan[] = [];
  for (const m of allMatches(NEW, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_AFTER.test(text.slice(end, end + 24)) || dates.some((f) => start < f.end && f.start < end)) continue;
    added.push({ text: m[0], start, end, value: '', precision: 'day' });
  }
  const all = added.length ? [...dates, ...added].sort((a, b) => a.start - b.start) : dates;
  const out: DateSpan[] = [];
  for (const d of all) {
    const lead = text.slice(Math.max(0, d.start - 24), d.start);
    // chrono's span of "the next day" is "next day"; without "the", "next week" is the publication's.
    const phrase = /\bthe\s+$/i.test(lead) && !/^the\b/i.test(d.text) ? `the ${d.text}` : d.text;
    const shape = shapeOf(phrase);
    const tail = text.slice(d.end, d.end + 2);
    if (!shape || EXTENT.test(lead) || (/\b(?:before|after)$/i.test(phrase) && /^\s*[\p{L}\d]/u.test(tail)) || (/^(?:the\s+)?next\b/i.test(phrase) && /\bin\s+(?:the\s+)?$/i.test(lead))) {
      if (d.value !== '') out.push(d);
      continue;
    }
    const here = sentences.findIndex((s) => d.start >= s.start && d.start < s.end);
    const from = here < 0 ? d.start : sentences[shape.sentenceOnly ? here : Math.max(0, here - 1)].start;
    const anchor = [...out].reverse().find((p) => p.start >= from && p.end <= d.start && anchors(p, shape.unit));
    const isNew = d.value === '';
    if (!anchor && (shape.needsAnchor || !isNew)) {
      // chrono's own reading (from the publication day) stays when the text gives nothing better.
      if (!isNew) out.push(d);
      continue;
    }
    const span: DateSpan = { text: d.text, start: d.start, end: d.end, ...moved(anchor ?? published(ref), shape) };
    if (span.endValue === undefined) delete span.endValue;
    if (span.timex === undefined) delete span.timex;
    out.push(span);
  }
  return out;
}
