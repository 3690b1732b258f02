/**
 * W3C selectors on random text: describing any span and re-anchoring it gives back a span inside
 * the text that holds the same words — on the unchanged text, after text is inserted before it, and
 * with arbitrary selectors (hostile imports) nothing throws and offsets stay inside the text.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { describeSpan } from '../../utils/anchor/describe';
import { reanchor } from '../../utils/anchor/reanchor';
import type { Selector } from '../../utils/db/records';
import { newsText } from './arbitraries';

const textAndSpan = newsText(30)
  .filter((t) => t.trim().length > 3)
  .chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length - 1), fc.integer({ min: 1, max: 60 })))
  .map(([t, s, len]) => ({ text: t, start: s, end: Math.min(t.length, s + len) }));

describe('anchoring selectors fuzz', () => {
  test('unchanged text: the very same span comes back', async () => {
    await fc.assert(
      fc.asyncProperty(textAndSpan, async ({ text, start, end }) => {
        const got = await reanchor(text, describeSpan(text, start, end));
        expect(got).toMatchObject({ status: 'anchored', start, end });
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test('text inserted before or after: the same words are found, shifted', async () => {
    await fc.assert(
      fc.asyncProperty(textAndSpan, newsText(6), fc.boolean(), async ({ text, start, end }, inserted, before) => {
        const selectors = describeSpan(text, start, end);
        const changed = before ? inserted + text : text + inserted;
        const got = await reanchor(changed, selectors);
        expect(got.status).toBe('anchored');
        if (got.status !== 'anchored') return;
        expect(got.start).toBeGreaterThanOrEqual(0);
        expect(got.end).toBeLessThanOrEqual(changed.length);
        expect(changed.slice(got.start, got.end)).toBe(text.slice(start, end));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  test('arbitrary selectors (a hostile import): never throws, offsets inside the text', async () => {
    const selector = fc.oneof(
      fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: fc.string({ maxLength: 40 }), prefix: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }), suffix: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }) }),
      fc.record({ type: fc.constant('TextPositionSelector' as const), start: fc.integer({ min: -5, max: 5000 }), end: fc.integer({ min: -5, max: 5000 }) }),
    );
    await fc.assert(
      fc.asyncProperty(newsText(20), fc.array(selector, { maxLength: 3 }), async (text, selectors) => {
        const got = await reanchor(text, selectors as Selector[]);
        if (got.status === 'anchored') {
          expect(got.start).toBeGreaterThanOrEqual(0);
          expect(got.end).toBeLessThanOrEqual(text.length);
          expect(got.start).toBeLessThan(got.end);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test.each([
    [-3, 4],
    [2.5, 4],
    [3, 3],
    [5, 2],
    [0, 10_000],
  ])('a position-only selector %i..%i outside the text or not whole is orphaned', async (start, end) => {
    expect(await reanchor('Зеленський заявив', [{ type: 'TextPositionSelector', start, end }])).toEqual({ status: 'orphaned' });
  });
});
