/**
 * Schema upgrades keep every record. A store is created exactly as the first release made it (its
 * `stores()` spec frozen below, opened with plain Dexie under the same name), filled with records of
 * every table, and then opened with the current `DossierDB`: every record must come back unchanged,
 * and the indexes the current code reads by must find them.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { DossierDB, TABLE_NAMES, type TableName } from '../../utils/db/database';
import { listTimeline } from '../../utils/db/timeline';
import { freshName } from './fixture';
import { V1_STORES } from './schema-v1';


const quote = { type: 'TextQuoteSelector', exact: 'Лукашенко помилував', prefix: 'Раніше, 22 листопада, ', suffix: ' ще 31' };
const position = { type: 'TextPositionSelector', start: 120, end: 139 };

/** Records as version 1 wrote them, a live one and a tombstone per table. */
const V1_RECORDS: Record<TableName, Record<string, unknown>[]> = {
  sources: [
    { id: 'src_1', url: 'https://example.ua/news/1', title: 'Білорусь відпустила', site: 'example.ua', lang: 'uk', publishedAt: '2025-11-24', firstSeenAt: 1764000000000, updatedAt: 1764000000000, deleted: 0 },
    { id: 'src_2', url: 'https://example.ru/2', title: 'Старая', site: 'example.ru', lang: 'ru', publishedAt: '', firstSeenAt: 1, updatedAt: 2, deleted: 1 },
  ],
  actors: [
    { id: 'act_1', name: 'Олександр Лукашенко', kind: 'person', aliases: { ru: ['Александр Лукашенко'] }, origin: 'starter', tracked: 1, updatedAt: 5, deleted: 0 },
    { id: 'act_2', name: 'ГУР', kind: 'org', aliases: {}, origin: 'user', tracked: 0, updatedAt: 6, deleted: 1 },
  ],
  mentions: [
    { id: 'men_1', actorId: 'act_1', sourceId: 'src_1', text: 'Лукашенко', selector: [quote, position], updatedAt: 7, deleted: 0 },
    { id: 'men_2', actorId: 'act_2', sourceId: 'src_1', text: 'ГУР', selector: [], updatedAt: 8, deleted: 1 },
  ],
  claims: [
    { id: 'clm_1', text: 'Допомагаємо нашим партнерам', speaker: 'Володимир Зеленський', speakerActorId: 'act_9', sourceId: 'src_1', date: '2025-11-24', selector: [quote], fingerprint: 'fp1', updatedAt: 9, deleted: 0 },
    { id: 'clm_2', text: 'x', speaker: '', sourceId: 'src_2', date: '2025', selector: [], fingerprint: 'fp2', updatedAt: 10, deleted: 1 },
  ],
  events: [
    { id: 'evt_1', date: '2025-11-22', precision: 'day', summary: 'Лукашенко помилував ще 31 громадянина України.', actorIds: ['act_1'], sourceIds: ['src_1'], claimIds: [], updatedAt: 11, deleted: 0 },
    { id: 'evt_2', date: '2025-11', precision: 'month', endDate: '2025-12', summary: 'Адміністрація обговорювала звільнення.', actorIds: [], sourceIds: ['src_1'], claimIds: ['clm_1'], updatedAt: 12, deleted: 0 },
    { id: 'evt_3', date: '2024', precision: 'year', summary: 'Видалена подія.', actorIds: ['act_1'], sourceIds: ['src_2'], claimIds: [], updatedAt: 13, deleted: 1 },
  ],
  clips: [
    { id: 'clp_1', sourceId: 'src_1', quote: 'Лукашенко помилував', note: 'перевірити =1+1', tags: ['білорусь', 'амністія'], selector: [quote, position], speaker: 'Зеленський', date: '2025-11-22', actorIds: ['act_1'], createdAt: 14, updatedAt: 14, deleted: 0 },
    { id: 'clp_2', sourceId: 'src_2', quote: 'q', note: '', tags: [], selector: [], actorIds: [], createdAt: 15, updatedAt: 15, deleted: 1, orphaned: 1 },
  ],
};

let name: string;
afterEach(async () => Dexie.delete(name));

async function createV1Store(dbName: string): Promise<void> {
  const v1 = new Dexie(dbName);
  v1.version(1).stores({ ...V1_STORES });
  await v1.open();
  await v1.transaction('rw', TABLE_NAMES as TableName[], async () => {
    for (const table of TABLE_NAMES) await v1.table(table).bulkAdd(V1_RECORDS[table]);
  });
  v1.close();
}

describe('schema upgrade from version 1', () => {
  test('the frozen version-1 spec is a subset of what the current schema knows', () => {
    const current = new DossierDB(freshName());
    for (const table of TABLE_NAMES) expect(current.tables.map((t) => t.name)).toContain(table);
    current.close();
  });

  test('every record of every table survives, field for field', async () => {
    name = freshName();
    await createV1Store(name);
    const db = new DossierDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    for (const table of TABLE_NAMES) {
      const rows = await db.table(table).toArray();
      const byId = new Map(rows.map((r: { id: string }) => [r.id, r]));
      for (const old of V1_RECORDS[table]) {
        // Later versions may add fields; none of version 1's may change or go.
        expect(byId.get(old.id as string), `${table}/${old.id}`).toMatchObject(old);
      }
    }
    db.close();
  });

  test('the current code finds upgraded records through its indexes', async () => {
    name = freshName();
    await createV1Store(name);
    const db = new DossierDB(name);
    const page = await listTimeline(db, { offset: 0, limit: 10 });
    expect(page.items.map((i) => i.event.id)).toEqual(['evt_2', 'evt_1']);
    expect(page.items[1].actors).toEqual([{ id: 'act_1', name: 'Олександр Лукашенко', kind: 'person' }]);
    expect(page.items[0].claim).toEqual({ id: 'clm_1', text: 'Допомагаємо нашим партнерам', speaker: 'Володимир Зеленський' });
    expect(await db.mentions.where('[actorId+deleted]').equals(['act_1', 0]).count()).toBe(1);
    expect(await db.clips.where('tags').equals('амністія').count()).toBe(1);
    expect(await db.claims.where('[sourceId+fingerprint]').equals(['src_1', 'fp1']).count()).toBe(1);
    db.close();
  });

  test('a second open of an upgraded store is a no-op (no data touched twice)', async () => {
    name = freshName();
    await createV1Store(name);
    const first = new DossierDB(name);
    await first.open();
    const snapshot = await Promise.all(TABLE_NAMES.map((t) => first.table(t).toArray()));
    first.close();
    const second = new DossierDB(name);
    await second.open();
    expect(await Promise.all(TABLE_NAMES.map((t) => second.table(t).toArray()))).toEqual(snapshot);
    second.close();
  });
});
