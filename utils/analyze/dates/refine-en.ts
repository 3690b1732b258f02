import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { splitBy } from '../matches';

// English readings chrono makes that are no date: lengths of time, times counted from an event the
// text names, recurring times, amounts taken for clocks and words taken for units.

const EN_COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a\s+couple\s+of|several|(?:a\s+)?few)`;
const EN_UNITS = String.raw`(?:days|weeks|months|years|decades)`;
// "in two days" stays a date (the day it points at); "in the past three months" does not.
const EN_DURATION = new RegExp(
  String.raw`^(?:(?:(?:over|in|during|for|within)\s+)?(?:the\s+)?(?:past|last|next|coming|previous|following)\s+(?:${EN_COUNT}\s+)?${EN_UNITS}` +
    String.raw`|(?:for|after|within|over)\s+(?:the\s+)?(?:(?:about|nearly|almost|just|only|some|more\s+than|less\s+than)\s+)?` +
    String.raw`(?:${EN_COUNT}\s+${EN_UNITS}|(?:a|an|one)\s+(?:day|week|month|year|decade)))$`,
  'i',
);
// "five years after its launch", "two days before the phone launches": counted from an event the
// engine does not date, so chrono's reading (counted from the publication day) is wrong.
const EN_ANCHORED = new RegExp(
  String.raw`^(?:(?:just|less\s+than|more\s+than|about)\s+)?(?:${EN_COUNT}|one|a|an)\s+(?:minute|hour|day|week|month|year|decade)s?\s+(?:after|before)$`,
  'i',
);
// "for the first time in 25 years", "the lowest level in ten years": a length of time, not 25 years on.
const EN_RECORD = new RegExp(String.raw`^in\s+(?:${EN_COUNT}|a|one)\s+(?:day|week|month|year|decade)s?$`, 'i');
const RECORD_BEFORE = /\b(?:first|last)\s+time|\b(?:highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|longest|fastest|slowest|most|least)\b/i;
// "in just two hours", "0-60 mph in 5.8 seconds", "for 15 minutes", "in several months", "50
// cigarettes in a day": a length of time or a rate, not the moment it ends.
const EN_SPAN = new RegExp(
  String.raw`^(?:in|within|for|after|over)\s+(?:(?:just|only|about|around|nearly|almost|under)\s+)?` +
    String.raw`(?:(?:[\d.,]+|${EN_COUNT}|an?)\s+(?:hours?|minutes?|seconds?|mins?|secs?)|(?:several|a\s+few|few)\s+${EN_UNITS}|a\s+(?:single\s+)?day)$`,
  'i',
);
// "in the days immediately following", "the days after": no count, so no day.
const EN_VAGUE = /^(?:in\s+)?the\s+(?:days|weeks|months|years)(?:\s+(?:after|before|following))?$/i;
// "returned the money after public criticism": chrono takes any word for a unit before "after".
const EN_WORD_AFTER = /^(?:the|a|an)\s+([a-z]+)\s+(?:after|later|before|earlier)$/i;
const UNIT = /^(?:day|week|month|year|decade|quarter|hour|minute|second|morning|night|evening|afternoon|weekend)s?$/i;
// "record profits of $ 269m earlier this year", "rose US $ 5.41 yesterday": chrono takes an amount
// for a clock ("269m" = minutes, "5.41" = 5:41).
const AMOUNT_BEFORE = /(?:[$€£¥]|\b(?:US|USD|EUR|GBP))\s*$/;
// "Orangemen march each July", "every Monday": a recurring time (a TIMEX3 SET), no one date.
const RECURRING_BEFORE = /\b(?:each|every)\s+$/i;
const SENTENCE_END = /[.!?]\s/g;

/** Cuts an amount chrono read as a clock off the front of a reading; false if nothing is left. */
function dropLeadingAmount(text: string, r: ParsingResult): boolean {
  const m = /^[\d.,]+[mkb]?\s+/i.exec(r.text);
  if (!m || !AMOUNT_BEFORE.test(text.slice(Math.max(0, r.index - 6), r.index))) return true;
  const rest = r.text.slice(m[0].length);
  if (!/^(?:yesterday|today|tomorrow|tonight|on\s|last\s|this\s|next\s)/i.test(rest) && !/^\p{Lu}/u.test(rest)) return false;
  r.index += m[0].length;
  r.text = rest;
  return true;
}

// "a few years ago", "several months ago": no count, so no year; refs-en.ts reads them as PAST_REF.
const EN_VAGUE_AGO = /^(?:a\s+few|few|several|many|some)\s+(?:years|decades|centuries|months)\s+ago$/i;

function isNoDate(text: string, r: ParsingResult): boolean {
  const t = r.text.trim();
  if (EN_VAGUE_AGO.test(t)) return true;
  if (EN_DURATION.test(t) || EN_ANCHORED.test(t) || EN_SPAN.test(t) || EN_VAGUE.test(t)) return true;
  const word = EN_WORD_AFTER.exec(t);
  if (word && !UNIT.test(word[1])) return true;
  // "the session lasts for …": a verb chrono read as "last s(econd)"; "at the last minute".
  if (/^(?:last|past|next)s$/i.test(t) || /^(?:the\s+)?last\s+minute$/i.test(t)) return true;
  const before = text.slice(Math.max(0, r.index - 60), r.index);
  if (EN_RECORD.test(t) && RECORD_BEFORE.test(splitBy(SENTENCE_END, before).pop() ?? '')) return true;
  // "the Sunday Business section", "The Sunday Times": a weekday naming a paper or a section.
  if (/^(?:Sunday|Saturday|Monday|Friday)$/.test(t) && /\bthe\s+$/i.test(before) && /^\s+\p{Lu}/u.test(text.slice(r.index + r.text.length))) return true;
  // "Black Friday", "Cyber Monday": a shopping season, not the nearest Friday.
  if (/\b(?:Black|Cyber)\s+$/i.test(before) && /^(?:Friday|Monday)\b/.test(t)) return true;
  // "in the month of May", "works in the day", "in the year since": chrono reads "the" as "a" (a
  // month ahead); only "earlier/later in the week" (parsers-en-within.ts) dates it.
  if (/^in\s+the\s+(?:day|week|month|year)$/i.test(t) && !r.tags().has('dossier/within') && !r.tags().has('dossier/reported-period')) return true;
  // "after 30 -- 40 days": the dash of a range of counts, not a date.
  if (/^[-–—]/.test(t)) return true;
  // "in the SEC suit": the agency, not "in a second".
  if (/\bSEC$/.test(t)) return true;
  if (RECURRING_BEFORE.test(text.slice(Math.max(0, r.index - 12), r.index))) return true;
  // "24/7", "version 4.2.7/4.3.3": a slash between numbers that are no day and month; nor is
  // "a 6/8 feel" (a time signature, a ratio: an article does not stand before a date).
  if (/^\d{1,2}\/\d{1,2}$/.test(t) && (t === '24/7' || /[\d.]$/.test(before) || /\b(?:a|an)\s+$/i.test(before) || /^[.\d]/.test(text.slice(r.index + r.text.length)))) return true;
  // "The World of Tomorrow", "USA Today": capitalised inside a sentence, the word is a name.
  if (/^(?:Today|Tomorrow|Yesterday|Tonight)$/.test(t) && !/(?:^|[.!?"“”'‘’:—–-]\s*|\n\s*)$/.test(before.slice(-3))) return true;
  // "Joey Logano 2380 2 3 12": numbers split by spaces alone are a table's columns, no date.
  if (/^\d+(?:\s+\d+)+$/.test(t)) return true;
  // Score tables ("Kyle Busch 5040 5 1 17") read as a year far past any news.
  if ((r.start.get('year') ?? 0) > 2999) return true;
  return !dropLeadingAmount(text, r);
}

// "inflation in the year to March", "in the year through February": British and US papers' twelve
// months ending then. chrono reads "in the year" as a year ahead and joins it to the month into a
// range (2014 to March 2015 in a 2013 paper); the month is the date the text gives.
const YEAR_TO = /^in\s+the\s+(?:day|week|month|year)\s+(?:to|through|until|till)\s+/i;

function trimYearTo(r: ParsingResult): void {
  const m = YEAR_TO.exec(r.text);
  if (!m || !r.end) return;
  // chrono orders the pair by time, so the month may be either end.
  const month = [r.start, r.end].find((c) => c.isCertain('month') && !c.tags().has('result/relativeDate'));
  if (!month) return;
  r.index += m[0].length;
  r.text = r.text.slice(m[0].length);
  r.start = month;
  r.end = undefined;
}

/** Drops (or trims) English readings that name no date; runs after the quantity refiner. */
export const englishRefiner: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) =>
    results.filter((r) => {
      trimYearTo(r);
      if (isNoDate(context.text, r)) return false;
      // "by the end of March", "the end of the month": chrono picks the last day, but the text
      // names no day (TIMEX3 dates it by the month).
      // A week keeps its days: "by the end of next week" is that ISO week, not its month.
      if (/^(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?!.*\d{1,2}(?:st|nd|rd|th)?\b(?!\d))/i.test(r.text.trim()) && r.start.isCertain('month') && !r.start.tags().has('dossier/week')) {
        r.start.delete('day');
        r.start.imply('day', 1);
      }
      return true;
    }),
};

/**
 * "set for August and October of 2015", "between March and May 2008": a month written without its
 * year shares the year of the month it is paired with (the year before, if it comes later in the
 * calendar: "December to February 2009").
 */
export const sharedYearRefiner: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => {
    results.forEach((a, i) => {
      const b = results[i + 1];
      if (!b || a.start.isCertain('year') || !a.start.isCertain('month') || !b.start.isCertain('year') || !b.start.isCertain('month')) return;
      const gap = context.text.slice(a.index + a.text.length, b.index);
      if (!/^\s*(?:and|or|to|through|until|till|[-–—])\s*$/i.test(gap)) return;
      const year = b.start.get('year')!;
      a.start.assign('year', a.start.get('month')! > b.start.get('month')! ? year - 1 : year);
    });
    return results;
  },
};
