/**
 * Changed blocks in the order a reader wants them: those on screen first, then the rest as they
 * came. Asked of an IntersectionObserver, which answers with the page's next frame: measuring each
 * block (getBoundingClientRect) would force a layout of the page that has just changed.
 */

/**
 * How long to wait for the observer's answer. A tab on screen answers within a frame or two; a
 * background tab draws no frames and never answers, and nobody is looking at it.
 */
const ANSWER_WITHIN_MS = 1_000;

export function visibleFirst<T extends Element>(roots: T[], win: (Window & typeof globalThis) | null | undefined): Promise<T[]> {
  const Observer = win?.IntersectionObserver;
  if (roots.length < 2 || typeof Observer !== 'function') return Promise.resolve(roots);
  return new Promise((resolve) => {
    const visible = new Set<Element>();
    let answered = 0;
    const done = () => {
      observer.disconnect();
      win!.clearTimeout(timer);
      resolve([...roots.filter((r) => visible.has(r)), ...roots.filter((r) => !visible.has(r))]);
    };
    // The first answer for each target comes in the frame after it is observed, all in one call as a rule.
    const observer = new Observer((entries) => {
      for (const e of entries) if (e.isIntersecting) visible.add(e.target);
      answered += entries.length;
      if (answered >= roots.length) done();
    });
    const timer = win!.setTimeout(done, ANSWER_WITHIN_MS);
    for (const r of roots) observer.observe(r);
  });
}
