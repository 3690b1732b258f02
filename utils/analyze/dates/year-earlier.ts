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

// "reported a methamphetamine use disorder in 2017, marking a significant increase from the
// previous year": the year before the year its sentence named, not before publication.
const PREVIOUS_YEAR = /^the\s+(?:previous|prior|preceding)\s+year$/i;

/**
 * Re-dates each "a year earlier" after a quarter, half or month of its own sentence, and each
 * "the previous year" after a year of its own sentence.
 */
export function alignYearEarlier(dates: DateSpan[], sentences: Span[]): DateSpan[] {
  return dates.map((d, i) => {
    const previous = PREVIOUS_YEAR.test(d.text);
    if (!previous && !YEAR_BACK.test(d.text)) return d;
    const sentence = sentences.find((s) => d.start >= s.start && d.start < s.end);
    if (!sentence) return d;
    if (previous) {
      const year = dates
        .slice(0, i)
        .reverse()
        .find((p) => p.start >= sentence.start && p.precision === 'year' && /^\d{4}$/.test(p.value) && !p.endValue);
      return year ? { ...d, value: String(Number(year.value) - 1) } : d;
    }
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
