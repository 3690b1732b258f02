import { segmentSentences } from './segment';
import type { ActorSpan, ClaimSpan, DateSpan, EventRecordDraft, Span } from './types';

const inside = (s: Span, x: { start: number }) => x.start >= s.start && x.start < s.end;

/** Whether `coarse` (e.g. "2025") covers `fine` (e.g. "2025-06-21") and says less. */
function covers(coarse: DateSpan, fine: DateSpan): boolean {
  return coarse.value.length < fine.value.length && fine.value.startsWith(coarse.value);
}

/**
 * Turns sentences into timeline events: one event per resolved date of a sentence (a coarser date
 * that a finer one of the same sentence already pins down, "У 2025 році … 21 червня", adds nothing
 * and is dropped). A sentence without a date but with a claim becomes an event on the publication
 * day: the statement was made, at the latest, when the article reported it, and a timeline that
 * left out undated statements would hide most of what an article says. Its precision is 'day'
 * because the publication date is a known day; the sentence has no date span of its own.
 */
export function buildEvents(
  text: string,
  dates: DateSpan[],
  actors: ActorSpan[],
  claims: ClaimSpan[],
  published: string,
): EventRecordDraft[] {
  const events: EventRecordDraft[] = [];
  const day = published.slice(0, 10);
  for (const s of segmentSentences(text)) {
    const own = dates.filter((d) => inside(s, d));
    const kept = own.filter((d) => !own.some((o) => o !== d && covers(d, o)));
    const claimIdx = claims.flatMap((c, i) => (inside(s, c) ? [i] : []));
    const names = [...new Set(actors.filter((a) => a.start < s.end && a.end > s.start).map((a) => a.name))];
    const base = { text: s.text, start: s.start, end: s.end, actors: names, claims: claimIdx };
    const seen = new Set<string>();
    for (const d of kept) {
      if (seen.has(d.value)) continue;
      seen.add(d.value);
      events.push({ date: d.value, precision: d.precision, ...base });
    }
    if (kept.length === 0 && claimIdx.length > 0) events.push({ date: day, precision: 'day', ...base });
  }
  return events;
}
