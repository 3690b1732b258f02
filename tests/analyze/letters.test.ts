import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import * as chrono from 'chrono-node';
import { dateParsers, withCheapPatterns } from '../../utils/analyze/dates';
import { LETTERS, NUMBERS, withPlainLetters } from '../../utils/analyze/letters';
import { EVAL_DIR, evalPath } from '../../scripts/eval/corpus';

const BLOCKS: [number, number][] = [
  [0x0000, 0x052f], // Basic Latin … Cyrillic Supplement
  [0x1d00, 0x1fff], // Phonetic Extensions … Greek Extended
];

describe('plain letter ranges for case-insensitive look-arounds', () => {
  test('within Latin, Greek and Cyrillic they are exactly the letters \\p{L} holds, in both cases', () => {
    const plain = new RegExp(`^[${LETTERS}]$`, 'iu');
    const unicode = /^\p{L}$/iu;
    const disagree: string[] = [];
    for (const [from, to] of BLOCKS) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCodePoint(c);
        if (plain.test(ch) !== unicode.test(ch)) disagree.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
      }
    }
    expect(disagree).toEqual([]);
    // The apostrophe letter of Ukrainian words ("п’ятниця" typed with ʼ) is a letter here too.
    expect(plain.test('ʼ')).toBe(true);
  });

  test('NUMBERS are the numbers \\p{N} holds in those blocks and in number forms, enclosed and fullwidth digits', () => {
    const plain = new RegExp(`^[${NUMBERS}]$`);
    const unicode = /^\p{N}$/u;
    const disagree: string[] = [];
    for (const [from, to] of [...BLOCKS, [0x2000, 0x2bff], [0xff00, 0xffef]]) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        if (plain.test(ch) !== unicode.test(ch)) disagree.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
      }
    }
    expect(disagree).toEqual([]);
  });

  test("chrono's pattern shape keeps its matches without the u flag: \\p{L} and \\p{N} in a class and on their own", () => {
    const chronoLike = /([^\p{L}\p{N}_]|^)(сьогодні|вчора|минулого\s+тижня)(?=[^\p{L}\p{N}_]|$)/iu;
    const standalone = /(?<!\p{L})(?:січ|лют|листопад)(?:ень|ня|а)?(?!\p{L})/iu;
    const text = 'Вчора, 24 листопада, у Києві… «Сьогодні» — ні; завчора й сьогоднішній — ні. Минулого тижня Листопада не було. 2вчора, 😀вчора.';
    for (const re of [chronoLike, standalone]) {
      const plain = withPlainLetters(re);
      expect(plain.source).not.toContain('\\p{');
      expect(plain.flags).toBe(re.flags.replace('u', ''));
      const all = (r: RegExp) => [...text.matchAll(new RegExp(r.source, `${r.flags}g`))].map((m) => [m.index + (m[1] ?? '').length, m[0].slice((m[1] ?? '').length)]);
      expect(all(plain)).toEqual(all(re));
      expect(all(plain).length).toBeGreaterThan(1);
    }
    // Escaped brackets stay escaped; what only unicode mode reads keeps the flag; nothing to do, the same object.
    expect(withPlainLetters(/[\p{N}\]]\p{L}/iu).source).toBe(`[${NUMBERS}\\]][${LETTERS}]`);
    const sensitive = /\p{Lu}\p{L}+/u;
    expect(withPlainLetters(sensitive).flags).toBe('u');
    expect(withPlainLetters(sensitive).source).toBe(`\\p{Lu}[${LETTERS}]+`);
    const plainAlready = /\d+ січня/i;
    expect(withPlainLetters(plainAlready)).toBe(plainAlready);
  });

  describe.skipIf(!existsSync(EVAL_DIR))('every date pattern, rewritten, finds what it found: real news in uk and ru', () => {
    const docs = (dir: string, ext: string, n: number) =>
      readdirSync(evalPath(dir))
        .filter((f) => f.endsWith(ext))
        .sort()
        .slice(0, n)
        .map((f) => readFileSync(evalPath(dir, f), 'utf8'));
    const seed = readFileSync(new URL('../../../shared/fixtures/seed-article.txt', import.meta.url), 'utf8');
    const texts = {
      uk: [seed, ...docs('ner_uk_v2/test', '.txt', 120)],
      ru: readdirSync(evalPath('slavicner/raw'))
        .sort()
        .flatMap((topic) => docs(`slavicner/raw/${topic}/ru`, '.txt', 40)),
    };
    // (chrono's and our English patterns have no \\p{…} and no u flag: nothing to rewrite.)
    test.each(['uk', 'ru'] as const)('%s', (lang) => {
      const text = texts[lang].join('\n\n');
      expect(text.length).toBeGreaterThan(100_000);
      let rewritten = 0;
      let found = 0;
      for (const parser of dateParsers(lang)) {
        for (const forwardDate of [false, true]) {
          const re = parser.pattern({ option: { forwardDate } } as never);
          const plain = withPlainLetters(re);
          if (plain === re) continue;
          rewritten++;
          const all = (r: RegExp) => [...text.matchAll(new RegExp(r.source, `${r.flags.replace('g', '')}g`))].map((m) => `${m.index}:${m[0]}`);
          const before = all(re);
          expect(all(plain), re.source.slice(0, 80)).toEqual(before);
          found += before.length;
        }
      }
      expect(rewritten).toBeGreaterThan(10);
      expect(found).toBeGreaterThan(100);
    });
  });
});

describe("chrono's parsers behind withCheapPatterns", () => {
  test('a parser that builds a new pattern on every call is asked once per forwardDate', () => {
    // UKTimeUnitWithinFormatParser returns a new RegExp from each innerPattern() call, which made
    // chrono build (and V8 compile) its combined pattern again on every parse.
    const within = chrono.uk.casual.parsers.find((p) => p.constructor.name === 'UKTimeUnitWithinFormatParser')!;
    expect(within.pattern({ option: {} } as never)).not.toBe(within.pattern({ option: {} } as never));
    const built = vi.spyOn(within, 'pattern');
    const cheap = withCheapPatterns(within);
    const past = cheap.pattern({ option: {} } as never);
    expect(cheap.pattern({ option: {} } as never)).toBe(past);
    expect(built).toHaveBeenCalledTimes(1);
    expect(past.test('протягом двох тижнів')).toBe(true);
    const forward = cheap.pattern({ option: { forwardDate: true } } as never);
    expect(forward).not.toBe(past);
    expect(cheap.pattern({ option: { forwardDate: true } } as never)).toBe(forward);
    expect(forward.test('двох тижнів')).toBe(true);
    expect(built).toHaveBeenCalledTimes(2);
    built.mockRestore();
  });
});
