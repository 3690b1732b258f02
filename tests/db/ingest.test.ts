import { afterEach, describe, expect, test, vi } from 'vitest';
import { openDossierDB, sourceIdFor, actorIdFor, mentionIdFor, type DossierDB } from '../../utils/db/database';
import { storePageAnalysis } from '../../utils/db/ingest';
import { describeDbError } from '../../utils/db/errors';
import { freshName, seedAnalysis, seedPage, seedText } from './fixture';
import { installSyncHooks } from '../../utils/sync/hooks';
import { HybridClock } from '../../utils/sync/hlc';

let db: DossierDB;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

const counts = async (d: DossierDB) => ({
  sources: await d.sources.count(),
  actors: await d.actors.count(),
  mentions: await d.mentions.count(),
  claims: await d.claims.count(),
  events: await d.events.count(),
});

describe('storePageAnalysis', () => {
  test('stores source, actors, mentions, claims and events of the seed article', async () => {
    db = openDossierDB(freshName());
    const summary = await storePageAnalysis(db, seedPage, seedAnalysis(), { now: 1000 });
    expect(summary.sourceId).toBe(sourceIdFor('https://www.example.ua/news/2025/11/24/bilorus-vidpustyla'));
    expect(await counts(db)).toEqual({ sources: 1, actors: 5, mentions: 5, claims: 1, events: 4 });
    const source = await db.sources.get(summary.sourceId);
    expect(source?.url).toBe('https://www.example.ua/news/2025/11/24/bilorus-vidpustyla');
    const zelensky = await db.actors.get(actorIdFor('Володимир Зеленський'));
    expect(zelensky).toMatchObject({ origin: 'discovered', tracked: 0, kind: 'person', deleted: 0, updatedAt: 1000 });
    const claim = (await db.claims.toArray())[0];
    expect(claim?.speakerActorId).toBe(actorIdFor('Володимир Зеленський'));
    expect(claim?.date).toBe('2025-11-24');
    expect(claim?.fingerprint).toBe('допомагаємо нашим американським партнерам щоб була відповідна допомога україні');
    const mention = await db.mentions.where('actorId').equals(actorIdFor('Олександр Лукашенко')).first();
    expect(mention?.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'Лукашенко', prefix: expect.stringContaining('22 листопада, ') });
    const start = seedText.indexOf('Лукашенко');
    expect(mention?.selector[1]).toEqual({ type: 'TextPositionSelector', start, end: start + 'Лукашенко'.length });
    const event = await db.events.where('date').equals('2025-11').first();
    expect(event).toMatchObject({ precision: 'month', actorIds: [actorIdFor('Дональд Трамп')], sourceIds: [summary.sourceId] });
  });

  test('reading the same page twice adds nothing and rewrites nothing', async () => {
    db = openDossierDB(freshName());
    await storePageAnalysis(db, seedPage, seedAnalysis(), { now: 1000 });
    const before = await counts(db);
    const again = await storePageAnalysis(db, { ...seedPage, url: seedPage.url.replace('#comments', '') }, seedAnalysis(), { now: 2000 });
    expect(await counts(db)).toEqual(before);
    expect(again.written).toEqual({ sources: 0, actors: 0, mentions: 0, claims: 0, events: 0 });
    expect(await db.events.where('updatedAt').above(1000).count()).toBe(0);
  });

  test('an edited article tombstones what it no longer says, and keeps firstSeenAt', async () => {
    db = openDossierDB(freshName());
    const first = await storePageAnalysis(db, seedPage, seedAnalysis(), { now: 1000 });
    const edited = seedAnalysis();
    edited.events = edited.events.filter((e) => e.date !== '2025-11-22');
    edited.actors = edited.actors.filter((a) => a.name !== 'Олександр Лукашенко');
    const summary = await storePageAnalysis(db, seedPage, edited, { now: 3000 });
    expect(summary.tombstoned).toBe(2); // one mention, one event
    expect(await db.events.count()).toBe(4); // rows stay for sync
    const gone = await db.events.where('date').equals('2025-11-22').first();
    expect(gone).toMatchObject({ deleted: 1, updatedAt: 3000 });
    expect((await db.sources.get(first.sourceId))?.firstSeenAt).toBe(1000);
  });

  test('a user actor keeps its origin and kind when a page mentions it', async () => {
    db = openDossierDB(freshName());
    await db.actors.put({ id: actorIdFor('Білорусь'), name: 'Білорусь', kind: 'org', aliases: { en: ['Belarus'] }, origin: 'user', tracked: 1, updatedAt: 1, deleted: 0 });
    await storePageAnalysis(db, seedPage, seedAnalysis(), { now: 1000, starterNames: new Set(['Сполучені Штати']) });
    expect(await db.actors.get(actorIdFor('Білорусь'))).toMatchObject({ origin: 'user', kind: 'org', updatedAt: 1 });
    expect(await db.actors.get(actorIdFor('Сполучені Штати'))).toMatchObject({ origin: 'starter' });
  });

  test('the same sentence twice in one page is one event', async () => {
    db = openDossierDB(freshName());
    const twice = seedAnalysis();
    const first = twice.events[0];
    if (first) twice.events.push({ ...first, actors: ['Дональд Трамп'] });
    await storePageAnalysis(db, seedPage, twice, { now: 1 });
    const events = await db.events.where('date').equals('2025-11-24').toArray();
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.actorIds.includes(actorIdFor('Дональд Трамп')))?.actorIds).toHaveLength(4);
  });

  test('QuotaExceededError becomes a clear sentence', () => {
    const dexieLike = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(describeDbError(dexieLike)).toMatch(/^QuotaExceededError: .*quota/);
    expect(describeDbError(new DOMException('full', 'QuotaExceededError'))).toMatch(/storage quota exceeded/);
  });
});

