import { segmentSentences } from './segment';
import type { ActorSpan, ClaimSpan, DateSpan, EventRecordDraft, Span } from './types';

/**
 * For each sentence, the indices (ascending) of the spans that start inside it — or, with `overlap`,
 * that overlap it. A sorted sweep instead of filtering every list per sentence: a 2 MB page has
 * tens of thousands of sentences and spans, and the per-sentence filter was quadratic (minutes).
 */
function perSentence(sentences: Span[], spans: Span[], overlap = false): number[][] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || a - b);
  const out: number[][] = sentences.map(() => []);
  let first = 0;
  sentences.forEach((s, k) => {
    // Spans wholly before this sentence never matter again (sentences come in text order).
    while (first < order.length && (overlap ? spans[order[first]].end <= s.start : spans[order[first]].start < s.start)) first++;
    for (let j = first; j < order.length && spans[order[j]].start < s.end; j++) {
      const x = spans[order[j]];
      if (overlap ? x.end > s.start : x.start >= s.start) out[k].push(order[j]);
    }
    out[k].sort((a, b) => a - b);
  });
  return out;
}

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
  const sentences = segmentSentences(text);
  const datesIn = perSentence(sentences, dates);
  const claimsIn = perSentence(sentences, claims);
  const actorsIn = perSentence(sentences, actors, true);
  sentences.forEach((s, k) => {
    const own = datesIn[k].map((i) => dates[i]);
    const kept = own.filter((d) => !own.some((o) => o !== d && covers(d, o)));
    const claimIdx = claimsIn[k];
    const names = [...new Set(actorsIn[k].map((i) => actors[i].name))];
    const base = { text: s.text, start: s.start, end: s.end, actors: names, claims: claimIdx };
    const seen = new Set<string>();
    for (const d of kept) {
      if (seen.has(d.value)) continue;
      seen.add(d.value);
      events.push({ date: d.value, precision: d.precision, ...base });
    }
    if (kept.length === 0 && claimIdx.length > 0) events.push({ date: day, precision: 'day', ...base });
  });
  return events;
}
