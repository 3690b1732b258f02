/**
 * The text chrono needs to read. chrono runs each of its ~40 patterns over all the text it is
 * given (more than half of the whole engine's time on the seed article), yet half the sentences of
 * a news article name no date, and a long sentence that does names it in a few words. A date needs a
 * digit or a word of time (a month, a weekday, a unit such as "тижня" or "year", "сьогодні",
 * "yesterday", a season, a holiday, a Roman century): sentences with neither are left out, and of the
 * others chrono reads only the words within WINDOW_CHARS of such a trigger. Neighbouring sentences
 * that are kept stay together as the page wrote them (a date may run over a segmenter's false
 * sentence end: "3 бер. 2015"); the pieces are joined by a mark no date pattern crosses and chrono
 * merges nothing over.
 * Sentences only: on the seed article findDates went from 2.2 to 1.5 ms (Node); on the eval corpora
 * (2.5 M characters) from 1.8 to 1.2 s, with the same dates but for three of 5,149, two of them
 * found only now (a headline's "до 6 листопада"). Windows in them, both versions side by side in one
 * Node process (medians of 16 alternating rounds): findDates over the seed article 1.19 → 1.00 ms,
 * the whole engine 1.65 → 1.44 ms; over 642 NER-UK, SlavicNER, MEANTIME and TempEval documents
 * (2.1 M characters) 547 → 481 ms, each document read as uk, ru and en giving the same 6,140 dates,
 * and every eval figure unchanged on both splits.
 * tests/analyze/dates-bearing.test.ts checks the dates found are the same as over the whole text.
 */
import type { Span } from '../types';
import { LETTERS } from '../letters';

/**
 * Word starts that can begin or complete a date, in Ukrainian, Russian and English, matched at the
 * start of a word and in any case. Generous on purpose: a sentence kept for nothing costs a little
 * time, a date-bearing one left out loses a date.
 */
const TIME_WORDS = [
  // Months, with chrono's abbreviations ("листоп.", "сент.", "Sept").
  'січ', 'лют', 'бер', 'квіт', 'трав', 'черв', 'лип', 'сер', 'cер', 'вер', 'жовт', 'лист', 'груд',
  'янв', 'фев', 'мар', 'апр', 'май', 'мая', 'мае', 'маю', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // Weekdays.
  'понед', 'вівт', 'серед', 'четв', "п'ятн", 'пятн', 'суб', 'нед', 'воскр', 'вторн', 'сред',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // Days and times of day named relative to now.
  'сьогод', 'вчора', 'учора', 'завтра', 'позавч', 'післяз', 'позап', 'післяп', 'зараз', 'нині',
  'сегодн', 'вчера', 'послез', 'послеп', 'последн', 'сейчас', 'ныне',
  'today', 'tonight', 'tomorrow', 'tmr', 'yesterday', 'now', 'noon', 'midday', 'midnight', 'morning',
  'afternoon', 'evening', 'night', 'overnight', 'eod', 'eow', 'eom', 'eoy',
  'ран', 'вран', 'зран', 'вечі', 'вечо', 'ввеч', 'увеч', 'ноч', 'вноч', 'уноч', 'опівд', 'опівн',
  'полуд', 'пополуд', 'утр', 'вечер', 'полдн', 'полноч', 'днем', 'днём',
  // Units of time ("минулого тижня", "три роки тому", "полгода", "a decade ago").
  'сек', 'хв', 'хвил', 'год', 'доб', 'ден', 'дн', 'тиж', 'міс', 'кварт', 'рік', 'рок', 'році', 'рр', 'пів',
  'десятил', 'століт', 'столет', 'сторіч', 'літ', 'торік', 'цьогоріч', 'наступноріч', 'минулоріч', 'числ',
  'мин', 'час', 'сут', 'недел', 'месяц', 'лет', 'полгод', 'полчас', 'полмес', 'полнед', 'полмин', 'полсут', 'полвек', 'век', 'гг',
  'second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'qtr', 'half', 'year',
  'decade', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'centur', 'millenn', 'period', 'fiscal', 'ago', 'later', 'earlier',
  // Weekends, seasons and holidays.
  'вихідн', 'выходн', 'weekend',
  'зим', 'взим', 'весн', 'навес', 'літо', 'влітку', 'осін', 'осен', 'восен',
  'spring', 'summer', 'fall', 'autumn', 'winter',
  'різдв', 'великд', 'рождеств', 'пасх', 'christmas', 'xmas', 'boxing', 'valentine', 'halloween',
  'veterans', 'patrick', 'easter', 'good', 'maundy', 'holy', 'palm', 'ash', 'thanksgiving', 'mother',
  'father', 'memorial', 'labor', 'election',
];
/** Whole words only: as word starts they would keep most sentences ("что", "нічого", "declined"). */
const TIME_ABBREVIATIONS = [
  'пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'нд', 'вс', 'ніч',
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'sec', 'secs', 'min', 'mins', 'hr', 'hrs', 'yr', 'yrs', 'qtr', 'mo', 'mos', 'wk', 'wks',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const alternatives = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
/**
 * A trigger: a number, a time word at the start of a word, or an abbreviation as a word of its own.
 * No u flag (nor on ROMAN_TRIGGER): LETTERS needs none, and V8 runs a pattern twice as fast without it.
 */
const TRIGGER = new RegExp(`\\d+|(?<![${LETTERS}])(?:${alternatives(TIME_WORDS)}|(?:${alternatives(TIME_ABBREVIATIONS)})(?![${LETTERS}]))`, 'gi');
/** A Roman century ("XX ст.", "у XIX столітті"): case-sensitive, so the conjunction "і" is no numeral. */
const ROMAN_TRIGGER = new RegExp(`(?<![${LETTERS}])[IVXІХ]{1,5}(?![${LETTERS}])`, 'g');

/**
 * How far from a trigger chrono still reads, in characters, widened to whole words. Date phrases
 * put their trigger-less words within a few words of one ("наприкінці позаминулого тижня",
 * "at the beginning of the year", "протягом найближчих кількох тижнів"); at 20 every date of the
 * documents above was still found, so 40 leaves a margin for phrases they lack.
 */
const WINDOW_CHARS = 40;

/** Start and end of each match of `pattern` (global) in `text`, flat, in text order. */
function matchBounds(pattern: RegExp, text: string): number[] {
  const bounds: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) bounds.push(m.index, m.index + m[0].length);
  return bounds;
}

