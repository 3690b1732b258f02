import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { Lang } from '../types';
import { weekOf } from './parsers-en';
import { LETTERS } from '../letters';

// Periods longer than a month that news names in Ukrainian and Russian: year ranges ("у 2014-2015
// роках"), decades ("у 90-х роках", "1990-х"), centuries ("XX століття"), seasons with their year
// ("влітку 2019 року", "минулої зими") and years written with an ordinal ending ("2016-го").
// Each becomes a year (or month) date with an end; chrono's locales know none of them.
const L = `(?<![${LETTERS}\\d])`;
const R = `(?![${LETTERS}\\d])`;

type Build = (context: ParsingContext, m: RegExpMatchArray) => ParsingResult | null;

function period(context: ParsingContext, m: RegExpMatchArray, from: [number, number], to: [number, number], tag: string): ParsingResult {
  const r = context.createParsingResult(m.index ?? 0, m[0]);
  r.start = context.createParsingComponents({ year: from[0], month: from[1] });
  r.start.imply('day', 1);
  r.end = context.createParsingComponents({ year: to[0], month: to[1] });
  r.end.imply('day', 1);
  r.start.addTag(tag);
  r.end.addTag(tag);
  return r;
}

function year(context: ParsingContext, m: RegExpMatchArray, y: number): ParsingResult | null {
  if (y < 1000 || y > 2999) return null;
  const r = context.createParsingResult(m.index ?? 0, m[0]);
  r.start = context.createParsingComponents({ year: y });
  r.start.imply('month', 1);
  r.start.imply('day', 1);
  r.start.addTag('dossier/year');
  return r;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
function roman(s: string): number {
  // Cyrillic І and Х stand in for Latin I and X in Ukrainian and Russian typing.
  const latin = s.toUpperCase().replace(/І/g, 'I').replace(/Х/g, 'X');
  let n = 0;
  for (let i = 0; i < latin.length; i++) {
    const v = ROMAN[latin[i]] ?? 0;
    n += v < (ROMAN[latin[i + 1]] ?? 0) ? -v : v;
  }
  return n;
}

const YEARS_UNIT = '(?:роки|років|роках|рр\\.|годы|годов|годах|гг\\.)';
const SEASONS: Record<string, [number, number]> = {
  зим: [12, 2], весн: [3, 5], навесн: [3, 5], літ: [6, 8], влітку: [6, 8], осен: [9, 11], восени: [9, 11],
  взимку: [12, 2], лет: [6, 8], осен_: [9, 11], зимой: [12, 2], весной: [3, 5], летом: [6, 8], осенью: [9, 11],
};
const SEASON = '(взимку|навесні|влітку|восени|зимой|весной|летом|осенью|зим[аиіуоы]ю?|весн[аиіуоы]|літ[оау]|лет[оа]|осен[іьи]|осінь)';

function seasonOf(word: string): [number, number] | null {
  const w = word.toLowerCase();
  const key = Object.keys(SEASONS).find((k) => w.startsWith(k.replace('_', '')));
  if (key) return SEASONS[key];
  return w.startsWith('осін') ? [9, 11] : null;
}

function season(context: ParsingContext, m: RegExpMatchArray, word: string, y: number): ParsingResult | null {
  const months = seasonOf(word);
  if (!months) return null;
  // Winter starts in December of the year before the one it is named by ("зима 2019" = 2018-12…2019-02).
  const startYear = months[0] > months[1] ? y - 1 : y;
  return period(context, m, [startYear, months[0]], [y, months[1]], 'dossier/season');
}

const MONTH_STEMS = ['січ', 'лют', 'берез', 'квіт', 'трав', 'черв', 'лип', 'серп', 'верес', 'жовт', 'листопад', 'груд'];
const MONTH_STEMS_RU = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
// Locative and genitive month forms: "у листопаді", "листопада", "в ноябре", "ноября".
const MONTH_LOC = '(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:ні|ня|ого|ому|і|а|е|я)';

// Nominative month words, as lists and ranges name them ("січень–квітень 2021 року").
const MONTH_NOM = '(?:(?:січ|берез|квіт|трав|черв|лип|серп|верес|жовт|груд)ень|лютий|листопад|(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)ь|май|март|август)';

function monthIndex(word: string): number {
  const w = word.toLowerCase();
  const i = MONTH_STEMS.findIndex((st) => w.startsWith(st));
  if (i >= 0) return i + 1;
  // Russian "ма" (май) is a prefix of other stems only in Ukrainian, checked above.
  const j = MONTH_STEMS_RU.findIndex((st) => w.startsWith(st) && w.length - st.length <= 2);
  return j + 1;
}

const PATTERNS: { re: RegExp; build: Build }[] = [
  // "у 2014-2015 роках", "з 2014 по 2016 рік", "в 2010–2012 годах", "з 2014-го по 2016-й"
  {
    re: new RegExp(`${L}(?:(?:у|в|з|із|с)\\s+)?(\\d{4})(?:-(?:го|й))?(?:\\s*[-–—]\\s*|\\s+(?:по|до)\\s+)(\\d{4})(?:(?:-(?:ті|х|го|й|му|м))?\\s*(?:${YEARS_UNIT}|рік|року|год|года)|-(?:го|й|му|м))${R}`, 'iu'),
    build: (c, m) => (+m[1] < +m[2] && +m[1] > 999 && +m[2] < 3000 ? period(c, m, [+m[1], 1], [+m[2], 12], 'dossier/years') : null),
  },
  // "у 90-х роках", "1990-х", "в 1980-е годы", "в середині 90-х"; "у двотисячних" is left alone.
  {
    re: new RegExp(`${L}(?:(?:у|в)\\s+)?(?:(\\d{4})-(?:х|ті|е|их)(?:\\s*${YEARS_UNIT})?|(\\d0)-(?:х|ті|е|их)\\s*${YEARS_UNIT}|(?<=(?:у|в|середині|початку|кінці|наприкінці|середине|начале|конце)\\s)(\\d0)-(?:х|ті|е|их))${R}`, 'iu'),
    build: (c, m) => {
      const y = m[1] ? +m[1] : 1900 + +(m[2] ?? m[3]);
      return y % 10 === 0 ? period(c, m, [y, 1], [y + 9, 12], 'dossier/decade') : null;
    },
  },
  // "XX століття", "у ХХІ ст.", "в XIX веке"
  {
    re: new RegExp(`${L}(?:(?:у|в)\\s+)?([IVXІХ]{1,5})\\s*(?:столітт[яі]|сторіччя|ст\\.|век[аеу]?|в\\.)(?![${LETTERS}])`, 'u'),
    build: (c, m) => {
      const n = roman(m[1]);
      return n > 0 && n <= 30 ? period(c, m, [(n - 1) * 100 + 1, 1], [n * 100, 12], 'dossier/century') : null;
    },
  },
  // "2016-го", "у 2013-му", "2012-го року": a year with an ordinal ending.
  {
    re: new RegExp(`${L}(?:(?:у|в|з|із|до|с)\\s+)?(\\d{4})-(?:го|му|ому|м|ом)(?:\\s+(?:року|році|рік|года|году|год))?${R}`, 'iu'),
    build: (c, m) => year(c, m, +m[1]),
  },
  // "влітку 2019 року", "зимой 2020 года", "восени 2018-го"
  {
    re: new RegExp(`${L}${SEASON}\\s+(\\d{4})(?:-(?:го|му))?(?:\\s*(?:року|р\\.|года|г\\.))?${R}`, 'iu'),
    build: (c, m) => season(c, m, m[1], +m[2]),
  },
  // "минулої зими", "цього літа", "наступної весни", "прошлым летом", "этой осенью"
  {
    re: new RegExp(`${L}(минулого|минулої|минулої|цього|цієї|наступного|наступної|прошлого|прошлой|прошлым|этого|этой|этим|следующего|следующей|следующим)\\s+${SEASON}${R}`, 'iu'),
    build: (c, m) => {
      const mod = m[1].toLowerCase();
      const ref = c.refDate.getFullYear();
      const shift = /^(минул|прошл)/.test(mod) ? -1 : /^(наступн|следующ)/.test(mod) ? 1 : 0;
      return season(c, m, m[2], ref + shift);
    },
  },
  // "цього тижня", "на цьому тижні", "на этой неделе": Monday to Sunday of the publication week.
  {
    re: new RegExp(`${L}(?:цього\\s+тижня|на\\s+цьому\\s+тижні|на\\s+этой\\s+неделе|этой\\s+недели)${R}`, 'iu'),
    build: (c, m) => {
      // "вівторок цього тижня" names a day of the week; chrono reads that.
      const before = c.text.slice(Math.max(0, (m.index ?? 0) - 14), m.index ?? 0);
      if (/(понеділ|вівтор|серед|четвер|п.ятниц|субот|неділ|понедельн|вторник|сред|четверг|пятниц|суббот|воскресень)\p{L}*\s*$/iu.test(before)) return null;
      const ref = c.refDate;
      return weekOf(c, m, new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - ((ref.getDay() + 6) % 7), 12));
    },
  },
  // "на вихідних", "у вихідні", "на выходных": the Saturday the tense points to (see pickWeekday).
  {
    re: new RegExp(`${L}(?:на\\s+вихідних|у\\s+вихідні|в\\s+вихідні|на\\s+выходных|в\\s+выходные)${R}`, 'iu'),
    build: (c, m) => {
      const r = c.createParsingResult(m.index ?? 0, m[0]);
      r.start = c.createParsingComponents({ weekday: 6 });
      return r;
    },
  },
  // "у листопаді-грудні", "в ноябре–декабре", "січень–квітень 2021 року": two months as one range,
  // with the year they share when it is written.
  {
    re: new RegExp(`${L}(?:(?:у|в|во)\\s+)?(${MONTH_LOC}|${MONTH_NOM})\\s*[-–—]\\s*(${MONTH_LOC}|${MONTH_NOM})(?:\\s+(\\d{4})(?:-го)?(?:\\s*(?:року|р\\.|года|г\\.))?)?${R}`, 'iu'),
    build: (c, m) => {
      const [a, b] = [monthIndex(m[1]), monthIndex(m[2])];
      if (a < 1 || b < 1 || a === b) return null;
      const r = c.createParsingResult(m.index ?? 0, m[0]);
      r.start = c.createParsingComponents({ month: a });
      r.start.imply('day', 1);
      r.end = c.createParsingComponents({ month: b });
      r.end.imply('day', 1);
      if (m[3]) {
        r.start.assign('year', a > b ? +m[3] - 1 : +m[3]);
        r.end.assign('year', +m[3]);
      } else {
        r.start.imply('year', c.refDate.getFullYear());
        r.end.imply('year', c.refDate.getFullYear());
      }
      return r;
    },
  },
  // "у третьому кварталі 2019 року", "в минулому кварталі", "во втором квартале": three months.
  {
    re: new RegExp(`${L}(?:у|в|во)\\s+(минулому|цьому|поточному|наступному|першому|другому|третьому|четвертому|прошлом|этом|текущем|следующем|первом|втором|третьем|четвертом|четвёртом|IV|III|II|I|[1-4])(?:-му|-м)?\\s+(?:кварталі|квартале)(?:\\s+(\\d{4})(?:-го)?(?:\\s*(?:року|р\\.|года|г\\.))?)?${R}`, 'iu'),
    build: (c, m) => {
      const word = m[1].toLowerCase();
      const refQ = Math.floor(c.refDate.getMonth() / 3) + 1;
      const ordinal = ['перш', 'друг', 'трет', 'четв', 'перв', 'втор'].findIndex((p) => word.startsWith(p));
      const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
      let q = ordinal >= 0 ? [1, 2, 3, 4, 1, 2][ordinal] : roman[word] ?? (+word || 0);
      let year = m[2] ? +m[2] : c.refDate.getFullYear();
      if (!q) {
        const shift = /^(минул|прошл)/.test(word) ? -1 : /^(наступн|следующ)/.test(word) ? 1 : 0;
        q = refQ + shift;
        if (q < 1) [q, year] = [4, year - 1];
        if (q > 4) [q, year] = [1, year + 1];
      }
      const r = period(c, m, [year, q * 3 - 2], [year, q * 3], 'dossier/quarter');
      return r;
    },
  },
  // "влітку", "восени", "зимой" alone, or a season's genitive after a preposition ("до весни",
  // "з осені", "до кінця літа"; alone "літа" is also "years"): the season the tense points to.
  {
    re: new RegExp(`${L}(?:(взимку|навесні|влітку|восени|зимой|весной|летом|осенью)|(?:до|з|із|від|с|до\\s+кінця|з\\s+початку|до\\s+початку|до\\s+конца|с\\s+начала)\\s+(весни|літа|осені|зими|весны|лета|осени|зимы))${R}`, 'iu'),
    build: (c, m) => {
      const months = seasonOf(m[1] ?? m[2]);
      if (!months) return null;
      const r = c.createParsingResult(m.index ?? 0, m[0]);
      r.start = c.createParsingComponents({ month: months[0] });
      r.start.imply('year', c.refDate.getFullYear());
      r.start.imply('day', 1);
      r.start.addTag('dossier/season');
      r.end = c.createParsingComponents({ month: months[1] });
      r.end.imply('year', c.refDate.getFullYear());
      r.end.imply('day', 1);
      return r;
    },
  },
  // "за минулу добу", "минулої доби", "за прошедшие сутки": the day before publication, the
  // day daily tallies (cases, attacks) are reported for.
  {
    re: new RegExp(`${L}(?:за\\s+(?:минулу|останню)\\s+добу|минулої\\s+доби|за\\s+(?:прошедшие|минувшие|последние)\\s+сутки|прошедших\\s+суток)${R}`, 'iu'),
    build: (c, m) => {
      const d = new Date(c.refDate.getFullYear(), c.refDate.getMonth(), c.refDate.getDate() - 1, 12);
      const r = c.createParsingResult(m.index ?? 0, m[0]);
      r.start = c.createParsingComponents({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
      return r;
    },
  },
  // "наприкінці року", "до кінця року", "з початку року", "в конце года": the current year.
  {
    re: new RegExp(`${L}(?:наприкінці|на\\s+початку|з\\s+початку|до\\s+кінця|в\\s+кінці|у\\s+кінці|в\\s+конце|в\\s+начале|с\\s+начала|до\\s+конца|к\\s+концу)\\s+(?:року|года)${R}`, 'iu'),
    build: (c, m) => year(c, m, c.refDate.getFullYear()),
  },
  // "близько року тому", "год назад": the year before.
  {
    re: new RegExp(`${L}(?:рік|року)\\s+тому|${L}год\\s+назад${R}`, 'iu'),
    build: (c, m) => year(c, m, c.refDate.getFullYear() - 1),
  },
];

/** Parsers for the periods above; Ukrainian and Russian share them (the words do not collide). */
export function periodParsers(lang: Lang): Parser[] {
  if (lang === 'en') return [];
  return PATTERNS.map(({ re, build }) => ({
    pattern: () => re,
    extract: (context: ParsingContext, match: RegExpMatchArray) => build(context, match),
  }));
}
