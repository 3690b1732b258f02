/**
 * The gazetteer matcher on random text with the real starter gazetteer: no exception, every span
 * inside the text and equal to its slice, sorted and non-overlapping, canonical names from the list.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findActors } from '../../utils/analyze/actors';
import { compileGazetteer, loadGazetteer } from '../../utils/analyze/gazetteer';
import { expectSpansInside, newsText, starterEntries } from './arbitraries';

const gazetteer = loadGazetteer(compileGazetteer(starterEntries));
const names = new Set(starterEntries.map((e) => e.name));

describe('findActors fuzz (starter gazetteer)', () => {
  test('random news-like Unicode text: spans inside, exact, ordered, canonical', () => {
    fc.assert(
      fc.property(newsText(), (text) => {
        const spans = findActors(text, gazetteer);
        expect(expectSpansInside(text, spans)).toBeNull();
        for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
        for (const s of spans) expect(names.has(s.name), s.name).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test('arbitrary full-Unicode strings (lone surrogates, controls) never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(expectSpansInside(text, findActors(text, gazetteer))).toBeNull();
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test('a name is found the same wherever it sits between separators and noise', () => {
    fc.assert(
      fc.property(newsText(8), fc.constantFrom(' ', '\n', '. ', ' (', ' «'), newsText(8), (before, sep, after) => {
        const text = `${before}${sep}Зеленський${sep === ' «' ? '» ' : ' '}${after}`;
        const at = before.length + sep.length;
        const spans = findActors(text, gazetteer);
        // The name may be swallowed by a longer name that starts in the noise, but never cut.
        const cover = spans.find((s) => s.start <= at && s.end >= at + 'Зеленський'.length);
        const overlapping = spans.filter((s) => s.start < at + 10 && s.end > at);
        expect(overlapping.every((s) => s === cover), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test('a random user gazetteer (names with apostrophes, digits, emoji) compiles and matches its own names', () => {
    const name = fc
      .array(fc.constantFrom('Іван', 'Пʼятниця', "О'Браєн", 'Renée', 'Zoë', '🦊', 'Ltd.', '7', 'Аль-Каїда', 'ʼ', 'Х'), { minLength: 1, maxLength: 3 })
      .map((p) => p.join(' '));
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 6 }), newsText(10), (list, noise) => {
        const g = loadGazetteer(compileGazetteer(list.map((n) => ({ name: n }))));
        const text = `${noise} ${list.join(' , ')} ${noise}`;
        const spans = findActors(text, g);
        expect(expectSpansInside(text, spans)).toBeNull();
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
