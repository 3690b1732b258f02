/**
 * The reader's store. Only `utils/db` touches Dexie; everything else goes through its helpers or
 * through background messages.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  ActorRecord,
  BaseRecord,
  ClaimRecord,
  ClipRecord,
  EventRecord,
  MentionRecord,
  SourceRecord,
} from './records';
import { INDEXED_TABLES, SEARCH_TABLE, installSearchIndex, searchDocFor, type SearchDoc } from './search-index';

export { sourceIdFor, actorIdFor, mentionIdFor, claimIdFor, eventIdFor, clipIdFor, stableHash } from './ids';

export const DB_NAME = 'dossier';

export class DossierDB extends Dexie {
  sources!: EntityTable<SourceRecord, 'id'>;
  actors!: EntityTable<ActorRecord, 'id'>;
  mentions!: EntityTable<MentionRecord, 'id'>;
  claims!: EntityTable<ClaimRecord, 'id'>;
  events!: EntityTable<EventRecord, 'id'>;
  clips!: EntityTable<ClipRecord, 'id'>;
  /** Full-text index over events, claims and clips (utils/db/search-index.ts); not synced. */
  search!: EntityTable<SearchDoc, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // `updatedAt` + `deleted` on every table: sync pulls "changed since" and skips tombstones.
    this.version(1).stores({
      sources: 'id, url, site, publishedAt, updatedAt, deleted',
      actors: 'id, name, kind, origin, tracked, updatedAt, deleted',
      mentions: 'id, actorId, sourceId, [sourceId+actorId], [actorId+deleted], updatedAt, deleted',
      claims: 'id, sourceId, fingerprint, speakerActorId, date, [sourceId+fingerprint], updatedAt, deleted',
      events: 'id, date, [deleted+date], *actorIds, *sourceIds, *claimIds, updatedAt, deleted',
      clips: 'id, sourceId, createdAt, *tags, *actorIds, updatedAt, deleted',
    });
    // v2: a word index so search stays fast on 100k records; built here for stores made by v1.
    this.version(2)
      .stores({ [SEARCH_TABLE]: 'id, kind, *terms' })
      .upgrade(async (tx) => {
        for (const [table, kind] of Object.entries(INDEXED_TABLES)) {
          const docs: SearchDoc[] = [];
          await tx.table(table).each((record) => {
            const doc = searchDocFor(kind, record);
            if (doc) docs.push(doc);
          });
          await tx.table(SEARCH_TABLE).bulkPut(docs);
        }
      });
    installSearchIndex(this);
  }
}

export type TableName = 'sources' | 'actors' | 'mentions' | 'claims' | 'events' | 'clips';
export const TABLE_NAMES: readonly TableName[] = ['sources', 'actors', 'mentions', 'claims', 'events', 'clips'];

export function openDossierDB(name: string = DB_NAME): DossierDB {
  return new DossierDB(name);
}

/** The extension's store (background, popup, options share the extension origin). */
export const db = new DossierDB();

type Stamped<T extends BaseRecord> = Omit<T, 'updatedAt' | 'deleted'> & Partial<Pick<T, 'updatedAt' | 'deleted'>>;

/** Stamp a record for writing: every write refreshes `updatedAt`; live unless told otherwise. */
export function stamp<T extends BaseRecord>(record: Stamped<T>, now: number = Date.now()): T {
  return { ...record, updatedAt: now, deleted: record.deleted ?? 0 } as T;
}

/** Write records with fresh `updatedAt`. Use this (not table.put) so sync sees every change. */
export async function putRecords<N extends TableName>(
  database: DossierDB,
  table: N,
  records: Stamped<RecordOf<N>>[],
  now: number = Date.now(),
): Promise<void> {
  const stamped = records.map((r) => stamp<RecordOf<N>>(r, now));
  await (database[table] as unknown as EntityTable<RecordOf<N>, 'id'>).bulkPut(stamped);
}

/** Deleting is a tombstone, never a row removal, so the deletion reaches other devices. */
export async function tombstone(database: DossierDB, table: TableName, ids: string[], now: number = Date.now()): Promise<number> {
  const t = database[table] as unknown as EntityTable<BaseRecord, 'id'>;
  return t.where('id').anyOf(ids).modify({ deleted: 1, updatedAt: now });
}

export interface RecordByTable {
  sources: SourceRecord;
  actors: ActorRecord;
  mentions: MentionRecord;
  claims: ClaimRecord;
  events: EventRecord;
  clips: ClipRecord;
}
export type RecordOf<N extends TableName> = RecordByTable[N];
