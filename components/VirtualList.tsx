/**
 * Fixed-height virtual list: however many rows there are, only those in (or just around) the
 * viewport exist in the DOM, so 100,000 events open as fast as 10.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props {
  count: number;
  rowHeight: number;
  renderRow: (index: number) => ComponentChildren;
  /** Called with the rendered index range, so data can be fetched for it. */
  onRange?: (first: number, last: number) => void;
  /** Rendered beyond the viewport on each side, so Tab can move into the next rows. */
  overscan?: number;
  label: string;
  /** Rows of the first visible index, e.g. for a sticky group heading. */
  onFirstVisible?: (index: number) => void;
}

const FALLBACK_HEIGHT = 480;

export function VirtualList({ count, rowHeight, renderRow, onRange, overscan = 4, label, onFirstVisible }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || FALLBACK_HEIGHT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const firstVisible = Math.min(count - 1, Math.floor(scrollTop / rowHeight));
  const first = Math.max(0, firstVisible - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => {
    if (count > 0) onRange?.(first, last);
  }, [first, last, count, onRange]);
  useEffect(() => {
    if (count > 0) onFirstVisible?.(Math.max(0, firstVisible));
  }, [firstVisible, count, onFirstVisible]);

  const rows = [];
  for (let i = first; i <= last && count > 0; i++) {
    rows.push(
      <li key={i} class="vrow" style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }} aria-posinset={i + 1} aria-setsize={count}>
        {renderRow(i)}
      </li>,
    );
  }
  return (
    <div
      ref={scroller}
      class="vlist"
      tabIndex={0}
      aria-label={label}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
    >
      <ul class="vlist-inner" style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
