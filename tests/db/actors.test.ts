import { afterEach, describe, expect, test } from 'vitest';
import { actorIdFor, openDossierDB, type DossierDB } from '../../utils/db/database';
import { deleteActor, gazetteerActors, listActors, saveActor, trackActor } from '../../utils/db/actors';
import { exportActors, importActors, parseActorList } from '../../utils/db/actors-io';
import { freshName } from './fixture';

let db: DossierDB;
afterEach(async () => db?.delete());

describe('actor import validation', () => {
  test('refuses malformed files, naming what is wrong', () => {
    expect(parseActorList('{"name": "x"')).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(parseActorList('{"name": "x"}')).toMatchObject({ ok: false, error: expect.stringMatching(/JSON list/) });
    const res = parseActorList(JSON.stringify([{ name: 'Ok' }, { aliases: ['a'] }, { name: 'B', kind: 'animal' }, { name: 'C', aliases: 'C1' }, 7]));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toContain('Item 2 has no "name"');
    expect(res.error).toContain('Item 3: "kind" must be one of person, org, place');
    expect(res.error).toContain('Item 4: "aliases" must be a list of strings');
    expect(res.error).toContain('Item 5 is not an object');
  });

  test('a malformed import touches nothing', async () => {
    db = openDossierDB(freshName());
    await saveActor(db, { name: 'Олександр Лукашенко', kind: 'person', aliases: { uk: ['Лукашенко'] } });
    await expect(importActors(db, JSON.stringify([{ name: 'Нова Особа' }, { name: '' }]))).rejects.toThrow(/Item 2 has no "name"/);
    expect((await listActors(db)).map((a) => a.name)).toEqual(['Олександр Лукашенко']);
  });

  test('import then export round-trips, merging aliases of known actors', async () => {
    db = openDossierDB(freshName());
    await saveActor(db, { name: 'Олександр Лукашенко', kind: 'person', aliases: { ru: ['Лукашенко'] } });
    const n = await importActors(db, JSON.stringify([
      { name: 'Олександр Лукашенко', aliases: ['Лукашенко', 'Батька'], lang: 'uk' },
      { name: 'НАТО', kind: 'org', aliases: ['NATO', 'Північноатлантичний альянс'] },
    ]));
    expect(n).toBe(2);
    const luka = await db.actors.get(actorIdFor('Олександр Лукашенко'));
    expect(luka?.aliases).toEqual({ uk: ['Лукашенко', 'Батька'], ru: ['Лукашенко'] });
    const exported = JSON.parse(await exportActors(db));
    expect(exported).toEqual([
      { name: 'НАТО', kind: 'org', aliases: ['NATO', 'Північноатлантичний альянс'], lang: 'uk' },
      { name: 'Олександр Лукашенко', kind: 'person', aliases: ['Лукашенко', 'Батька'] },
    ]);
  });

  test("the export lists the gazetteer's actors by name, whatever order the store keeps them in", async () => {
    db = openDossierDB(freshName());
    const names = ['Яготин', 'Австрія', 'Мелітополь', 'Біла Церква', 'Житомир', 'Ужгород', 'Černobyl', 'Ірпінь'];
    for (const name of names) await saveActor(db, { name, kind: 'place', aliases: {} });
    const stored = (await gazetteerActors(db)).map((a) => a.name);
    const byName = [...names].sort(new Intl.Collator('uk').compare);
    // (Ids are hashes of the names: the store's order is not the names'.)
    expect(stored).not.toEqual(byName);
    expect(new Set(stored)).toEqual(new Set(names));
    expect(JSON.parse(await exportActors(db)).map((e: { name: string }) => e.name)).toEqual(byName);
  });
});

describe('actor editing', () => {
  test('rename tombstones the old id; delete tombstones; tracked discovered actors feed the gazetteer', async () => {
    db = openDossierDB(freshName());
    const a = await saveActor(db, { name: 'Зеленський', kind: 'person', aliases: {} }, undefined, 1);
    const b = await saveActor(db, { name: 'Володимир Зеленський', kind: 'person', aliases: { en: ['Zelensky', ' '] } }, a.id, 2);
    expect(b.aliases).toEqual({ en: ['Zelensky'] });
    expect(await db.actors.get(a.id)).toMatchObject({ deleted: 1, updatedAt: 2 });
    await db.actors.put({ id: actorIdFor('ГУР'), name: 'ГУР', kind: 'org', aliases: {}, origin: 'discovered', tracked: 0, updatedAt: 1, deleted: 0 });
    expect((await gazetteerActors(db)).map((x) => x.name)).toEqual(['Володимир Зеленський']);
    const tracked = await trackActor(db, 'ГУР', 'person', 3);
    expect(tracked).toMatchObject({ origin: 'discovered', tracked: 1, kind: 'org' });
    expect((await gazetteerActors(db)).map((x) => x.name)).toEqual(['Володимир Зеленський', 'ГУР']);
    expect(await deleteActor(db, b.id)).toBe(true);
    expect(await deleteActor(db, b.id)).toBe(false);
    expect((await listActors(db)).map((x) => x.name)).toEqual(['ГУР']);
  });
});
