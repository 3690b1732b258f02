/**
 * Keeps the full-text index (`search` table: one row per event, claim or clip, with its words in a
 * multiEntry index) in step with every write, from a Dexie DBCore middleware. A middleware, not
 * Dexie hooks, because it can widen the writing transaction to include `search`: the record and its
 * index row commit or fail together, whoever writes (ingest, clips, sync's merge, an import).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie } from 'dexie';
import type { BaseRecord, ClaimRecord, ClipRecord, EventRecord } from './records';
import { termsOf } from './search-terms';

export const SEARCH_TABLE = 'search';
export type SearchKind = 'event' | 'claim' | 'clip';

/** One index row. `id` is the record's id (prefixes evt_/clm_/clp_ keep tables apart). */
export interface SearchDoc {
  id: string;
  kind: SearchKind;
  terms: string[];
  /** The record's updatedAt: newest first among equally good hits. */
  at: number;
}

export const INDEXED_TABLES: Record<string, SearchKind> = { events: 'event', claims: 'claim', clips: 'clip' };

const ID_PREFIX: Record<SearchKind, string> = { event: 'evt_', claim: 'clm_', clip: 'clp_' };

/** The index row for a record, or null when it must not be found (a tombstone). */
export function searchDocFor(kind: SearchKind, record: BaseRecord): SearchDoc | null {
  if (record.deleted) return null;
  let terms: string[];
  if (kind === 'event') terms = termsOf((record as EventRecord).summary);
  else if (kind === 'claim') terms = termsOf((record as ClaimRecord).text, (record as ClaimRecord).speaker);
  else {
    const c = record as ClipRecord;
    terms = termsOf(c.quote, c.note, ...(c.tags ?? []), c.speaker);
  }
  return { id: record.id, kind, terms, at: record.updatedAt ?? 0 };
}

async function reindex(search: DBCoreTable, kind: SearchKind, req: DBCoreMutateRequest): Promise<void> {
  const { trans } = req;
  if (req.type === 'add' || req.type === 'put') {
    const docs: SearchDoc[] = [];
    const gone: string[] = [];
    for (const value of req.values as BaseRecord[]) {
      if (!value || typeof value.id !== 'string') continue;
      const doc = searchDocFor(kind, value);
      if (doc) docs.push(doc);
      else gone.push(value.id);
    }
    if (docs.length) await search.mutate({ type: 'put', trans, values: docs });
    if (gone.length) await search.mutate({ type: 'delete', trans, keys: gone });
  } else if (req.type === 'delete') {
    if (req.keys.length) await search.mutate({ type: 'delete', trans, keys: req.keys });
  } else {
    // A range delete (table.clear()) drops every index row of that table.
    const prefix = ID_PREFIX[kind];
    await search.mutate({ type: 'deleteRange', trans, range: { type: 2, lower: prefix, upper: prefix + '\uffff', lowerOpen: false, upperOpen: false } });
  }
}

/** Installs the index-maintaining middleware on a database that declares the `search` table. */
export function installSearchIndex(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'dossier-search-index',
    create(down: DBCore): Partial<DBCore> {
      return {
        ...down,
        transaction(stores, mode, options) {
          const widen = mode === 'readwrite' && stores.some((s) => s in INDEXED_TABLES) && !stores.includes(SEARCH_TABLE);
          return down.transaction(widen ? [...stores, SEARCH_TABLE] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          const kind = INDEXED_TABLES[name];
          if (!kind) return table;
          return {
            ...table,
            async mutate(req) {
              const res = await table.mutate(req);
              await reindex(down.table(SEARCH_TABLE), kind, req);
              return res;
            },
          };
        },
      };
    },
  });
}
