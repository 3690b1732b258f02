/**
 * Timeline rows fetched page by page as the list scrolls; only pages near the viewport are asked for.
 * A filter change starts a new generation so late answers for old filters are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TimelineItem, TimelinePage, TimelineQuery } from '../utils/messages/protocol';

export const PAGE_SIZE = 50;

export interface TimelineFilters {
  actorId: string;
  text: string;
}

export type TimelineLoader = (query: TimelineQuery) => Promise<TimelinePage>;

export function useTimelinePages(load: TimelineLoader, filters: TimelineFilters) {
  const pages = useRef(new Map<number, TimelineItem[]>());
  const requested = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [exact, setExact] = useState(false);
  const exactTotal = useRef<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setTick] = useState(0);

  const found = (n: number) => {
    exactTotal.current = n;
    setTotal(n);
    setExact(true);
  };

  const fetchPage = useCallback(
    (index: number) => {
      if (requested.current.has(index)) return;
      requested.current.add(index);
      const gen = generation.current;
      // Pages never count: the total comes once, from its own request after the first page.
      load(queryFor(filters, index * PAGE_SIZE, PAGE_SIZE, false)).then(
        (page) => {
          if (gen !== generation.current) return;
          pages.current.set(index, page.items);
          if (page.exact) found(page.total);
          else if (exactTotal.current === null) setTotal((t) => Math.max(t ?? 0, page.total));
          setError(null);
          setTick((n) => n + 1);
          if (index === 0 && !page.exact) countLater(gen);
        },
        (e: unknown) => {
          if (gen !== generation.current) return;
          requested.current.delete(index);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    },
    [load, filters],
  );

  /**
   * IndexedDB counts by walking the index (about a second for 100k events here) and Chromium runs
   * that before any later read, so the count is asked only once the first rows are on screen.
   */
  const countLater = (gen: number) => {
    load(queryFor(filters, 0, 0, true)).then(
      (res) => gen === generation.current && found(res.total),
      () => undefined,
    );
  };

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    requested.current = new Set();
    exactTotal.current = null;
    setTotal(null);
    setExact(false);
    fetchPage(0);
  }, [fetchPage]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) fetchPage(p);
    },
    [fetchPage],
  );

  const itemAt = useCallback((i: number) => pages.current.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE], []);

  return { total, exact, error, itemAt, ensureRange };
}

function queryFor(filters: TimelineFilters, offset: number, limit: number, count: boolean): TimelineQuery {
  const query: TimelineQuery = { offset, limit, count };
  if (filters.actorId) query.actorId = filters.actorId;
  if (filters.text.trim()) query.text = filters.text.trim();
  return query;
}
