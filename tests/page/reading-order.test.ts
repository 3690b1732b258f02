// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { extractText } from '../../utils/page/extract';
import { inTimeSlices, slicesInReadingOrder, yieldToMainThread } from '../../utils/page/reading-order';

describe('reading order', () => {
  test('a page read from its top keeps text order', () => {
    document.body.innerHTML = '<p>Перший абзац про Київ.</p>'.repeat(50);
    const page = extractText(document);
    const slices = slicesInReadingOrder(page, 200, false);
    expect(slices.length).toBeGreaterThan(3);
    expect(slices.map((s) => s.start)).toEqual([...slices.map((s) => s.start)].sort((a, b) => a - b));
    expect(slices[slices.length - 1].end).toBe(page.text.length);
  });

  test('a scrolled page starts with the slice at the top of the viewport, then the rest', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p data-i="${i}">Абзац номер ${i}, у якому Зеленський говорить про Київ.</p>`).join('');
    // happy-dom has no layout: paragraph i sits at 100 * i px, and the reader has scrolled to 2000 px.
    for (const p of Array.from(document.querySelectorAll('p'))) {
      const i = Number(p.getAttribute('data-i'));
      p.getBoundingClientRect = () => ({ top: 100 * i - 2000, height: 20, bottom: 100 * i - 1980, left: 0, right: 100, width: 100, x: 0, y: 0, toJSON() {} }) as DOMRect;
    }
    const page = extractText(document);
    const slices = slicesInReadingOrder(page, 300, true);
    const firstText = page.text.slice(slices[0].start, slices[0].end);
    // Paragraph 20 is at the top of the viewport: the first slice holds it, and nothing before 15.
    expect(firstText).toMatch(/Абзац номер (1[5-9]|20)\b/);
    expect(firstText).not.toMatch(/Абзац номер (\d|1[0-4]),/);
    // Every character is still read exactly once.
    const covered = slices.map((s) => s.end - s.start).reduce((a, b) => a + b, 0);
    expect(covered).toBe(page.text.length);
  });

  test('time slices yield once the budget is spent, not after every item', async () => {
    let clock = 0;
    const yieldToPage = vi.fn(async () => undefined);
    const seen: number[] = [];
    await inTimeSlices([1, 2, 3, 4, 5, 6], (x) => {
      seen.push(x);
      clock += 10;
    }, { budgetMs: 25, yieldToPage, now: () => clock });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    // 10 ms per item, 25 ms budget: a yield after items 3 and 6 would be 2, but none after the last.
    expect(yieldToPage).toHaveBeenCalledTimes(1);
  });
});

describe('yieldToMainThread', () => {
  test('yields resolve in the order asked, all through one channel', async () => {
    const created = vi.spyOn(globalThis, 'MessageChannel');
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((i) => yieldToMainThread().then(() => order.push(i))));
    expect(order).toEqual([1, 2, 3]);
    for (let i = 0; i < 50; i++) await yieldToMainThread();
    expect(created.mock.calls.length).toBeLessThanOrEqual(1);
    created.mockRestore();
  });
});
