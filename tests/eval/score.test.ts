import { describe, expect, test } from 'vitest';
import { bestOverlap, codePointToUtf16, context, prf, worstMisses } from '../../scripts/eval/score';
import { parseTsv, unquote } from '../../scripts/eval/corpus';
import { belowFloors } from '../../scripts/eval/report';
import type { TaskResult } from '../../scripts/eval/types';

describe('eval scoring helpers', () => {
  test('prf gives precision, recall and their harmonic mean with the counts', () => {
    const [p, r, f] = prf(8, 10, 8, 16);
    expect([p.value, p.num, p.den]).toEqual([0.8, 8, 10]);
    expect([r.value, r.num, r.den]).toEqual([0.5, 8, 16]);
    expect(f.value).toBeCloseTo((2 * 0.8 * 0.5) / 1.3, 10);
    expect(prf(0, 0, 0, 5).map((x) => x.value)).toEqual([0, 0, 0]);
  });

  test('code-point offsets become UTF-16 offsets past an astral character', () => {
    const text = '😀 Трамп';
    const at = codePointToUtf16(text);
    // "Трамп" starts at code point 2, UTF-16 index 3.
    expect(text.slice(at(2), at(7))).toBe('Трамп');
    expect(codePointToUtf16('Трамп')(3)).toBe(3);
  });

  test('bestOverlap picks the widest overlap and nothing when none touches', () => {
    const preds = [{ start: 0, end: 3 }, { start: 2, end: 10 }];
    expect(bestOverlap({ start: 4, end: 8 }, preds)).toBe(preds[1]);
    expect(bestOverlap({ start: 20, end: 25 }, preds)).toBeUndefined();
  });

  test('worst misses are grouped by key, most frequent first', () => {
    const w = worstMisses([
      { key: 'a', example: '1' },
      { key: 'b', example: '2' },
      { key: 'b', example: '3' },
    ]);
    expect(w).toEqual([{ key: 'b', count: 2, example: '2' }, { key: 'a', count: 1, example: '1' }]);
  });

  test('context brackets the span', () => {
    expect(context('Зеленський заявив учора', { start: 11, end: 17 }, 5)).toBe('…ький [заявив] учор…');
  });

  test('pandas-quoted cells lose their quotes and doubled inner quotes', () => {
    expect(unquote('"попытки ""Московских ведомостей"""')).toBe('попытки "Московских ведомостей"');
    expect(unquote('""""')).toBe('"');
    expect(parseTsv('a\tb\n"x ""y"""\t2\n')).toEqual([{ a: 'x "y"', b: '2' }]);
  });

  test('floors fail low figures, ceilings fail high rates, and a vanished figure fails', () => {
    const r: TaskResult = {
      task: 'ud-names', lang: 'uk', corpus: 'ud_uk_iu', items: 1, misses: [],
      figures: [
        { metric: 'recall', value: 0.8, num: 8, den: 10 },
        { metric: 'false-match', value: 0.1, num: 1, den: 10, lower: true },
      ],
    };
    expect(belowFloors([r], { 'ud-names/uk/ud_uk_iu/recall': 0.75, 'ud-names/uk/ud_uk_iu/false-match': 0.2 })).toEqual([]);
    const failed = belowFloors([r], { 'ud-names/uk/ud_uk_iu/recall': 0.85, 'ud-names/uk/ud_uk_iu/false-match': 0.05, 'ud-names/uk/ud_uk_iu/gone': 0.1 });
    expect(failed).toHaveLength(3);
    expect(failed[0]).toContain('below floor');
    expect(failed[1]).toContain('above ceiling');
  });
});