/** Every trigger of `text` as flat start/end pairs in text order (the two kinds merged). */
function triggersIn(text: string): number[] {
  const words = matchBounds(TRIGGER, text);
  const roman = matchBounds(ROMAN_TRIGGER, text);
  if (!roman.length) return words;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < words.length || j < roman.length) {
    const fromWords = j >= roman.length || (i < words.length && words[i] <= roman[j]);
    const source = fromWords ? words : roman;
    const k = fromWords ? i : j;
    merged.push(source[k], source[k + 1]);
    if (fromWords) i += 2;
    else j += 2;
  }
  return merged;
}

/** Whether chrono reads anything of `sentence`: it holds a trigger. */
export const bearsDate = (sentence: string): boolean => triggersIn(sentence).length > 0;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0;

/** Where the pieces are joined: not a space (chrono merges results over spaces), no letter, no digit. */
const JOIN = '\n¶\n';

export interface Stretches {
  /** The kept pieces, joined by JOIN. */
  text: string;
  /** The offset in the original text of an offset in `text`. */
  map(index: number): number;
}

/**
 * What chrono reads of `text`: around the triggers of its date-bearing sentences (`sentences` as
 * segment.ts finds them, in order), never past a sentence that bears none. `text` may be a masked
 * copy of the text the sentences were found in (same length).
 */
export function dateBearingStretches(text: string, sentences: Span[]): Stretches {
  const from: number[] = []; // original start of each piece
  const at: number[] = []; // its start in the joined text
  let joined = '';
  const keep = (start: number, end: number) => {
    if (joined) joined += JOIN;
    from.push(start);
    at.push(joined.length);
    joined += text.slice(start, end);
  };
  const triggers = triggersIn(text);
  /** The windows around triggers[first..last) within a stretch of kept sentences, merged where they meet. */
  const keepWindows = (start: number, end: number, first: number, last: number) => {
    let open = -1;
    let close = -1;
    for (let k = first; k < last; k += 2) {
      let a = Math.max(start, triggers[k] - WINDOW_CHARS);
      let b = Math.min(end, triggers[k + 1] + WINDOW_CHARS);
      while (a > start && !isSpace(text.charCodeAt(a - 1))) a--;
      while (b < end && !isSpace(text.charCodeAt(b))) b++;
      if (open >= 0 && a <= close) {
        close = Math.max(close, b);
        continue;
      }
      if (open >= 0) keep(open, close);
      open = a;
      close = b;
    }
    if (open >= 0) keep(open, close);
  };
  let t = 0; // the next trigger (an index into the flat pairs)
  let stretch = -1; // start of the run of kept sentences, or -1
  let stretchEnd = -1;
  let firstTrigger = 0;
  for (const s of sentences) {
    while (t < triggers.length && triggers[t] < s.start) t += 2;
    if (t < triggers.length && triggers[t] < s.end) {
      if (stretch < 0) {
        stretch = s.start;
        firstTrigger = t;
      }
      stretchEnd = s.end;
      while (t < triggers.length && triggers[t] < s.end) t += 2;
    } else if (stretch >= 0) {
      keepWindows(stretch, stretchEnd, firstTrigger, t);
      stretch = -1;
    }
  }
  if (stretch >= 0) keepWindows(stretch, stretchEnd, firstTrigger, t);
  return {
    text: joined,
    map(index) {
      let lo = 0;
      let hi = at.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (at[mid] <= index) lo = mid;
        else hi = mid - 1;
      }
      return at.length ? index - at[lo] + from[lo] : index;
    },
  };
}
