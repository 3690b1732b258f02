/**
 * The sentences chrono needs to read. chrono runs each of its ~40 patterns over all the text it is
 * given (more than half of the whole engine's time on the seed article), yet half the sentences of
 * a news article name no date. A date needs a digit or a word of time (a month, a weekday, a unit
 * such as "тижня" or "year", "сьогодні", "yesterday", a season, a holiday, a Roman century), so
 * sentences with neither are left out. Neighbouring sentences that are kept stay together as the
 * page wrote them; the stretches are joined by a mark no date pattern crosses and chrono merges
 * nothing over. On the seed article findDates went from 2.2 to 1.5 ms (Node); on the eval corpora
 * (2.5 M characters) from 1.8 to 1.2 s, with the same dates but for three of 5,149, two of them
 * found only now (a headline's "до 6 листопада").
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
 * A digit anywhere, a time word at the start of a word, or an abbreviation as a word of its own.
 * No u flag (nor on ROMAN): LETTERS needs none, and V8 runs a pattern twice as fast without it.
 */
const DATE_BEARING = new RegExp(`\\d|(?<![${LETTERS}])(?:${alternatives(TIME_WORDS)}|(?:${alternatives(TIME_ABBREVIATIONS)})(?![${LETTERS}]))`, 'i');
/** A Roman century ("XX ст.", "у XIX столітті"): case-sensitive, so the conjunction "і" is no numeral. */
const ROMAN = new RegExp(`(?<![${LETTERS}])[IVXІХ]{1,5}(?![${LETTERS}])`);

export const bearsDate = (sentence: string): boolean => DATE_BEARING.test(sentence) || ROMAN.test(sentence);

/** Where the stretches are joined: not a space (chrono merges results over spaces), no letter, no digit. */
const JOIN = '\n¶\n';

export interface Stretches {
  /** The kept stretches, joined by JOIN. */
  text: string;
  /** The offset in the original text of an offset in `text`. */
  map(index: number): number;
}

/**
 * The stretches of `text` made of date-bearing sentences (`sentences` as segment.ts finds them, in
 * order). `text` may be a masked copy of the text the sentences were found in (same length).
 */
export function dateBearingStretches(text: string, sentences: Span[]): Stretches {
  const from: number[] = []; // original start of each stretch
  const at: number[] = []; // its start in the joined text
  let joined = '';
  let open = -1; // original start of the stretch being built
  let end = -1;
  const close = () => {
    if (open < 0) return;
    if (joined) joined += JOIN;
    from.push(open);
    at.push(joined.length);
    joined += text.slice(open, end);
    open = -1;
  };
  for (const s of sentences) {
    if (!bearsDate(text.slice(s.start, s.end))) {
      close();
      continue;
    }
    if (open < 0) open = s.start;
    end = s.end;
  }
  close();
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
