import type { DateSpan } from '../types';
import { formatDate, type Ymd } from './resolve';
import { allMatches } from '../matches';

// English words that date a statement relative to the article itself, which TIMEX3 marks as
// PRESENT_REF / PAST_REF / FUTURE_REF: "Montedison currently owns about 72%", "Milton Roy recently
// fended off …", "it soon will begin selling …". The present is the publication day; the past and
// the future have no day, so their value is the publication year (a claim "recently" made sits in
// the year the article appeared, at year precision, and a finer date in its sentence wins).
// "recent" dates its noun ("the recent closing of a bakery", "a recent SEC filing") unless it is a
// length of time ("in recent weeks"); "current" is left out: it dates its noun about half the time
// ("current market conditions", but "their current names"). Measured on dev (TimeBank + MEANTIME):
// 4 of 8 adjectival "current"s are marked, with no cue that tells them apart ("Kellogg's current
// share" is, "the nation's current ageing fleet" is not), so reading it gains nothing.

const REFS: { re: RegExp; timex: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }[] = [
  // "now", "right now", "by now", "currently", "at present", "nowadays", "these days"; "now that"
  // is a conjunction of reason, "now and then" a frequency, "the now-cancelled deal" an adjective.
  { re: /\b(?:(?:right|just)\s+)?now\b(?!-|\s+(?:that|and\s+then|and\s+again)\b)|\bcurrently\b|\bat\s+present\b|\bnowadays\b|\bthese\s+days\b/gi, timex: 'PRESENT_REF' },
  // "recently", "more recently", "until recently", "recent", "in the past" (not "in the past three
  // months": a length of time, nor "in the past year": a year).
  { re: /\b(?:(?:more|until|only|very|most)\s+)?recently\b|(?<!\b(?:most|more|in)\s+)\brecent\b(?!\s+(?:weeks|months|years|days|decades|times|past|history)\b)|\bin\s+the\s+past\b(?!\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century|hour|quarter)\w*)/gi, timex: 'PAST_REF' },
  // "years ago", "decades ago", "several years ago": no count, no year (TimeBank: PAST_REF, like
  // "recently"). chrono's readings of "a few/several years ago" (three years back) are dropped in
  // refine-en.ts so these replace them; "two years ago" keeps its year.
  { re: /\b(?:(?:a\s+few|several|many|some)\s+)?(?:years|decades|centuries|months)\s+ago\b/gi, timex: 'PAST_REF' },
  // "soon", "in the near future" (not "as soon as", a conjunction, or "sooner").
  { re: /(?<!\bas\s)\bsoon\b(?!\s+as\b|\s+after\b)|\bin\s+the\s+(?:near\s+)?future\b/gi, timex: 'FUTURE_REF' },
];

/** The reference words of `text` outside the dates already found, resolved against `ref`. */
export function referenceDates(text: string, found: DateSpan[], ref: Ymd): DateSpan[] {
  const out: DateSpan[] = [];
  for (const { re, timex } of REFS) {
    for (const m of allMatches(re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      // "Prime Now", "Disney Plus is Now Live", "Set, Now $243.97": a capital inside a sentence
      // makes "Now" part of a name or a headline, not the present.
      if (/^N/.test(m[0]) && !/(?:^|[.!?"“”'‘’:]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start))) continue;
      const present = timex === 'PRESENT_REF';
      out.push({
        text: m[0],
        start,
        end,
        value: present ? formatDate(ref, 'day') : String(ref.year),
        precision: present ? 'day' : 'year',
        timex,
      });
    }
  }
  return out;
}
