import { describe, expect, test } from 'vitest';
import { scrollProbe } from '../../utils/page/scroll-probe';

/** A window whose frames are run by hand, counting reads of scrollY (each forces a layout in a browser). */
function fakeWindow(scrollY: number) {
  const frames: (() => void)[] = [];
  let reads = 0;
  const win = {
    requestAnimationFrame: (cb: () => void) => frames.push(cb),
    get scrollY() {
      reads++;
      return scrollY;
    },
  } as unknown as Window & typeof globalThis;
  return { win, frame: () => frames.splice(0).forEach((cb) => cb()), reads: () => reads };
}

describe('scroll probe', () => {
  test('says "not scrolled" until the next frame without reading scrollY, then reads it once', () => {
    const { win, frame, reads } = fakeWindow(2400);
    const scrolled = scrollProbe(win);
    expect(scrolled()).toBe(false);
    expect(scrolled()).toBe(false);
    expect(reads()).toBe(0);
    frame();
    expect(scrolled()).toBe(true);
    expect(scrolled()).toBe(true);
    expect(reads()).toBe(1);
  });

  test('a page at its top stays "not scrolled" after the frame', () => {
    const { win, frame } = fakeWindow(0);
    const scrolled = scrollProbe(win);
    frame();
    expect(scrolled()).toBe(false);
  });

  test('no window, or one without frames: not scrolled', () => {
    expect(scrollProbe(null)()).toBe(false);
    expect(scrollProbe({ scrollY: 500 } as unknown as Window & typeof globalThis)()).toBe(false);
  });
});
