/**
 * Sync's own bookkeeping, in its own small IndexedDB database beside the store (so the store's
 * schema stays the store owner's): per document the revision and clock the server holds, the
 * documents a merge left newer than the server, checkpoints, the clock, the device's node id.
 */
import Dexie, { type EntityTable } from 'dexie';
import { HybridClock, newNodeId } from './hlc';

export interface DocState {
  docId: string;
  /** The server's current revision as last seen (the `_rev` our next update must name). */
  rev: string;
  /** The clock of the content the server holds at that revision. */
  hlc: string;
  /** Hash of that content: tells a write that bypassed the clock hooks (same hlc, other content). */
  hash?: string;
  /** Conflicting leaf revisions seen on the server, to be closed with a deletion on next push. */
  losers?: string[];
}
export interface Dirty {
  docId: string;
}
export interface KV {
  key: string;
  value: unknown;
}

export class SyncMetaDB extends Dexie {
  docs!: EntityTable<DocState, 'docId'>;
  dirty!: EntityTable<Dirty, 'docId'>;
  kv!: EntityTable<KV, 'key'>;
  constructor(storeName: string) {
    super(`${storeName}-sync`);
    this.version(1).stores({ docs: 'docId', dirty: 'docId', kv: 'key' });
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.kv.get(key))?.value as T | undefined;
  }
  async set(key: string, value: unknown): Promise<void> {
    await this.kv.put({ key, value });
  }
}

const metas = new Map<string, SyncMetaDB>();
export function syncMetaFor(storeName: string): SyncMetaDB {
  let m = metas.get(storeName);
  if (!m) metas.set(storeName, (m = new SyncMetaDB(storeName)));
  return m;
}

/** This device's clock, restored from the last value it handed out or received. */
export async function loadClock(meta: SyncMetaDB, now?: () => number): Promise<HybridClock> {
  let node = await meta.get<string>('node');
  if (!node) {
    node = newNodeId();
    await meta.set('node', node);
  }
  const clock = new HybridClock(node, now);
  clock.receive(await meta.get<string>('clock'));
  return clock;
}
