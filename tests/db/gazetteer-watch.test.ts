import { afterEach, describe, expect, test } from 'vitest';
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
});