test('fields added by other writers (sync clock stamps) do not make an unchanged page look changed', async () => {
  db = openDossierDB(freshName());
  for (const table of db.tables) {
    table.hook('creating', (_key, obj: Record<string, unknown>) => {
      obj.hlc = 'clock-1';
    });
  }
  await storePageAnalysis(db, seedPage, seedAnalysis(), { now: 1000 });
  expect((await db.events.toArray()).every((e) => (e as unknown as { hlc: string }).hlc === 'clock-1')).toBe(true);
  const again = await storePageAnalysis(db, seedPage, seedAnalysis(), { now: 2000 });
  expect(again.written).toEqual({ sources: 0, actors: 0, mentions: 0, claims: 0, events: 0 });
  // A real change still gets written: the claim lost its known speaker.
  const changed = seedAnalysis();
  changed.claims[0]!.speaker = 'невідомий речник';
  const third = await storePageAnalysis(db, seedPage, changed, { now: 3000 });
  expect(third.written.claims).toBe(1);
  expect((await db.claims.toArray())[0]?.speakerActorId).toBeUndefined();
});

test('a page costs one read per actor, not per record: new records are added, an unchanged page is not written', async () => {
  db = openDossierDB(freshName());
  // As in the extension: the sync clock's hooks make Dexie read a record before every put.
  installSyncHooks(db, new HybridClock('devA', () => 1000));
  const analysis = seedAnalysis();
  const actors = new Set(analysis.actors.map((a) => a.name)).size;
  const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
  const cursors = [vi.spyOn(IDBObjectStore.prototype, 'openCursor'), vi.spyOn(IDBIndex.prototype, 'openCursor')];
  const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
  const first = await storePageAnalysis(db, seedPage, analysis, { now: 1000 });
  expect(first.written).toEqual({ sources: 1, actors: 5, mentions: 5, claims: 1, events: 4 });
  // The source and each actor by id; this source's mentions, claims and events by an index each.
  expect(gets.mock.calls.length).toBeLessThanOrEqual(1 + actors);
  expect(cursors.reduce((n, c) => n + c.mock.calls.length, 0)).toBe(0);
  gets.mockClear();
  puts.mockClear();
  const again = await storePageAnalysis(db, seedPage, analysis, { now: 2000 });
  expect(again.written).toEqual({ sources: 0, actors: 0, mentions: 0, claims: 0, events: 0 });
  expect(gets.mock.calls.length).toBeLessThanOrEqual(1 + actors);
  expect(puts).not.toHaveBeenCalled();
  expect(cursors.reduce((n, c) => n + c.mock.calls.length, 0)).toBe(0);
});

test("a record under one of the page's ids but filed elsewhere (an import can store anything) is overwritten, not a failed write", async () => {
  db = openDossierDB(freshName());
  installSyncHooks(db, new HybridClock('devA', () => 1000));
  const analysis = seedAnalysis();
  const sourceId = sourceIdFor(seedPage.url);
  const first = analysis.actors[0]!;
  const id = mentionIdFor(sourceId, actorIdFor(first.name), first.start);
  await db.mentions.put({ id, actorId: 'act_other', sourceId: 'src_elsewhere', text: 'інше', selector: [], updatedAt: 1, deleted: 0 });
  const summary = await storePageAnalysis(db, seedPage, analysis, { now: 1000 });
  expect(summary.written.mentions).toBe(5);
  expect(await db.mentions.count()).toBe(5);
  expect(await db.mentions.get(id)).toMatchObject({ sourceId, actorId: actorIdFor(first.name), text: first.text, updatedAt: 1000 });
  // And the rest of the page is there too: the transaction went on past the refused add.
  expect(await db.events.count()).toBe(4);
});

test('a write the store refuses for want of space fails the page with that reason, not as a bulk error', async () => {
  db = openDossierDB(freshName());
  const realAdd = IDBObjectStore.prototype.add;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    if (this.name === 'claims') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realAdd.apply(this, args);
  });
  const failure = await storePageAnalysis(db, seedPage, seedAnalysis(), { now: 1000 }).catch((e: unknown) => e);
  expect(describeDbError(failure)).toMatch(/^QuotaExceededError: .*storage quota exceeded/);
  vi.restoreAllMocks();
  expect([await db.sources.count(), await db.actors.count(), await db.mentions.count()]).toEqual([0, 0, 0]);
});
