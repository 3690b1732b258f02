/**
 * Which local records the server doesn't have yet: written since the last scan (by `updatedAt`,
 * the store's "changed since" index), left newer than the server by a merge (the dirty set), or
 * rewritten by code that bypassed the clock hooks (same clock, other content: given a fresh clock).
 */
import type { DossierDB, TableName } from '../db/database';
import { TABLE_NAMES } from '../db/database';
import { docIdOf, parseDocId } from './apply';
import { clockOf, markSyncApply } from './hooks';
import { contentHash, hlcOf, type SyncRecord } from './merge';
import { loadClock, syncMetaFor, type SyncMetaDB } from './meta';

export interface Pending {
  table: TableName;
  record: SyncRecord;
  bypassed?: boolean;
}

export async function collectPending(db: DossierDB, meta: SyncMetaDB): Promise<Pending[]> {
  // A few seconds of overlap absorb small wall-clock steps back; a daily full scan catches big ones.
  const fullScanDue = ((await meta.get<number>('fullScanAt')) ?? 0) < Date.now() - 86_400_000;
  const scanFrom = fullScanDue ? 0 : ((await meta.get<number>('scanFrom')) ?? 0) - 5_000;
  const dirty = new Set((await meta.dirty.toArray()).map((d) => d.docId));
  const pending: { table: TableName; record: SyncRecord }[] = [];
  for (const table of TABLE_NAMES) {
    const recent = (await db.table(table).where('updatedAt').aboveOrEqual(scanFrom).toArray()) as SyncRecord[];
    const seen = new Set(recent.map((r) => r.id));
    const extra = [...dirty].map(parseDocId).filter((p) => p?.table === table && !seen.has(p.id)).map((p) => p!.id);
    const more = extra.length ? ((await db.table(table).bulkGet(extra)).filter(Boolean) as SyncRecord[]) : [];
    for (const record of [...recent, ...more]) pending.push({ table, record });
  }
  const states = await meta.docs.bulkGet(pending.map((p) => docIdOf(p.table, p.record.id)));
  const out: Pending[] = [];
  pending.forEach((p, i) => {
    const docId = docIdOf(p.table, p.record.id);
    const st = states[i];
    const bypassed = !!st && st.hlc === hlcOf(p.record) && !!st.hash && st.hash !== contentHash(p.record);
    if (dirty.has(docId) || !st || st.hlc !== hlcOf(p.record) || bypassed || !!st.losers?.length) out.push({ ...p, bypassed });
  });
  return out;
}

/**
 * A write made where the hooks aren't installed (another extension page writing the store directly)
 * kept the old clock; give it a fresh one now, or it would lose to the very version it replaced.
 */
export async function restamp(db: DossierDB, meta: SyncMetaDB, items: Pending[]): Promise<void> {
  const stale = items.filter((p) => p.bypassed);
  if (!stale.length) return;
  const clock = clockOf(db) ?? (await loadClock(meta));
  for (const p of stale) {
    const h = clock.tick();
    if (p.table === 'clips') {
      const old = p.record.noteHlc ?? hlcOf(p.record);
      p.record.noteSeen = [...new Set([...(p.record.noteSeen ?? []), old])].sort();
      p.record.noteHlc = h;
    }
    p.record.hlc = h;
  }
  await db.transaction('rw', [...new Set(stale.map((p) => p.table))].map((t) => db.table(t)), async (tx) => {
    markSyncApply(tx);
    for (const p of stale) await db.table(p.table).put(p.record);
  });
  await meta.set('clock', clock.peek());
}

/** How many local changes wait to be sent, for the status line. */
export async function countPending(db: DossierDB): Promise<number> {
  return (await collectPending(db, syncMetaFor(db.name))).length;
}
