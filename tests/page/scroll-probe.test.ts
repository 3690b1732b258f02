import { describe, expect, test } from 'vitest';
import { scrollProbe } from '../../utils/page/scroll-probe';

/** A window whose frames and tasks are run by hand, counting reads of scrollY (each forces a layout in a browser). */
function fakeWindow(scrollY: number) {
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  let reads = 0;
  const win = {
    requestAnimationFrame: (cb: () => void) => frames.push(cb),
    setTimeout: (cb: () => void) => tasks.push(cb),
    get scrollY() {
      reads++;
      return scrollY;
    },
  } as unknown as Window & typeof globalThis;
  const run = (list: (() => void)[]) => () => list.splice(0).forEach((cb) => cb());
  return { win, frame: run(frames), task: run(tasks), reads: () => reads };
}

describe('scroll probe', () => {
  test('says "not scrolled" until the task after the next frame, reading scrollY only then, once', () => {
    const { win, frame, task, reads } = fakeWindow(2400);
    const scrolled = scrollProbe(win);
    task();
    expect(scrolled()).toBe(false);
    frame();
    // In the frame itself the layout is still to come: reading scrollY there would force it.
    expect(reads()).toBe(0);
    expect(scrolled()).toBe(false);
    task();
    expect(scrolled()).toBe(true);
    expect(scrolled()).toBe(true);
    expect(reads()).toBe(1);
  });

  test('a page at its top stays "not scrolled"', () => {
    const { win, frame, task } = fakeWindow(0);
    const scrolled = scrollProbe(win);
    frame();
    task();
    expect(scrolled()).toBe(false);
  });

  test('no window, or one without frames: not scrolled', () => {
    expect(scrollProbe(null)()).toBe(false);
    expect(scrollProbe({ scrollY: 500 } as unknown as Window & typeof globalThis)()).toBe(false);
  });
});
