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
  const [error, setError] = useState<string | null>(null);
  const [, setTick] = useState(0);

  const fetchPage = useCallback(
    (index: number) => {
      if (requested.current.has(index)) return;
      requested.current.add(index);
      const gen = generation.current;
      const query: TimelineQuery = { offset: index * PAGE_SIZE, limit: PAGE_SIZE };
      if (filters.actorId) query.actorId = filters.actorId;
      if (filters.text.trim()) query.text = filters.text.trim();
      load(query).then(
        (page) => {
          if (gen !== generation.current) return;
          pages.current.set(index, page.items);
          setTotal(page.total);
          setError(null);
          setTick((n) => n + 1);
        },
        (e: unknown) => {
          if (gen !== generation.current) return;
          requested.current.delete(index);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    },
    [load, filters.actorId, filters.text],
  );

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    requested.current = new Set();
    setTotal(null);
    fetchPage(0);
  }, [fetchPage]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) fetchPage(p);
    },
    [fetchPage],
  );

  const itemAt = useCallback((i: number) => pages.current.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE], []);

  return { total, error, itemAt, ensureRange };
}
