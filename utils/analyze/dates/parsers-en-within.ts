import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { Lang } from '../types';

// "Earlier in the day", "later in the week", "earlier in the month": the day, week or month the
// story stands in — in news, the publication's (TIMEX3 dates "the week" by its ISO week). chrono
// reads "in the week" as "in a week" and sent "Earlier in the week, he said" seven days ahead;
// a bare "in the day/week/month/year" is no date ("works in the day", "in the year since"), and
// refine-en.ts drops it.

const UNITS = ['day', 'week', 'month', 'year'] as const;

function within(c: ParsingContext, m: RegExpMatchArray): ParsingResult {
  const unit = m[1].toLowerCase() as (typeof UNITS)[number];
  const ref = c.refDate;
  const r = c.createParsingResult(m.index ?? 0, m[0]);
  if (unit === 'week') {
    const monday = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - ((ref.getDay() + 6) % 7), 12);
    const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6, 12);
    r.start = c.createParsingComponents({ year: monday.getFullYear(), month: monday.getMonth() + 1, day: monday.getDate() });
    r.end = c.createParsingComponents({ year: sunday.getFullYear(), month: sunday.getMonth() + 1, day: sunday.getDate() });
    r.start.addTag('dossier/week');
  } else {
    r.start = c.createParsingComponents({ year: ref.getFullYear() });
    if (unit === 'year') r.start.addTag('dossier/year');
    if (unit === 'day' || unit === 'month') r.start.assign('month', ref.getMonth() + 1);
    else r.start.imply('month', 1);
    if (unit === 'day') r.start.assign('day', ref.getDate());
    else r.start.imply('day', 1);
  }
  // Matched with "earlier in" to outlast chrono's "in a week"; trimmed to "the week" later.
  r.start.addTag('dossier/within');
  return r;
}

const PATTERNS = [
  /\b(?:earlier|later)\s+in\s+the\s+(day|week|month|year)\b(?!\s+(?:of|before|after|since|to|ago)\b|-)/i,
  // "A decision is expected by the end of the week": TIMEX3 dates a part of the week by the week,
  // as parsers-en.ts does "the end of the year" (chrono reads neither). Not "the end of the day",
  // mostly "in the end".
  /\bthe\s+(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+(week)\b(?!\s+(?:of|before|after)\b|-)/i,
];

/** English "earlier/later in the day/week/month/year", "the end of the week" (none for uk/ru). */
export function withinParsers(lang: Lang): Parser[] {
  if (lang !== 'en') return [];
  return PATTERNS.map((re) => ({ pattern: () => re, extract: (c: ParsingContext, m: RegExpMatchArray) => within(c, m) }));
}
