import type { ParsedComponents } from 'chrono-node';
import type { DatePrecision } from '../types';
import type { Tense } from './tense';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** What the text fixes: a day, a month or only a year. chrono fills the rest with guesses. */
export function precisionOf(c: ParsedComponents): DatePrecision {
  const tags = c.tags();
  if (tags.has('dossier/year') || tags.has('dossier/years') || tags.has('dossier/decade') || tags.has('dossier/century')) return 'year';
  if (tags.has('dossier/season') || tags.has('dossier/quarter')) return 'month';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  // Relative phrases ("минулого тижня", "last week") fix nothing exactly but still name days.
  return 'day';
}

const serial = (d: Ymd, p: DatePrecision) =>
  p === 'year' ? d.year * 10000 : p === 'month' ? d.year * 10000 + d.month * 100 : d.year * 10000 + d.month * 100 + d.day;

/**
 * Picks the year of a date written without one ("9 листопада", "в січні") relative to the
 * publication date `ref`: the latest such date not after it when the sentence speaks of the past,
 * the earliest not before it for the future, otherwise the nearest. chrono's own choice is the
 * nearest, which puts "в січні" of a past-tense November sentence into the next January.
 */
export function pickYear(d: Ymd, ref: Ymd, precision: DatePrecision, tense: Tense): number {
  const at = (y: number) => serial({ ...d, year: y }, precision);
  const now = serial(ref, precision);
  const years = [ref.year - 1, ref.year, ref.year + 1];
  if (tense === 'past') return [...years].reverse().find((y) => at(y) <= now) ?? ref.year - 1;
  if (tense === 'future') return years.find((y) => at(y) >= now) ?? ref.year + 1;
  const monthsAway = (y: number) => Math.abs(y * 12 + d.month - (ref.year * 12 + ref.month));
  // Ties (six months either way) go to the past: news reports more than it forecasts.
  return years.reduce((best, y) => (monthsAway(y) < monthsAway(best) ? y : best), ref.year - 1);
}

/** A bare weekday ("on Tuesday", "у вівторок"): the last one before `ref`, or the next one after. */
export function pickWeekday(weekday: number, ref: Ymd, tense: Tense): Ymd {
  const base = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  const diff = weekday - base.getUTCDay();
  const forward = (diff + 7) % 7;
  // The publication weekday itself is that day ("talks resume Friday" in a Friday paper). With no
  // tense, the nearer one: a Sunday paper's "Monday" is tomorrow, not six days ago.
  const back = forward === 0 ? 0 : forward - 7;
  const shift = tense === 'future' ? forward : tense === 'past' ? back : forward < -back ? forward : back;
  base.setUTCDate(base.getUTCDate() + shift);
  return { year: base.getUTCFullYear(), month: base.getUTCMonth() + 1, day: base.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY | YYYY-MM | YYYY-MM-DD at the given precision. */
export function formatDate(d: Ymd, precision: DatePrecision): string {
  if (precision === 'year') return String(d.year);
  if (precision === 'month') return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Reads YYYY-MM-DD (or a longer ISO timestamp) as a calendar day. */
export function parseYmd(iso: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
