import { afterEach, describe, expect, test, vi } from 'vitest';
import { saveActor } from '../../utils/db/actors';
import { openDossierDB, type DossierDB } from '../../utils/db/database';
import { watchGazetteerActors } from '../../utils/db/gazetteer-cache';
import { storePageAnalysis } from '../../utils/db/ingest';
import { freshName, seedAnalysis, seedPage } from './fixture';

let db: DossierDB | undefined;
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  db?.close();
});

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('watching the gazetteer\'s actors', () => {
  test('a stored page (its discovered actors) changes nothing; a reader\'s own actor does', async () => {
    db = openDossierDB(freshName());
    let changes = 0;
    stop = watchGazetteerActors(db, () => changes++);
    await settle();
    await storePageAnalysis(db, seedPage, seedAnalysis(), { now: 1000 });
    await settle();
    expect(await db.actors.count()).toBeGreaterThan(0); // the page's actors were written…
    expect(changes).toBe(0); // …and the gazetteer is the same
    await saveActor(db, { name: 'Джон Коул', kind: 'person', aliases: {} });
    await expect.poll(() => changes, { timeout: 2000 }).toBe(1);
  });

  test("a stored page's discovered actors don't even make the watch read the actors again", async () => {
    db = openDossierDB(freshName());
    await saveActor(db, { name: 'Джон Коул', kind: 'person', aliases: {} });
    const reads = vi.spyOn(db.actors, 'where');
    stop = watchGazetteerActors(db, () => undefined);
    await expect.poll(() => reads.mock.calls.length, { timeout: 2000 }).toBeGreaterThan(0);
    await settle();
    const before = reads.mock.calls.length;
    await storePageAnalysis(db, seedPage, seedAnalysis(), { now: 1000 });
    await settle();
    expect(await db.actors.where('origin').equals('discovered').count()).toBeGreaterThan(0);
    // (the count just above is one more call of its own)
    expect(reads.mock.calls.length - before).toBe(1);
    // A tracked actor is in the watched ranges: that write is read again.
    const [found] = await db.actors.where('origin').equals('discovered').toArray();
    await db.actors.update(found.id, { tracked: 1 });
    await expect.poll(() => reads.mock.calls.length - before, { timeout: 2000 }).toBeGreaterThan(2);
  });

  test("an edit to an actor already there (same key, new aliases) is a change too", async () => {
    db = openDossierDB(freshName());
    await saveActor(db, { name: 'Джон Коул', kind: 'person', aliases: {} });
    let changes = 0;
    stop = watchGazetteerActors(db, () => changes++);
    await settle();
    expect(changes).toBe(0);
    await saveActor(db, { name: 'Джон Коул', kind: 'person', aliases: { en: ['John Cole'] } });
    await expect.poll(() => changes, { timeout: 2000 }).toBe(1);
  });
});
