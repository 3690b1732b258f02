/** Two "devices" in one Node process: separate Dexie databases (fake-indexeddb), each with its own clock. */
import { openDossierDB, type DossierDB, type TableName, TABLE_NAMES } from '../../utils/db/database';
import { installSyncHooks } from '../../utils/sync/hooks';
import { loadClock, syncMetaFor } from '../../utils/sync/meta';
import type { SyncRecord } from '../../utils/sync/merge';

export async function device(name: string, now?: () => number): Promise<DossierDB> {
  const db = openDossierDB(`${name}-${Math.random().toString(36).slice(2)}`);
  installSyncHooks(db, await loadClock(syncMetaFor(db.name), now));
  return db;
}

export async function dump(db: DossierDB): Promise<Record<TableName, SyncRecord[]>> {
  const out = {} as Record<TableName, SyncRecord[]>;
  for (const t of TABLE_NAMES) out[t] = ((await db.table(t).toArray()) as SyncRecord[]).sort((a, b) => (a.id < b.id ? -1 : 1));
  return out;
}

