import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

// Words after a number that make it a count, an age or a quantity, not a day of the month:
// "14 осіб", "51 особа", "100 заручників", "понад 100 ув’язнених", "14 people".
const COUNT_WORDS =
  /^\s*(?:ос[іо]б|особ[аи]?|люд(?:ей|ина|ини)|чоловік|заручник|ув[’'ʼ]?язнен|в[’'ʼ]?язн|полонен|військов|політв|рок|років|раз|разів|відсотк|%|тис|млн|млрд|человек|заложник|заключ|пленн|лет|год[а]?\b|процент|people|persons|hostages|prisoners|years|times|percent|%)/iu;
// Ages and ordinals glued to a number by a hyphen: "78-річного", "78-летнего", "5-й".
const HYPHEN_SUFFIX = /^-\p{L}/u;

// "14 березня 1990-го року", "жовтня 2014-го": a year with its ordinal ending belongs to the date.
const YEAR_ENDING = /^-(?:го|му|ому|м|ом)(?:\s+(?:року|році|рік|года|году))?(?![\p{L}\d])/iu;

function extendOverYearEnding(text: string, r: ParsingResult): void {
  if (!/\d{4}$/.test(r.text)) return;
  const m = YEAR_ENDING.exec(text.slice(r.index + r.text.length));
  if (m) r.text += m[0];
}

const WEEKDAY_STEMS: [RegExp, number][] = [
  [/^(неділ|воскресень)/iu, 0], [/^(понеділ|понедельн)/iu, 1], [/^(вівтор|вторник)/iu, 2], [/^(серед|сред)/iu, 3],
  [/^(четвер)/iu, 4], [/^(п[’'ʼ]?ятниц|пятниц)/iu, 5], [/^(субот|суббот)/iu, 6],
];

/** "Вранці в четвер" read as a bare time: keep the weekday part as the date. */
function recoverWeekday(r: ParsingResult): boolean {
  const m = /(?:^|\s)((?:в|у|во)\s+)?(\p{L}[\p{L}’'ʼ]+)$/u.exec(r.text);
  if (!m) return false;
  const day = WEEKDAY_STEMS.find(([re]) => re.test(m[2]));
  if (!day) return false;
  const offset = r.text.length - (m[1] ?? '').length - m[2].length;
  r.index += offset;
  r.text = r.text.slice(offset);
  r.start = r.start.clone();
  r.start.assign('weekday', day[1]);
  return true;
}

function isQuantity(text: string, r: ParsingResult): boolean {
  const after = text.slice(r.index + r.text.length);
  if (HYPHEN_SUFFIX.test(after)) return true;
  // Only a bare number can be a count; "21 червня" already has its month.
  if (/^\s*\d+\s*$/.test(r.text)) return true;
  return /^\s*\d+\s*$/.test(r.text.replace(/^\D+/, '')) && COUNT_WORDS.test(after);
}

/**
 * English "June 21, 14 people": chrono reads ", 14" as the year 2014. A two-digit year followed by
 * a word (not a month or a clock) is a count that starts the next list item, so the year goes.
 */
function dropFalseShortYear(text: string, r: ParsingResult): void {
  const m = /,\s*(\d{2})$/.exec(r.text);
  if (!m || !r.start.isCertain('year')) return;
  const after = text.slice(r.index + r.text.length);
  if (!/^\s+\p{L}/u.test(after)) return;
  r.text = r.text.slice(0, m.index);
  r.start.delete('year');
  r.start.imply('year', r.refDate.getFullYear());
  // "з 1 по 5 травня, 99 …": the range's end got the same false year; left, it ends before it starts.
  if (r.end?.isCertain('year')) {
    r.end.delete('year');
    r.end.imply('year', r.refDate.getFullYear());
  }
}

const NOW_WORDS = /^(?:right\s+)?(now|зараз|наразі|нині|тепер|сейчас|теперь|ныне)$/i;
const WEEKDAY_ABBREVIATION = /^(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|пн|вт|ср|чт|пт|сб|нд|вс)\.?$/i;

/** A chrono refiner that removes counts and ages and repairs short false years. */
export const quantityRefiner: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => {
    const kept: ParsingResult[] = [];
    for (const r of results) {
      // A clock time with no date ("о 14:00") says nothing about which day an event was; but
      // chrono's uk/ru locales lose the weekday of "Вранці в четвер", so it is read back.
      if (r.start.isOnlyTime() && !recoverWeekday(r)) continue;
      extendOverYearEnding(context.text, r);
      if (isQuantity(context.text, r)) continue;
      // "Sun Microsystems", "Ср." (= compare): a lone weekday abbreviation in prose is rarely a date.
      if (WEEKDAY_ABBREVIATION.test(r.text.trim().replace(/[,;:]$/, ''))) continue;
      // "now", "зараз", "сейчас" speak of the present state, not of a day anything happened.
      if (NOW_WORDS.test(r.text)) continue;
      dropFalseShortYear(context.text, r);
      kept.push(r);
    }
    return kept;
  },
};

/** Trims whitespace chrono keeps around a match ("\n\n9 листопада", " 21 червня"). */
export const trimRefiner: Refiner = {
  refine: (_context: ParsingContext, results: ParsingResult[]) => {
    for (const r of results) {
      // " , on Tuesday" (text tokenised with spaces around commas): the comma is no part of the date.
      const lead = /^[\s,;:]*/.exec(r.text)![0].length;
      r.index += lead;
      r.text = r.text.slice(lead).trimEnd().replace(/[,;:]$/, '');
      // "In the quarter ended …", "shipped in the quarter, he said", "earlier in the week" are
      // matched with their "in" only to outlast chrono's "in a quarter (of an hour)", "in a
      // week"; the date is the period.
      // "ввечері 14 листопада": matched with its part of the day to outlast chrono's bare time.
      const prep = r.tags().has('dossier/period-ended') || r.tags().has('dossier/reported-period') || r.tags().has('dossier/within')
        ? /^(?:(?:earlier|later)\s+)?in\s+/i.exec(r.text)
        : r.tags().has('dossier/daypart')
          ? /^\D+/.exec(r.text)
          : null;
      if (prep) {
        r.index += prep[0].length;
        r.text = r.text.slice(prep[0].length);
      }
    }
    return results;
  },
};

/**
 * "2 грудня минулого року", "в марте прошлого года": a day or month followed by a relative year
 * takes that year, and the two become one date instead of a day and a separate year.
 */
export const relativeYearRefiner: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out[out.length - 1];
      const gap = prev ? context.text.slice(prev.index + prev.text.length, r.index) : '';
      const yearOnly = r.tags().has('dossier/year') || (r.start.isCertain('year') && !r.start.isCertain('month'));
      if (prev && yearOnly && /^\s*$/.test(gap) && !prev.start.isCertain('year') && prev.start.isCertain('month')) {
        prev.start.assign('year', r.start.get('year')!);
        prev.text = context.text.slice(prev.index, r.index + r.text.length);
        continue;
      }
      out.push(r);
    }
    return out;
  },
};
