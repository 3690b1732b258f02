/**
 * Event dates as readers say them, at the precision the text gave: a month-precision event is
 * "листопад 2025" / "November 2025", never a made-up first day of the month.
 */
import type { DatePrecision } from '../utils/analyze/types';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = formatters.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
          : { year: 'numeric', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(locale, opts);
    formatters.set(key, f);
  }
  return f;
}

/** Precision of a YYYY[-MM[-DD]] value by its length. */
export function precisionOf(value: string): DatePrecision {
  return value.length >= 10 ? 'day' : value.length >= 7 ? 'month' : 'year';
}

export function formatDateValue(value: string, precision: DatePrecision, locale: string): string {
  const [y, m = '1', d = '1'] = value.split('-');
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(date.getTime())) return value;
  const parts = formatter(locale, precision).formatToParts(date);
  // Drop the trailing era-like marker some locales add after the year ("2025 р.").
  let last = parts.length - 1;
  while (last > 0 && parts[last]?.type === 'literal') last--;
  return parts
    .slice(0, last + 1)
    .map((p) => p.value)
    .join('');
}

/** Events group by their own precision: days by day, month-precision events under the month. */
export function groupKey(date: string, precision: DatePrecision): string {
  return precision === 'day' ? date.slice(0, 10) : precision === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}
