import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findActors } from '../../utils/analyze/actors';
import { findCandidates } from '../../utils/analyze/candidates';
import { compileGazetteer, loadGazetteer } from '../../utils/analyze/gazetteer';
import { inflectName } from '../../utils/analyze/morphology';

const gazetteer = loadGazetteer(compileGazetteer([
  { name: 'Олександр Лукашенко', kind: 'person' }, { name: 'Сполучені Штати', kind: 'place', aliases: ['США'] },
  { name: 'Росія', kind: 'place', aliases: ['Россия'] }, { name: 'Reuters', kind: 'org' },
]));
const FORMS = [...inflectName('Олександр Лукашенко', { kind: 'person' }), ...inflectName('Сполучені Штати', { kind: 'place' }), 'Росією', 'России', 'Reuters', 'США'];
/** Text from pieces that stress boundaries: names, their fragments, apostrophes, hyphens, quotes, spaces. */
const piece = fc.oneof(
  fc.constantFrom(...FORMS),
  fc.constantFrom('Лукашенк', 'Росі', 'російському', 'Штат', 'сша', 'ʼ', "'", '’', '-', '«', '»', ' ', '  ', '\n', '.', ',', 'і', 'пʼятеро', 'Trump’s', '\u0301'),
  fc.string({ maxLength: 4 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

describe('findActors / findCandidates properties', () => {
  it('return spans inside the text, matching it, sorted and non-overlapping', () => {
    fc.assert(fc.property(text, (t) => {
      const actors = findActors(t, gazetteer);
      const candidates = findCandidates(t, actors, 'uk');
      for (const list of [actors, candidates]) {
        let last = 0;
        for (const s of list) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(t.slice(s.start, s.end)).toBe(s.text);
          last = s.end;
        }
      }
      for (const c of candidates) expect(actors.some((a) => c.start < a.end && c.end > a.start)).toBe(false);
    }), { numRuns: 500 });
  });

  it('find every declined form standing alone between spaces, with its canonical name', () => {
    fc.assert(fc.property(fc.constantFrom(...FORMS), fc.constantFrom(' ', '. ', ', «', ' (', '\n'), (form, sep) => {
      const t = `Вчора${sep}${form}${sep.includes('«') ? '»' : ''} заявив`;
      const found = findActors(t, gazetteer);
      expect(found.map((a) => a.text)).toEqual([form]);
    }), { numRuns: 200 });
  });
});
