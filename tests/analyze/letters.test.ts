import { describe, expect, test, vi } from 'vitest';
import * as chrono from 'chrono-node';
import { withCheapPatterns } from '../../utils/analyze/dates';
import { LETTERS, withPlainLetters } from '../../utils/analyze/letters';

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

  test("chrono's pattern shape keeps its matches: \\p{L} inside a class and on its own", () => {
    const chronoLike = /([^\p{L}\p{N}_]|^)(сьогодні|вчора|минулого\s+тижня)(?=[^\p{L}\p{N}_]|$)/iu;
    const standalone = /(?<!\p{L})(?:січ|лют|листопад)(?:ень|ня|а)?(?!\p{L})/iu;
    const text = 'Вчора, 24 листопада, у Києві… «Сьогодні» — ні; завчора й сьогоднішній — ні. Минулого тижня Листопада не було.';
    for (const re of [chronoLike, standalone]) {
      const plain = withPlainLetters(re);
      expect(plain.source).not.toContain('\\p{L}');
      expect(plain.flags).toBe(re.flags);
      const all = (r: RegExp) => [...text.matchAll(new RegExp(r.source, `${r.flags}g`))].map((m) => [m.index, m[0]]);
      expect(all(plain)).toEqual(all(re));
      expect(all(plain).length).toBeGreaterThan(1);
    }
    // `\p{N}` and escaped brackets are left as they are; a pattern without the `i` flag is not rewritten.
    expect(withPlainLetters(/[\p{N}\]]\p{L}/iu).source).toBe(`[\\p{N}\\]][${LETTERS}]`);
    const sensitive = /\p{Lu}\p{L}+/u;
    expect(withPlainLetters(sensitive)).toBe(sensitive);
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
