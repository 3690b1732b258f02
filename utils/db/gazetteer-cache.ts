/**
 * The compiled gazetteer content scripts match against: the bundled starter list plus the user's
 * actors. Compiling is the expensive part, so it runs once per distinct input (keyed by a hash of the
 * entries), is kept in memory and in extension storage (a restarted service worker reuses it), and is
 * redone only after the user's actors change.
 */
import { liveQuery } from 'dexie';
import type { GazetteerEntry } from '../analyze/types';
import type { DossierDB } from './database';
import { gazetteerActors, toGazetteerEntry } from './actors';
import { stableHash } from './ids';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface GazetteerCacheDeps<C> {
  db: DossierDB;
  loadStarter: () => Promise<unknown>;
  compile: (entries: GazetteerEntry[]) => C;
  storage?: KeyValueStore;
}

export const STORAGE_KEY = 'gazetteer.compiled';
/** Bump when the compiled format changes so stale stored copies are ignored. */
const FORMAT = 3;

interface Compiled<C> {
  version: string;
  data: C;
}

/** The starter file is a list of entries, or `{entries: [...]}` with metadata around it. */
export function starterEntries(json: unknown): GazetteerEntry[] {
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null && Array.isArray((json as { entries?: unknown }).entries)
      ? (json as { entries: unknown[] }).entries
      : [];
  return list.filter(
    (e): e is GazetteerEntry => typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string',
  );
}

/** User entries win over starter entries of the same name, keeping both alias lists. */
export function mergeEntries(starter: GazetteerEntry[], user: GazetteerEntry[]): GazetteerEntry[] {
  const byName = new Map(starter.map((e) => [e.name, e]));
  for (const u of user) {
    const s = byName.get(u.name);
    const aliases = [...new Set([...(s?.aliases ?? []), ...(u.aliases ?? [])])];
    const merged: GazetteerEntry = { ...s, ...u };
    if (aliases.length) merged.aliases = aliases;
    byName.set(u.name, merged);
  }
  return [...byName.values()];
}

export function createGazetteerCache<C>(deps: GazetteerCacheDeps<C>) {
  let starter: Promise<{ entries: GazetteerEntry[]; hash: string }> | undefined;
  let memory: Compiled<C> | undefined;
  let dirty = true;
  let pending: Promise<Compiled<C>> | undefined;

  const loadStarter = () =>
    (starter ??= deps.loadStarter().then((json) => {
      const entries = starterEntries(json);
      return { entries, hash: stableHash(JSON.stringify(entries)) };
    }).catch((e: unknown) => {
      starter = undefined; // retry next time rather than caching the failure
      throw e;
    }));

  async function build(): Promise<Compiled<C>> {
    const { entries, hash } = await loadStarter();
    const user = (await gazetteerActors(deps.db)).map(toGazetteerEntry);
    const version = `${FORMAT}-${hash}-${stableHash(JSON.stringify(user))}`;
    if (memory?.version === version) return memory;
    const stored = await deps.storage?.get(STORAGE_KEY).catch(() => undefined);
    if (typeof stored === 'object' && stored !== null && (stored as { version?: unknown }).version === version) {
      return { version, data: (stored as { data: C }).data };
    }
    const data = deps.compile(mergeEntries(entries, user));
    // Storage may refuse a very large or non-cloneable value; memory still serves this worker's life.
    await deps.storage?.set(STORAGE_KEY, { version, data }).catch(() => undefined);
    return { version, data };
  }

  return {
    async get(): Promise<Compiled<C>> {
      if (memory && !dirty) return memory;
      // A build already running started before this invalidation may have read old actors: chain.
      const previous = pending;
      dirty = false;
      const run = (previous ? previous.catch(() => undefined) : Promise.resolve()).then(build);
      pending = run;
      try {
        memory = await run;
      } catch (e) {
        dirty = true;
        throw e;
      } finally {
        if (pending === run) pending = undefined;
      }
      return memory;
    },
    invalidate(): void {
      dirty = true;
    },
    async starterNames(): Promise<ReadonlySet<string>> {
      try {
        return new Set((await loadStarter()).entries.map((e) => e.name));
      } catch {
        return new Set();
      }
    },
  };
}

/**
 * Actors can change without a message to the background (sync writes, another extension page): watch
 * the table so the gazetteer is recompiled whatever wrote it. Returns the unsubscribe function.
 */
export function watchGazetteerActors(db: DossierDB, onChange: () => void): () => void {
  // The query runs again after every write to the actors table, which every stored page makes (its
  // discovered actors): only a change to the gazetteer's own actors counts. Without this, each page
  // stored made the next page wait for the gazetteer to be re-checked.
  let last: string | undefined;
  const sub = liveQuery(() => gazetteerActors(db)).subscribe({
    next: (actors) => {
      const key = stableHash(JSON.stringify(actors.map(toGazetteerEntry)));
      if (last !== undefined && key !== last) onChange();
      last = key;
    },
    error: () => onChange(),
  });
  return () => sub.unsubscribe();
}
