import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { describe, expect, test } from 'vitest';
import { dateGateStats, findDates, prepareDateGates } from '../../utils/analyze';
import { dateParsers } from '../../utils/analyze/dates';
import { admits, gateText, literalGate, type Gate } from '../../utils/analyze/dates/pattern-gate';
import { withPlainLetters } from '../../utils/analyze/letters';
import type { Lang } from '../../utils/analyze/types';

const clauses = (re: RegExp) => literalGate(re)?.clauses.map((c) => [...c].sort()) ?? null;

describe('the literals every match of a pattern holds', () => {
  test('words of an alternation, joined to what always follows them, upper-cased', () => {
    expect(clauses(/(?<![а-яіїє])(?:у|в)\s+(січ(?:ень|ня)|лютого)(?![а-яіїє])/i)).toContainEqual(['ЛЮТОГО', 'СІЧЕНЬ', 'СІЧНЯ']);
  });

  test('every piece a match needs is a clause of its own, the strongest first', () => {
    const gate = literalGate(withPlainLetters(/(?<!\p{L})за\s+(?:минулу|останню)\s+добу/iu));
    expect(gate?.clauses).toEqual([['МИНУЛУ', 'ОСТАННЮ'], ['ДОБУ'], ['ЗА']]);
  });

  test('a look-around is not part of the match: its words are not asked for', () => {
    expect(clauses(/(?<=until )friday/i)).toEqual([['FRIDAY']]);
    expect(clauses(/(?<!\d)\d{4}(?= рік)/)).toEqual([['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']]);
  });

  test('what is optional or repeated from zero is not required', () => {
    expect(clauses(/(?:close to )?\d+ people/)).toEqual([[' PEOPLE'], ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']]);
    expect(clauses(/(?:tomorrow)*\s*/i)).toBeNull();
  });

  test('no gate where a branch needs nothing, or the syntax is beyond the reader', () => {
    expect(clauses(/yesterday|\w+/i)).toBeNull();
    expect(clauses(/yesterday|\w+ ago/i)).toEqual([[' AGO', 'YESTERDAY']]);
    expect(clauses(/(a)b\1/)).toBeNull();
    expect(clauses(/\p{L}+ день/u)).toBeNull();
    expect(clauses(/[^\d]+/)).toBeNull();
  });

  test('small classes are spelt out, wide ones (a script of letters) are not', () => {
    expect(clauses(/[IVX]{1,5} століття/)).toContainEqual(['I', 'V', 'X']);
    expect(clauses(/[a-zа-яіїєґ]/i)).toBeNull();
  });

  test('case: a gate of a case-insensitive pattern admits the word in any case, and no other word', () => {
    const gate = literalGate(/(?:у|в)\s+січні/i);
    expect(admits(gate, gateText('Це сталося у СІЧНІ.'))).toBe(true);
    expect(admits(gate, gateText('Це сталося у Січні.'))).toBe(true);
    expect(admits(gate, gateText('Це сталося в лютому.'))).toBe(false);
  });
});

// Real news text from the dev splits (not the scoreboard) and the seed article, in each language.
const E = '../shared/eval/';
const train = readFileSync(`${E}slavicner/SPLIT_cross-topic_train.txt`, 'utf8').split('\n');
const slavic = (lang: 'uk' | 'ru', n: number) =>
  train
    .map((f) => `${E}slavicner/${f.trim()}`)
    .filter((f) => f.includes(`/${lang}/`) && existsSync(f))
    .slice(0, n)
    .map((f) => readFileSync(f, 'utf8'));
const meantime = readdirSync(`${E}meantime_en/plain`).filter((f) => f.endsWith('.txt'));
const seed = readFileSync('../shared/fixtures/seed-article.txt', 'utf8');
const texts: Record<Lang, string[]> = {
  uk: [seed, ...slavic('uk', 40)],
  ru: slavic('ru', 40),
  en: meantime.map((f) => readFileSync(`${E}meantime_en/plain/${f}`, 'utf8')),
};
const BASE = { uk: chrono.uk.casual, ru: chrono.ru.casual, en: chrono.en.casual };

describe("gates of the engine's own date patterns, over real news", () => {
  for (const lang of ['uk', 'ru', 'en'] as const) {
    test(`${lang}: every match, taken alone, passes its pattern's gate`, () => {
      const context = { option: {}, text: '', refDate: new Date(), reference: { instant: new Date() } } as never;
      const patterns = dateParsers(lang, BASE[lang].clone().parsers).map((p) => withPlainLetters(p.pattern(context)));
      const gates = patterns.map(literalGate);
      // Most patterns need some literal; without gates nothing would be skipped.
      expect(gates.filter(Boolean).length).toBeGreaterThan(patterns.length * 0.8);
      let matches = 0;
      const failures: string[] = [];
      patterns.forEach((re, k) => {
        const gate: Gate | null = gates[k];
        for (const text of [...texts[lang], ...texts.uk.slice(0, 3)]) {
          // As chrono runs a pattern: again after each match, on the rest of the text.
          for (let from = 0, m = re.exec(text); m && from < text.length; ) {
            matches++;
            if (!admits(gate, gateText(m[0])) || !admits(gate, gateText(text))) failures.push(`${re.source.slice(0, 60)} on "${m[0]}"`);
            from += m.index + Math.max(1, m[0].length);
            m = re.exec(text.slice(from));
          }
        }
      });
      expect(failures).toEqual([]);
      expect(matches).toBeGreaterThan(200);
    });
  }
});

describe('findDates with its parsers gated', () => {
  test('finds the same dates as without gates, skipping parsers that cannot match', () => {
    const docs = [...texts.uk.map((t) => [t, 'uk'] as const), ...texts.ru.map((t) => [t, 'ru'] as const), ...texts.en.map((t) => [t, 'en'] as const)];
    const read = () => docs.map(([t, lang]) => findDates(t, '2025-11-24', lang));
    const before = read();
    expect(dateGateStats().skipped).toBe(0);
    expect(dateGateStats().unprepared).toBeGreaterThan(100);
    expect(prepareDateGates(0)).toBe(true);
    while (prepareDateGates(2));
    expect(dateGateStats().unprepared).toBe(0);
    const after = read();
    expect(after).toEqual(before);
    expect(before.flat().length).toBeGreaterThan(300);
    // Most parsers, on most texts, are now skipped.
    const runs = docs.length * 37;
    expect(dateGateStats().skipped).toBeGreaterThan(runs * 0.25);
  });
});
