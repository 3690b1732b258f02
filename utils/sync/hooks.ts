/**
 * Stamps every local write with a hybrid-logical-clock value (`hlc`) and keeps clips' tag clock and
 * note clock, from Dexie hooks, so no writer in the extension has to remember to. Writes made by sync
 * itself (applying a merged record) run in a transaction marked with `markSyncApply` and keep the
 * clocks they carry.
 */
import type { Transaction } from 'dexie';
import type { DossierDB, TableName } from '../db/database';
import { TABLE_NAMES } from '../db/database';
import { HybridClock } from './hlc';
import { effectiveTagClock, type SyncRecord, type TagStamp } from './merge';

const syncApplying = new WeakSet<object>();
const installed = new WeakMap<object, HybridClock>();

/** Marks a transaction whose writes come from a merge and must keep their clocks. */
export function markSyncApply(tx: Transaction): void {
  syncApplying.add(tx);
  // Dexie may hand hooks the parent transaction or the idb one; mark both.
  const idb = (tx as unknown as { idbtrans?: object }).idbtrans;
  if (idb) syncApplying.add(idb);
}

function isSyncApply(tx: Transaction | undefined): boolean {
  if (!tx) return false;
  if (syncApplying.has(tx)) return true;
  const idb = (tx as unknown as { idbtrans?: object }).idbtrans;
  if (idb && syncApplying.has(idb)) return true;
  const parent = (tx as unknown as { parent?: Transaction }).parent;
  return parent ? isSyncApply(parent) : false;
}

/** Listeners told (synchronously, inside the writing transaction) that the user changed something. */
export type ChangeListener = (table: TableName) => void;

export function clockOf(db: DossierDB): HybridClock | undefined {
  return installed.get(db);
}

/** Install the stamping hooks once per database instance; returns the clock they use. */
export function installSyncHooks(db: DossierDB, clock: HybridClock, onLocalChange?: ChangeListener): HybridClock {
  const existing = installed.get(db);
  if (existing) return existing;
  installed.set(db, clock);
  for (const table of TABLE_NAMES) {
    const t = db.table(table);
    t.hook('creating', function (_key, objIn, tx) {
      const obj = objIn as SyncRecord;
      if (isSyncApply(tx)) return;
      const h = clock.tick();
      obj.hlc = h;
      if (table === 'clips') {
        obj.tagClock = Object.fromEntries(((obj.tags as string[]) ?? []).map((tag): [string, TagStamp] => [tag, { hlc: h, removed: 0 }]));
        obj.noteHlc = h;
      }
      onLocalChange?.(table);
    });
    t.hook('updating', function (mods: object, _key, objIn, tx) {
      const obj = objIn as SyncRecord;
      const m = mods as Record<string, unknown>;
      if (isSyncApply(tx)) return undefined;
      const h = clock.tick();
      const extra: Record<string, unknown> = { hlc: h };
      // Sync finds local changes by `updatedAt`: a bare `update()` that leaves it alone would go unsent.
      if (!('updatedAt' in m)) extra.updatedAt = Date.now();
      if (table === 'clips') {
        // A whole-object put from UI code drops fields it doesn't know: keep sync's bookkeeping.
        if ('conflicts' in m && m.conflicts === undefined && obj.conflicts) extra.conflicts = obj.conflicts;
        // Clearing conflicts on purpose (the reader dismissed them) must reach other devices too.
        const dismissed = Array.isArray(m.conflicts) && !m.conflicts.length ? (obj.conflicts ?? []).map((c) => c.hlc) : [];
        const clockNow = effectiveTagClock(obj);
        if ('tags' in mods) {
          const next = new Set((m.tags as string[] | undefined) ?? []);
          for (const tag of next) if (!clockNow[tag] || clockNow[tag].removed) clockNow[tag] = { hlc: h, removed: 0 };
          for (const [tag, s] of Object.entries(clockNow)) if (!s.removed && !next.has(tag)) clockNow[tag] = { hlc: h, removed: 1 };
        }
        extra.tagClock = clockNow;
        if ('note' in m && m.note !== obj.note) {
          // The writer saw the note it replaced: that version is superseded, not a conflict.
          extra.noteSeen = [...new Set([...(obj.noteSeen ?? []), ...dismissed, obj.noteHlc ?? obj.hlc ?? ''])].filter(Boolean).sort();
          extra.noteHlc = h;
        } else {
          if (obj.noteHlc) extra.noteHlc = obj.noteHlc;
          const seen = [...new Set([...(obj.noteSeen ?? []), ...dismissed])].sort();
          if (seen.length) extra.noteSeen = seen;
        }
      }
      onLocalChange?.(table);
      return extra;
    });
  }
  return clock;
}
