import type { DateSpan, Span } from '../types';

// "Third-quarter sales dropped 11% to $1.27 billion from $1.43 billion a year ago", "net sales
// fell 42% last month from the same month a year ago": compared with a period its sentence named
// first, "a year earlier/ago" is that period a year back (TimeBank 1988-Q3, MEANTIME 2008-01),
// not the whole year before publication.

const YEAR_BACK = /^(?:a|one)\s+year\s+(?:earlier|ago|before)$/i;
const PERIOD_TIMEX = /^(\d{4})-(Q[1-4]|H[12])$/;

function back(value: string): string {
  return `${Number(value.slice(0, 4)) - 1}${value.slice(4)}`;
}

/** Re-dates each "a year earlier" after a quarter, half or month of its own sentence. */
export function alignYearEarlier(dates: DateSpan[], sentences: Span[]): DateSpan[] {
  return dates.map((d, i) => {
    if (!YEAR_BACK.test(d.text)) return d;
    const sentence = sentences.find((s) => d.start >= s.start && d.start < s.end);
    if (!sentence) return d;
    const period = dates
      .slice(0, i)
      .reverse()
      .find((p) => p.start >= sentence.start && (PERIOD_TIMEX.test(p.timex ?? '') || (p.precision === 'month' && !p.timex && !p.endValue)));
    if (!period) return d;
    const out: DateSpan = { ...d, value: back(period.value), precision: period.precision };
    if (period.endValue) out.endValue = back(period.endValue);
    else delete out.endValue;
    if (period.timex) out.timex = back(period.timex);
    else delete out.timex;
    return out;
  });
}
