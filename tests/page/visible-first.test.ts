// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { visibleFirst } from '../../utils/page/visible-first';

/** A window whose IntersectionObserver answers (or not) with the given elements on screen. */
function windowWith(onScreen: (el: Element) => boolean, answers = true) {
  let observed = 0;
  class FakeObserver {
    targets: Element[] = [];
    constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {}
    observe(el: Element) {
      observed++;
      this.targets.push(el);
      // The first answer comes with the next frame, for every target observed before it.
      if (answers && this.targets.length === 1) queueMicrotask(() => this.callback(this.targets.map((target) => ({ target, isIntersecting: onScreen(target) }))));
    }
    disconnect() {}
  }
  const win = { IntersectionObserver: FakeObserver, setTimeout, clearTimeout } as unknown as Window & typeof globalThis;
  return { win, observed: () => observed };
}

const blocks = (n: number) =>
  Array.from({ length: n }, (_, i) => Object.assign(document.createElement('p'), { id: `b${i}` }));

describe('visible first', () => {
  test('changed blocks on screen come first, the rest after them, each group in its own order', async () => {
    const roots = blocks(6);
    const { win } = windowWith((el) => el.id === 'b4' || el.id === 'b2');
    expect((await visibleFirst(roots, win)).map((r) => r.id)).toEqual(['b2', 'b4', 'b0', 'b1', 'b3', 'b5']);
  });

  test('no answer (a background tab draws no frames): the blocks as they came, after a short wait', async () => {
    vi.useFakeTimers();
    try {
      const roots = blocks(3);
      const { win } = windowWith(() => true, false);
      const ordered = visibleFirst(roots, { ...win, setTimeout, clearTimeout } as unknown as Window & typeof globalThis);
      await vi.advanceTimersByTimeAsync(1_100);
      expect((await ordered).map((r) => r.id)).toEqual(['b0', 'b1', 'b2']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('one block, or no observer: nothing to order, nothing observed', async () => {
    const { win, observed } = windowWith(() => true);
    const one = blocks(1);
    expect(await visibleFirst(one, win)).toBe(one);
    expect(observed()).toBe(0);
    const two = blocks(2);
    expect(await visibleFirst(two, {} as Window & typeof globalThis)).toBe(two);
  });
});
