/**
 * The matcher's shortcut for words that start in lower case (most words of running text): it must
 * find exactly what the full walk finds, for names written capitalised, in capitals and in lower case.
 */
import { describe, expect, test } from 'vitest';
import { findActors } from '../../utils/analyze/actors';
import { compileGazetteer, loadGazetteer } from '../../utils/analyze/gazetteer';
import type { GazetteerEntry } from '../../utils/analyze/types';
import { gazetteerEntries } from '../../scripts/bench/names';
import { generatePage } from '../../scripts/bench/pages';
import { pageText } from '../../scripts/bench/matcher';

const entries: GazetteerEntry[] = [
  { name: 'Олександр Лукашенко', kind: 'person' },
  { name: 'США', kind: 'place' },
  { name: 'інавгурація', kind: 'org' }, // an entry a user wrote in lower case
  { name: 'Київ', kind: 'place' },
];
const text =
  'Олександр Лукашенко прибув до Києва. Лукашенка зустріли у США, а інавгурацію перенесли. ' +
  'сша тут не назва, і київ у лапках теж ні; Інавгурація пройде в Києві.';

describe('lower-case word starts', () => {
  test('capitalised names and acronyms never start at a lower-case letter; lower-case entries do', () => {
    const compiled = compileGazetteer(entries);
    expect(compiled.lowerStarts).toBe('і');
    const found = findActors(text, loadGazetteer(compiled)).map((a) => a.text);
    expect(found).toEqual(['Олександр Лукашенко', 'Києва', 'Лукашенка', 'США', 'інавгурацію', 'Інавгурація', 'Києві']);
  });

  test('same results with and without the shortcut (an older compiled copy has no lowerStarts)', () => {
    const all = gazetteerEntries(500);
    const compiled = compileGazetteer([...entries, ...all]);
    const { lowerStarts, ...older } = compiled;
    expect(lowerStarts).toBeDefined();
    const page = text + '\n' + pageText(generatePage(all, 40_000, 9).html, 0);
    const fast = findActors(page, loadGazetteer(compiled));
    const full = findActors(page, loadGazetteer(older));
    expect(fast.length).toBeGreaterThan(200);
    expect(fast).toEqual(full);
  });
});
