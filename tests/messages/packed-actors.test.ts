import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileGazetteer, findActors, loadGazetteer } from '../../utils/analyze';
import type { ActorSpan } from '../../utils/analyze/types';
import { packActors, unpackActors } from '../../utils/messages/packed-actors';

const text = 'Олександр Лукашенко зустрівся з Зеленським у Білорусі. Лукашенка запитали про Білорусь.';
const gazetteer = loadGazetteer(JSON.parse(JSON.stringify(compileGazetteer([
  { name: 'Олександр Лукашенко', kind: 'person' },
  { name: 'Володимир Зеленський', kind: 'person' },
  { name: 'Білорусь', kind: 'place' },
]))));

describe('packed actor spans (the analyze/names reply)', () => {
  test('round-trips what the matcher found, each name sent once, at the caller\'s offset', () => {
    const actors = findActors(text, gazetteer);
    expect(actors.length).toBeGreaterThanOrEqual(5);
    const packed = packActors(actors);
    expect(packed.names.slice().sort()).toEqual(['Білорусь', 'Володимир Зеленський', 'Олександр Лукашенко']);
    expect(unpackActors(packed, text)).toEqual(actors);
    const moved = unpackActors(packed, text, 1000);
    expect(moved.map((a) => a.start - 1000)).toEqual(actors.map((a) => a.start));
    expect(moved.map((a) => a.text)).toEqual(actors.map((a) => a.text));
    // On a long page (names repeat), far smaller than the objects it stands for.
    const long = `${text}\n`.repeat(50);
    const many = findActors(long, gazetteer);
    expect(JSON.stringify(packActors(many)).length).toBeLessThan(JSON.stringify(many).length / 5);
  });

  test('any spans, in any order, come back as they went', () => {
    const span = fc.record({ start: fc.nat(500), len: fc.integer({ min: 1, max: 40 }), name: fc.constantFrom('A', 'Б', 'Київ'), kind: fc.constantFrom<ActorSpan['kind']>('person', 'place', 'org') });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), (raw) => {
        const page = 'x'.repeat(600);
        const actors: ActorSpan[] = raw.map((s) => ({ text: page.slice(s.start, s.start + s.len), start: s.start, end: s.start + s.len, name: s.name, kind: s.kind }));
        expect(unpackActors(packActors(actors), page)).toEqual(actors);
      }),
    );
  });

  test('a reply that does not fit the text is refused, not drawn somewhere else', () => {
    const packed = packActors(findActors(text, gazetteer));
    expect(() => unpackActors(packed, text.slice(0, 20))).toThrow(/out of range/);
    expect(() => unpackActors({ ...packed, spans: '1,2' }, text)).toThrow(/triples/);
    expect(() => unpackActors({ ...packed, names: [] }, text)).toThrow(/out of range/);
    expect(unpackActors({ names: [], kinds: [], spans: '' }, text)).toEqual([]);
    // Anything but base-36 numbers and commas (a sign only before a gap) is refused.
    for (const spans of ['1,2,0,', ',1,2,0', '1,2,!', '1,2,A', '1,2,-0', '1,-2,0', '1,2,0.5', '1,2,0,,1,2,0', '1 ,2,0', '--1,2,0']) {
      expect(() => unpackActors({ ...packed, spans }, text), spans).toThrow(/malformed|triples/);
    }
    // A negative gap (a span before the one sent ahead of it) is read back as such.
    expect(unpackActors({ names: ['X'], kinds: ['person'], spans: '5,3,0,-8,2,0' }, text).map((a) => [a.start, a.end])).toEqual([[5, 8], [0, 2]]);
  });
});
