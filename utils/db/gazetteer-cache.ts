/**
 * The compiled gazetteer content scripts match against: the bundled starter list plus the user's
 * actors. Compiling is the expensive part, so it runs once per distinct input (keyed by the starter
 * list's hash and the actors' ids and stamps), is kept in memory and in IndexedDB (kv-store.ts: a
 * restarted service worker reuses it), and is redone only after the user's actors change.
 */
import { liveQuery } from 'dexie';
import type { GazetteerEntry } from '../analyze/types';
import type { DossierDB } from './database';
import type { ActorRecord } from './records';
import { gazetteerActors, sortedByName, toGazetteerEntry } from './actors';
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
const FORMAT = 5;

interface Compiled<C> {
  version: string;
  data: C;
}

/**
 * Which state of the user's actors a compiled gazetteer was made from: every write to an actor
 * stamps a new `updatedAt` (utils/sync/hooks.ts; a synced one carries its writer's), so ids and stamps
 * tell one state from another without reading every name and alias into one string to hash, which
 * for 50,000 actors took a restarted worker most of a second.
 */
function actorsVersion(actors: readonly Pick<ActorRecord, 'id' | 'updatedAt'>[]): string {
  return stableHash(actors.map((a) => `${a.id}:${a.updatedAt}`).join('|'));
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
  /** `memory` is served as it is while check() runs (a restarted worker's stored copy, first). */
  let unchecked = false;

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
    const actors = await gazetteerActors(deps.db);
    const version = `${FORMAT}-${hash}-${actorsVersion(actors)}`;
    if (memory?.version === version) return memory;
    // (An unchecked memory is what storage holds, this worker's last build or the copy it started
    // from: no need to read it again.)
    const stored = unchecked ? undefined : await storedCopy();
    if (stored?.version === version) return stored;
    const data = deps.compile(mergeEntries(entries, sortedByName(actors).map(toGazetteerEntry)));
    // Storage may refuse a very large or non-cloneable value; memory still serves this worker's life.
    await deps.storage?.set(STORAGE_KEY, { version, data }).catch(() => undefined);
    return { version, data };
  }

  /** Builds (or finds) the compiled form for the actors as they are now; one build at a time. */
  async function refresh(): Promise<Compiled<C>> {
    // A build already running started before this invalidation may have read old actors: chain.
    const previous = pending;
    dirty = false;
    const run = (previous ? previous.catch(() => undefined) : Promise.resolve()).then(build);
    pending = run;
    try {
      memory = await run;
      unchecked = false;
    } catch (e) {
      dirty = true;
      throw e;
    } finally {
      if (pending === run) pending = undefined;
    }
    return memory;
  }

  /** The stored copy in this build's format, whatever actors it was made from. */
  async function storedCopy(): Promise<Compiled<C> | undefined> {
    const stored = await deps.storage?.get(STORAGE_KEY).catch(() => undefined);
    const version = typeof stored === 'object' && stored !== null ? (stored as { version?: unknown }).version : undefined;
    return typeof version === 'string' && version.startsWith(`${FORMAT}-`) ? { version, data: (stored as { data: C }).data } : undefined;
  }

  return {
    async get(): Promise<Compiled<C>> {
      if (memory && !dirty) return memory;
      // A restarted worker answers from its stored copy until check(): checking first (every
      // gazetteer actor read and sorted) made the first page after a pause wait 3-5 s with 50,000
      // names. The copy is behind only if the actors changed and the last worker stopped before it
      // had rebuilt.
      if (!memory) {
        const stored = await storedCopy();
        if (stored && !memory) {
          memory = stored;
          unchecked = true;
        }
      }
      if (memory && unchecked) return memory;
      return refresh();
    },
    /**
     * Checks what is served against the actors as they are now, rebuilding if it is behind, and
     * serves it meanwhile (a build would make every page wait for the read of every actor).
     */
    async check(): Promise<void> {
      if (memory) unchecked = true;
      await refresh();
    },
    invalidate(): void {
      dirty = true;
      // The actors changed while this worker runs: the next answer waits for the rebuild.
      unchecked = false;
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
 * the table so the gazetteer is recompiled whatever wrote it. `onWatching` is called once the watch
 * is in place: from then on no change goes unseen. Returns the unsubscribe function.
 */
export function watchGazetteerActors(db: DossierDB, onChange: () => void, onWatching?: () => void): () => void {
  // Keys only (a count's query runs again after any write to the table): the query runs again after
  // a write to the gazetteer's index ranges (a user's actor, a tracked one, an edit too), never after
  // a stored page's discovered actors, and whether the gazetteer really changed is the cache's
  // version to tell. Reading and hashing every actor here doubled a restarted worker's wait.
  const keys = () =>
    Promise.all([db.actors.where('origin').equals('user').primaryKeys(), db.actors.where('tracked').equals(1).primaryKeys()]);
  let first = true;
  const sub = liveQuery(keys).subscribe({
    next: () => {
      if (first) onWatching?.();
      else onChange();
      first = false;
    },
    error: () => onChange(),
  });
  return () => sub.unsubscribe();
}
