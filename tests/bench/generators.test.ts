/**
 * The bench measures what it claims only if its pages really hold the names of its gazetteers, in
 * inflected forms, and the gazetteers are what they say: distinct names, nested by size.
 */
import { describe, expect, test } from 'vitest';
import { findActors } from '../../utils/analyze/actors';
import { compileGazetteer, loadGazetteer } from '../../utils/analyze/gazetteer';
import { pageText } from '../../scripts/bench/matcher';
import { allForms, baseAliases, gazetteerEntries } from '../../scripts/bench/names';
import { generatePage } from '../../scripts/bench/pages';

describe('bench gazetteers', () => {
  test('distinct names, the smaller list a prefix of the larger, people/places/organisations mixed', () => {
    const big = gazetteerEntries(3000);
    expect(new Set(big.map((e) => e.name)).size).toBe(3000);
    expect(gazetteerEntries(1000)).toEqual(big.slice(0, 1000));
    const kinds = new Map<string, number>();
    for (const e of big) kinds.set(e.kind!, (kinds.get(e.kind!) ?? 0) + 1);
    expect(kinds.get('person')!).toBeGreaterThan(1500);
    expect(kinds.get('place')!).toBeGreaterThan(300);
    expect(kinds.get('org')!).toBeGreaterThan(150);
  });

  test('baselines get the base names, or every inflected form the engine matches', () => {
    const entries = gazetteerEntries(50);
    const base = baseAliases(entries);
    const forms = allForms(entries);
    expect(base.length).toBeGreaterThanOrEqual(50);
    expect(forms.length).toBeGreaterThan(base.length * 5);
    const person = entries.find((e) => e.kind === 'person' && e.name.split(' ').length === 2 && e.lang === 'uk')!;
    const surname = person.name.split(' ')[1];
    // Some oblique case of the surname ("Коваленка"/"Ковальчуку"/"Бондарської") is among the forms.
    expect(forms.some((f) => f.startsWith(surname.slice(0, -2)) && f !== surname && !f.includes(' '))).toBe(true);
  });
});

describe('bench pages', () => {
  test('a page of the requested size, with news paragraphs in uk, ru and en', () => {
    const page = generatePage(gazetteerEntries(200), 100_000, 3);
    expect(page.bytes).toBeGreaterThanOrEqual(100_000);
    expect(page.bytes).toBeLessThan(101_000);
    expect(page.html).toContain('article:published_time');
    expect(page.html).toMatch(/<p>[^<]*(заявив|повідомляє|наголосив)/);
    expect(page.html).toMatch(/<p>[^<]*(сообщил|заявил)/);
    expect(page.html).toMatch(/<p>[^<]*(said|told reporters)/);
    // ~300 bytes a paragraph and 2-3 names in each, as in the 1 MB page (3,200 ¶, 8,000 names).
    expect(page.paragraphs).toBeGreaterThan(250);
    expect(page.names / page.paragraphs).toBeGreaterThan(2);
  });

  test('the engine finds nearly every name slot of the page with the gazetteer it was written from', () => {
    const entries = gazetteerEntries(300);
    const page = generatePage(entries, 60_000, 4);
    const found = findActors(pageText(page.html, 0), loadGazetteer(compileGazetteer(entries)));
    expect(found.length).toBeGreaterThan(page.names * 0.9);
    expect(found.length).toBeLessThanOrEqual(page.names * 1.05);
    // Inflected forms, not only base forms, are among the hits.
    const bases = new Set(baseAliases(entries));
    expect(found.filter((a) => !bases.has(a.text)).length).toBeGreaterThan(found.length * 0.2);
  });
});
