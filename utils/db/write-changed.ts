/**
 * Writes a batch of records whose stored versions the caller has already read: nothing for the
 * unchanged, `put` for the changed, `add` for the new. `put` costs a read per record on top of the
 * write (Dexie reads the old value for the sync clock's `updating` hook, utils/sync/hooks.ts), and a
 * batch is mostly new records or mostly unchanged ones (a page read the first time or again, a first
 * sync, an import into an empty store), so most writes are adds or nothing.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { BaseRecord } from './records';

/**
 * The record to store given the fresh one and what is stored under its id (undefined: nothing), or
 * null when the store already says the same.
 */
export type Decide<T> = (fresh: T, stored: T | undefined) => T | null;

/**
 * `stored[i]` is what the caller found under `fresh[i].id`. A record it found no trace of may still
 * exist (its lookup was by an index, not by id: an import can store anything): `add` refuses it, and
 * it is read by id and decided again. Returns how many records were written.
 */
export async function writeChanged<T extends BaseRecord>(
  table: EntityTable<T, 'id'>,
  fresh: readonly T[],
  stored: readonly (T | undefined)[],
  decide: Decide<T>,
): Promise<number> {
  const puts: T[] = [];
  const adds: T[] = [];
  const addedFrom: T[] = [];
  fresh.forEach((record, i) => {
    const old = stored[i];
    const write = decide(record, old);
    if (!write) return;
    if (old) puts.push(write);
    else {
      adds.push(write);
      addedFrom.push(record);
    }
  });
  if (puts.length) await table.bulkPut(puts);
  if (!adds.length) return puts.length;
  try {
    await table.bulkAdd(adds);
    return puts.length + adds.length;
  } catch (e) {
    // Only "the key exists" is ours to mend; anything else (a full disk) fails the transaction, and
    // is thrown as itself, so the reply names it (errors.ts).
    if (!(e instanceof Dexie.BulkError)) throw e;
    const failed = Object.entries(e.failuresByPos).map(([pos, error]) => {
      if (error.name !== 'ConstraintError') throw error;
      return addedFrom[Number(pos)];
    });
    const existing = await table.bulkGet(failed.map((r) => r.id) as Parameters<typeof table.bulkGet>[0]);
    const rewrites = failed.map((r, i) => decide(r, existing[i])).filter((r): r is T => r !== null);
    if (rewrites.length) await table.bulkPut(rewrites);
    return puts.length + adds.length - failed.length + rewrites.length;
  }
}
