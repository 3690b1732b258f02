import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { Lang } from '../types';

// The periods of English earnings reports that name no calendar unit of their own: "the fiscal
// first quarter", "the latest period", "the full year", "the prior year", "a year-earlier loss".
// TIMEX3 dates each (TimeBank: "the fiscal first quarter" 1989-Q1, "the full year" 1989,
// "year-earlier" 1988-Q3); the engine gives them only what the text fixes.

const QUARTER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/** The year `y` at year precision, tagged `tags` (a quarter keeps its number for TIMEX3 in the month). */
function yearOf(c: ParsingContext, m: RegExpMatchArray, y: number, month = 1, tags = ['dossier/year']): ParsingResult {
  const r = c.createParsingResult(m.index ?? 0, m[0]);
  r.start = c.createParsingComponents({ year: y });
  r.start.imply('month', month);
  r.start.imply('day', 1);
  for (const t of tags) r.start.addTag(t);
  return r;
}

/** The quarter `shift` quarters from the last one to end before publication, as its months. */
function lastQuarter(c: ParsingContext, m: RegExpMatchArray, shift: number): ParsingResult {
  const index = c.refDate.getFullYear() * 4 + Math.floor(c.refDate.getMonth() / 3) - 1 + shift;
  const year = Math.floor(index / 4);
  const q = (index % 4) + 1;
  const r = c.createParsingResult(m.index ?? 0, m[0]);
  r.start = c.createParsingComponents({ year, month: q * 3 - 2 });
  r.end = c.createParsingComponents({ year, month: q * 3 });
  r.start.imply('day', 1);
  r.end.imply('day', 1);
  r.start.addTag('dossier/quarter');
  return r;
}

/** The year of the last quarter to end before publication. */
const lastQuarterYear = (c: ParsingContext) => Math.floor((c.refDate.getFullYear() * 4 + Math.floor(c.refDate.getMonth() / 3) - 1) / 4);

// An article that reports by quarters ("third-quarter net income", "the year-ago quarter").
const speaksOfQuarters = (c: ParsingContext) => /\bquarter/i.test(c.text);

const PARSERS: { re: RegExp; build: (c: ParsingContext, m: RegExpMatchArray) => ParsingResult | null }[] = [
  {
    // "the fiscal first quarter", "fiscal second-quarter", "the first fiscal quarter of 1990": the
    // quarter's months depend on the company's fiscal year, so only its year is a date (the
    // publication year unless written) and the quarter's number goes to TIMEX3 alone.
    re: /\b(?:the\s+)?(?:fiscal\s+(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter|(first|second|third|fourth|1st|2nd|3rd|4th)\s+fiscal\s+quarter)\b(?!-)(?:\s+of\s+((?:19|20)\d\d)\b)?/i,
    build: (c, m) => {
      const q = QUARTER[(m[1] ?? m[2]).toLowerCase()];
      return yearOf(c, m, m[3] ? +m[3] : c.refDate.getFullYear(), q * 3 - 2, ['dossier/year', 'dossier/quarter']);
    },
  },
  {
    // "Sales in the latest period were $1.76 billion": in a quarterly report, the last quarter to
    // end before publication, like "the latest quarter". Elsewhere the period is unknown.
    re: /\bthe\s+(?:latest|most\s+recent)\s+period\b/i,
    build: (c, m) => (speaksOfQuarters(c) ? lastQuarter(c, m, 0) : null),
  },
  {
    // "compared with a year-earlier net loss", "year-ago sales": the same period a year back —
    // the latest quarter's in a quarterly report, else the year before publication. ("The year-ago
    // quarter" is read whole in parsers-en.ts, and wins as the longer reading.)
    re: /\b(?:year-earlier|year-ago)\b(?!\s+(?:quarter|period)\b)/i,
    build: (c, m) => (speaksOfQuarters(c) ? lastQuarter(c, m, -4) : yearOf(c, m, c.refDate.getFullYear() - 1)),
  },
  {
    // "Sales for the full year were $6.6 billion", "the current year's figures": the publication
    // year. "The prior year", "the previous year", "the preceding year": the one before it.
    // (Not "a full year", a length of time.)
    re: /\bthe\s+(full|current|prior|previous|preceding)\s+(?:fiscal\s+)?year\b(?!s|-)/i,
    build: (c, m) => yearOf(c, m, c.refDate.getFullYear() - (/^(?:full|current)$/i.test(m[1]) ? 0 : 1)),
  },
  {
    // "For the year, pet food volume was flat", "half of the systems Sun shipped in the quarter,
    // he said": a bare year or quarter closing its phrase is the one the report is about — the
    // last quarter to end before publication, or that quarter's year (so a January report's "for
    // the year" is the year just closed). Not "the year ended …", "the quarter before".
    // "In" is matched too, to outlast chrono's "in a quarter (of an hour)", and trimmed later.
    re: /(?:\b[Ii]n\s+|(?<=\b(?:[Ff]or|[Dd]uring)\s+))the\s+(year|quarter)(?=\s*[,.;](?!\d))/,
    build: (c, m) => {
      const r = m[1] === 'quarter' ? (speaksOfQuarters(c) ? lastQuarter(c, m, 0) : null) : yearOf(c, m, lastQuarterYear(c));
      r?.start.addTag('dossier/reported-period');
      return r;
    },
  },
];

/** English earnings-report period parsers (none for uk/ru). */
export function earningsParsers(lang: Lang): Parser[] {
  if (lang !== 'en') return [];
  return PARSERS.map(({ re, build }) => ({
    pattern: () => re,
    extract: (context: ParsingContext, match: RegExpMatchArray) => build(context, match),
  }));
}
