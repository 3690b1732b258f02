/**
 * buildEvents assigns spans to sentences with a sorted sweep (linear) instead of filtering every
 * list per sentence (quadratic, minutes on a 2 MB page). The sweep must give exactly what the plain
 * per-sentence filter gives, on random text with random spans in any order.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildEvents } from '../../utils/analyze/events';
import { segmentSentences } from '../../utils/analyze/segment';
import type { ActorSpan, ClaimSpan, DateSpan, EventRecordDraft } from '../../utils/analyze/types';

/** The obvious definition, kept here as the reference. */
function reference(text: string, dates: DateSpan[], actors: ActorSpan[], claims: ClaimSpan[], published: string): EventRecordDraft[] {
  const inside = (s: { start: number; end: number }, x: { start: number }) => x.start >= s.start && x.start < s.end;
  const covers = (c: DateSpan, f: DateSpan) => c.value.length < f.value.length && f.value.startsWith(c.value);
  const events: EventRecordDraft[] = [];
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
    if (kept.length === 0 && claimIdx.length > 0) events.push({ date: published, precision: 'day', ...base });
  }
  return events;
}

const sentence = fc.constantFrom('Зеленський заявив про це. ', 'Це сталося 24 листопада! ', 'Що далі? ', '«Так», — сказав він.\n', 'Reuters пише… ', ' ', '\n\n');
const text = fc.array(sentence, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
const span = (n: number) => fc.tuple(fc.nat(n), fc.integer({ min: 1, max: 40 })).map(([s, len]) => ({ start: s, end: Math.min(n + 1, s + len) }));

describe('buildEvents sweep', () => {
  test('equals the per-sentence filter for random spans in any order', () => {
    fc.assert(
      fc.property(
        text.chain((t) =>
          fc.tuple(
            fc.constant(t),
            fc.array(fc.tuple(span(t.length), fc.constantFrom(['2025', 'year'], ['2025-11', 'month'], ['2025-11-24', 'day'], ['2025-11-20', 'day']) as fc.Arbitrary<[string, 'year' | 'month' | 'day']>), { maxLength: 8 }),
            fc.array(fc.tuple(span(t.length), fc.constantFrom('Володимир Зеленський', 'Reuters')), { maxLength: 8 }),
            fc.array(span(t.length), { maxLength: 5 }),
          ),
        ),
        ([t, ds, as, cs]) => {
          const dates: DateSpan[] = ds.map(([s, [value, precision]]) => ({ ...s, text: t.slice(s.start, s.end), value, precision }));
          const actors: ActorSpan[] = as.map(([s, name]) => ({ ...s, text: t.slice(s.start, s.end), name, kind: 'person' }));
          const claims: ClaimSpan[] = cs.map((s) => ({ ...s, text: t.slice(s.start, s.end), speaker: null, mode: 'direct' }));
          expect(buildEvents(t, dates, actors, claims, '2025-11-24')).toEqual(reference(t, dates, actors, claims, '2025-11-24'));
        },
      ),
      { numRuns: 400 },
    );
  }, 30_000);
});
