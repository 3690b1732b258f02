import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';

// A gate reader that trips over every pattern (a bug in it, say): the parsers must keep running.
vi.mock('../../utils/analyze/dates/pattern-gate', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../utils/analyze/dates/pattern-gate')>()),
  literalGate: () => {
    throw new TypeError('reader bug');
  },
}));

const { dateGateStats, findDates, prepareDateGates } = await import('../../utils/analyze');

describe('date gates when the reader fails', () => {
  test('every pattern stays ungated, preparation ends, and the same dates are found', () => {
    const seed = readFileSync('../shared/fixtures/seed-article.txt', 'utf8');
    const before = findDates(seed, '2025-11-24', 'uk');
    expect(() => prepareDateGates()).not.toThrow();
    expect(prepareDateGates(0)).toBe(false);
    const stats = dateGateStats();
    expect(stats.gated).toBe(0);
    expect(stats.ungated).toBeGreaterThan(30);
    expect(findDates(seed, '2025-11-24', 'uk')).toEqual(before);
    expect(before.length).toBeGreaterThan(5);
    expect(dateGateStats().skipped).toBe(0);
  });
});
