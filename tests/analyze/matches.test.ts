import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analyze';
import { compileGazetteer, loadGazetteer } from '../../utils/analyze/gazetteer';
import { allMatches, splitBy } from '../../utils/analyze/matches';

const shape = (ms: RegExpMatchArray[]) => ms.map((m) => ({ at: m.index, text: m[0], groups: [...m] }));

describe('allMatches', () => {
  const cases: [RegExp, string][] = [
    [/\s+/g, '  two  words\tand\nlines '],
    [/[,;:–—]/g, 'a, b; c: d – e — f'],
    [/(\d+)-(\d+)/g, '1990-91, 2009-2010 and 7-8'],
    [/[\p{L}\p{N}.'’ʼ-]+/gu, 'Пʼятеро українців, O’Neil and 3.5 — done.'],
    [/x*/g, 'axxbx'], // empty matches step on, as matchAll does
    [/(?:)/gu, 'a😀b'], // …by a whole code point under u
    [/\bnow\b/gi, 'Now or never, now.'],
  ];
  it.each(cases)('%s gives what matchAll gives', (re, text) => {
    expect(shape(allMatches(re, text))).toEqual(shape([...text.matchAll(re)]));
    expect(re.lastIndex).toBe(0);
  });

  it('reuses the pattern it is given instead of copying it', () => {
    const re = /a/g;
    const ms = allMatches(re, 'banana');
    expect(ms.map((m) => m.index)).toEqual([1, 3, 5]);
    // A pattern left mid-way by another caller starts from the beginning.
    re.lastIndex = 4;
    expect(allMatches(re, 'banana')).toHaveLength(3);
  });

  it('refuses a pattern without the g flag (exec would loop on the first match)', () => {
    expect(() => allMatches(/a/, 'aaa')).toThrow(/global/);
  });
});

describe('splitBy', () => {
  const cases: [RegExp, string][] = [
    [/\s+/g, ' lead and  trail '],
    [/\s+/g, ''],
    [/[.;:!?]/g, 'first clause; second. third'],
    [/[.!?]\s/g, 'One. Two! Three'],
    [/\s+/g, 'single'],
  ];
  it.each(cases)('%s gives what split gives', (re, text) => {
    expect(splitBy(re, text)).toEqual(text.split(re));
  });
});

/**
 * The engine, once warm, builds no pattern while it reads: every `new RegExp`, and every copy that
 * `matchAll` or `split` would make, is a pattern V8 compiles again after a few collections (that is,
 * on every page the background analyses). Counted with the constructor swapped for a counting one
 * and RegExp[Symbol.species] (how matchAll and split make their copy) watched.
 */
describe('the engine builds no RegExp per call', () => {
  const NativeRegExp = globalThis.RegExp;
  const species = Object.getOwnPropertyDescriptor(NativeRegExp, Symbol.species)!;
  afterEach(() => {
    globalThis.RegExp = NativeRegExp;
    Object.defineProperty(NativeRegExp, Symbol.species, species);
  });

  it('over uk, ru and en articles', () => {
    const starter = JSON.parse(readFileSync(new URL('../../public/gazetteer/starter.json', import.meta.url), 'utf8'));
    const gazetteer = loadGazetteer(JSON.parse(JSON.stringify(compileGazetteer(starter))));
    const seed = readFileSync(new URL('../../../shared/fixtures/seed-article.txt', import.meta.url), 'utf8');
    const texts: [string, 'uk' | 'ru' | 'en'][] = [
      [seed, 'uk'],
      ['«Мы не допустим эскалации», — заявил Дмитрий Песков 3 марта 2025 года. В 2024 году, по словам министра, торговля выросла. На следующей неделе в Минске пройдут переговоры.', 'ru'],
      ['"We will not back down," President Biden said on Tuesday. According to officials, the talks resumed in 2024 and will end next month. The 2009-2010 season was cut short; the day before, the league said it was "reviewing" plans.', 'en'],
    ];
    const run = () => texts.map(([text, lang]) => analyze(text, gazetteer, { published: '2025-11-24', lang }));
    const warm = run(); // module set-up and first-use caches build their patterns here

    const built: string[] = [];
    globalThis.RegExp = new Proxy(NativeRegExp, {
      construct(target, args, newTarget) {
        built.push(String(args[0]).slice(0, 60));
        return Reflect.construct(target, args, newTarget);
      },
      apply(target, self, args) {
        built.push(String(args[0]).slice(0, 60));
        return Reflect.apply(target, self, args);
      },
    });
    Object.defineProperty(NativeRegExp, Symbol.species, {
      configurable: true,
      get() {
        built.push('(a copy: matchAll or split)');
        return NativeRegExp;
      },
    });
    const again = run();

    expect(built).toEqual([]);
    // The counting changed nothing the engine found.
    expect(again).toEqual(warm);
    expect(warm.every((r) => r.dates.length > 0 && r.claims.length > 0)).toBe(true);
  });
});
