/** An IntersectionObserver the test drives: it reports what the test says is on screen. */
export class FakeObserver {
  static last: FakeObserver;
  readonly targets: Element[] = [];
  constructor(readonly callback: (records: IntersectionObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  unobserve() {}
  disconnect() {}
  /** Paragraphs [from, to) are within the margin; the ones before are above, after below. */
  scrollTo(paragraphs: Element[], from: number, to: number) {
    this.callback(
      this.targets.map((target) => {
        const i = paragraphs.indexOf(target);
        const where = i < from ? -1 : i >= to ? 1 : 0;
        return { target, isIntersecting: where === 0, rootBounds: { top: 0 }, boundingClientRect: { bottom: where < 0 ? -10 : 10 } } as unknown as IntersectionObserverEntry;
      }),
    );
  }
}
