/** From the engine's spans (text offsets) to highlight entries (DOM ranges) through the offset map. */
import type { AnalysisResult } from '../analyze/types';
import type { PageText, SpanPoints } from '../page/extract';
import type { HighlightData, HighlightEntry, RangeStart } from './names';

type Mapper = Pick<PageText, 'rangeFor'> & Partial<Pick<PageText, 'spanRange' | 'spanPoints' | 'makeRange'>>;

/**
 * An entry whose range is made when something first needs it: painting it (only the text near the
 * viewport is painted on a big page), hit-testing, a tooltip. A StaticRange costs ~2 µs to make,
 * 20 ms for the 9,000 names of a 1 MB page; where the entry sits and how it sorts need only its start.
 */
class LazyEntry implements HighlightEntry {
  readonly start: RangeStart;
  private made: AbstractRange | null = null;

  constructor(
    readonly data: HighlightData,
    private readonly points: SpanPoints,
    private readonly make: (points: SpanPoints) => AbstractRange | null,
  ) {
    this.start = { startContainer: points.start.node, startOffset: points.start.offset };
  }

  get range(): AbstractRange {
    // spanPoints checked the span holds text, so a range is always made; the fallback is a
    // collapsed one at the start (nothing to paint) rather than a throw in page code.
    return (this.made ??= this.make(this.points) ?? this.collapsed());
  }

  set range(range: AbstractRange) {
    this.made = range;
  }

  private collapsed(): AbstractRange {
    const { node, offset } = this.points.start;
    const r = node.ownerDocument.createRange();
    r.setStart(node, offset);
    return r;
  }
}

export function entriesFor(page: Mapper, result: Pick<AnalysisResult, 'actors' | 'dates' | 'claims' | 'candidates'>): HighlightEntry[] {
  const out: HighlightEntry[] = [];
  const { spanPoints, makeRange } = page;
  // Static ranges where the browser has them: thousands of live ones would slow every DOM change the page makes.
  const rangeFor = page.spanRange ?? page.rangeFor;
  const push = (data: HighlightData) => {
    if (spanPoints && makeRange) {
      const points = spanPoints(data.span.start, data.span.end);
      if (points) out.push(new LazyEntry(data, points, makeRange));
      return;
    }
    const range = rangeFor(data.span.start, data.span.end);
    if (range) out.push({ range, data });
  };
  for (const span of result.actors) push({ kind: 'actor', span });
  for (const span of result.dates) push({ kind: 'date', span });
  for (const span of result.claims) push({ kind: 'claim', span });
  for (const span of result.candidates) push({ kind: 'candidate', span });
  return out;
}
