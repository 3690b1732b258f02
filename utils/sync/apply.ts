/**
 * Folding records that arrive from elsewhere (the server, an export file) into the store with the
 * merge rule, in one transaction whose writes keep the clocks they carry.
 */
import type { EntityTable } from 'dexie';
import type { DossierDB, TableName } from '../db/database';
import { TABLE_NAMES } from '../db/database';
import { contentHash, hlcOf, mergeRecord, sameRecord, type SyncRecord } from './merge';
import { clockOf, markSyncApply } from './hooks';
import { writeChanged } from '../db/write-changed';
import type { DocState, SyncMetaDB } from './meta';

export interface Incoming {
  table: TableName;
  record: SyncRecord;
  /** The server revision this content is at; absent for records from a file. */
  rev?: string;
  losers?: string[];
}

export const docIdOf = (table: TableName, id: string): string => `${table}:${id}`;

export function parseDocId(docId: string): { table: TableName; id: string } | null {
  const i = docId.indexOf(':');
  const table = docId.slice(0, i) as TableName;
  return i > 0 && TABLE_NAMES.includes(table) ? { table, id: docId.slice(i + 1) } : null;
}

/** Merge incoming records into the store; returns how many local records changed. */
export async function applyIncoming(db: DossierDB, meta: SyncMetaDB, incoming: Incoming[]): Promise<number> {
  if (!incoming.length) return 0;
  const byTable = new Map<TableName, Incoming[]>();
  for (const item of incoming) byTable.set(item.table, [...(byTable.get(item.table) ?? []), item]);
  const states: DocState[] = [];
  const dirty: string[] = [];
  const clean: string[] = [];
  let changed = 0;
  await db.transaction('rw', [...byTable.keys()].map((t) => db.table(t)), async (tx) => {
    markSyncApply(tx);
    for (const [table, items] of byTable) {
      const t = db.table(table);
      // Later copies of one id in the same batch merge into the first.
      const merged = new Map<string, { remote: SyncRecord; item: Incoming }>();
      for (const item of items) {
        const prev = merged.get(item.record.id);
        // The copy at the server's winning revision carries the rev to build on and the leaves to close.
        const keep = prev?.item.rev && !item.rev ? prev.item : item;
        merged.set(item.record.id, { remote: prev ? mergeRecord(table, prev.remote, item.record) : item.record, item: keep });
      }
      const ids = [...merged.keys()];
      const locals = (await t.bulkGet(ids)) as (SyncRecord | undefined)[];
      const results: SyncRecord[] = [];
      ids.forEach((id, i) => {
        const { remote, item } = merged.get(id)!;
        const local = locals[i];
        const result = mergeRecord(table, local, remote);
        results.push(result);
        const docId = docIdOf(table, id);
        if (item.rev) states.push({ docId, rev: item.rev, hlc: hlcOf(remote), hash: contentHash(remote), ...(item.losers?.length ? { losers: item.losers } : {}) });
        // What the merge knows that the other side doesn't must travel back.
        if (item.rev ? !sameRecord(result, remote) : !sameRecord(result, local)) dirty.push(docId);
        else if (item.rev) clean.push(docId);
      });
      // New records are added, changed ones put, the same left alone (write-changed.ts).
      changed += await writeChanged(t as EntityTable<SyncRecord, 'id'>, results, locals, (result, local) => (sameRecord(result, local) ? null : result));
    }
  });
  await meta.transaction('rw', meta.docs, meta.dirty, async () => {
    if (states.length) await meta.docs.bulkPut(states);
    if (dirty.length) await meta.dirty.bulkPut(dirty.map((docId) => ({ docId })));
    const stillDirty = new Set(dirty);
    if (clean.length) await meta.dirty.bulkDelete(clean.filter((d) => !stillDirty.has(d)));
  });
  const clock = clockOf(db);
  if (clock) for (const item of incoming) clock.receive(hlcOf(item.record));
  return changed;
}
