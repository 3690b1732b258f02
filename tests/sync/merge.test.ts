import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, mergeRecord, type SyncRecord } from '../../utils/sync/merge';
import { formatHlc } from '../../utils/sync/hlc';

const hlc = fc.record({ wall: fc.integer({ min: 1, max: 20 }), counter: fc.integer({ min: 0, max: 2 }), node: fc.constantFrom('a', 'b', 'c') }).map(formatHlc);
const tag = fc.constantFrom('женева', 'сша', 'мир', 'переговори');
const clipCopy: fc.Arbitrary<SyncRecord> = fc
  .record({
    hlc,
    noteHlc: hlc,
    note: fc.constantFrom('', 'перевірити', 'цитата точна', 'джерело: Reuters'),
    tagClock: fc.dictionary(tag, fc.record({ hlc, removed: fc.constantFrom<0 | 1>(0, 1) })),
    deleted: fc.constantFrom<0 | 1>(0, 1),
    quote: fc.constantFrom('Умєров заявив', 'Рубіо назвав'),
  })
  .map((r) => ({ id: 'clip:1', updatedAt: 1, ...r, tags: Object.keys(r.tagClock).filter((t) => !r.tagClock[t].removed) }));

const same = (x: SyncRecord, y: SyncRecord) => expect(canonical(x)).toBe(canonical(y));

describe('merge rule', () => {
  it('is commutative, idempotent and associative for clips, so devices converge in any order', () => {
    fc.assert(
      fc.property(clipCopy, clipCopy, clipCopy, (a, b, c) => {
        same(mergeRecord('clips', a, b), mergeRecord('clips', b, a));
        const ab = mergeRecord('clips', a, b);
        same(mergeRecord('clips', ab, ab), ab);
        same(mergeRecord('clips', mergeRecord('clips', a, b), c), mergeRecord('clips', a, mergeRecord('clips', b, c)));
      }),
      { numRuns: 500 },
    );
  });

  it('never drops a note: every input note is the result or one of its conflicts', () => {
    fc.assert(
      fc.property(clipCopy, clipCopy, (a, b) => {
        const m = mergeRecord('clips', a, b);
        const kept = [m.note, ...(m.conflicts ?? []).map((c) => c.note)];
        for (const n of [a.note, b.note]) if (n) expect(kept).toContain(n);
      }),
    );
  });

  it('a tag removed after it was added elsewhere stays removed; one added later stays', () => {
    const a: SyncRecord = { id: 'c', updatedAt: 1, deleted: 0, hlc: formatHlc({ wall: 5, counter: 0, node: 'a' }), tags: ['женева', 'сша'],
      tagClock: { женева: { hlc: formatHlc({ wall: 1, counter: 0, node: 'a' }), removed: 0 }, сша: { hlc: formatHlc({ wall: 5, counter: 0, node: 'a' }), removed: 0 } } };
    const b: SyncRecord = { id: 'c', updatedAt: 1, deleted: 0, hlc: formatHlc({ wall: 3, counter: 0, node: 'b' }), tags: [],
      tagClock: { женева: { hlc: formatHlc({ wall: 3, counter: 0, node: 'b' }), removed: 1 } } };
    expect(mergeRecord('clips', a, b).tags).toEqual(['сша']);
  });

  it('a later tombstone wins over an earlier edit, and an edit after the deletion brings the record back', () => {
    const live: SyncRecord = { id: 's', updatedAt: 1, deleted: 0, hlc: formatHlc({ wall: 2, counter: 0, node: 'a' }), title: 'Женева' };
    const gone: SyncRecord = { ...live, deleted: 1, hlc: formatHlc({ wall: 3, counter: 0, node: 'b' }) };
    expect(mergeRecord('sources', live, gone).deleted).toBe(1);
    expect(mergeRecord('sources', { ...live, hlc: formatHlc({ wall: 4, counter: 0, node: 'a' }) }, gone).deleted).toBe(0);
  });
});
