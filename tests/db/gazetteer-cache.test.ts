import { afterEach, expect, test } from 'vitest';
import { openDossierDB, type DossierDB } from '../../utils/db/database';
import { createGazetteerCache, mergeEntries, STORAGE_KEY, type KeyValueStore } from '../../utils/db/gazetteer-cache';
import { saveActor, trackActor } from '../../utils/db/actors';
import type { GazetteerEntry } from '../../utils/analyze/types';
import { freshName } from './fixture';

let db: DossierDB;
afterEach(async () => db?.delete());

const starter = [
  { name: 'Володимир Зеленський', aliases: ['Зеленський'], kind: 'person', lang: 'uk' },
  { name: 'Сполучені Штати', aliases: ['США'], kind: 'place' },
];

function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
}

/** A compile that keeps what it was given: how many compiles ran, and on what. */
function recordingCompile() {
  const compiled: GazetteerEntry[][] = [];
  const compile = (entries: GazetteerEntry[]) => {
    compiled.push(entries);
    return { names: entries.map((e) => e.name) };
  };
  return { compiled, compile };
}

test('compiles once, recompiles after the user actors change, and reuses the stored copy', async () => {
  db = openDossierDB(freshName());
  const { compiled, compile } = recordingCompile();
  const storage = memoryStore();
  const cache = createGazetteerCache({ db, loadStarter: async () => ({ entries: starter }), compile, storage });
  const first = await cache.get();
  expect(first.data.names).toEqual(['Володимир Зеленський', 'Сполучені Штати']);
  expect((await cache.get()).version).toBe(first.version);
  expect(compiled).toHaveLength(1);

  await saveActor(db, { name: 'Сполучені Штати', kind: 'place', aliases: { en: ['United States'] } });
  await trackActor(db, 'ГУР', 'org');
  cache.invalidate();
  const second = await cache.get();
  expect(second.version).not.toBe(first.version);
  expect(compiled).toHaveLength(2);
  expect(compiled[1]?.find((e) => e.name === 'Сполучені Штати')?.aliases).toEqual(['США', 'United States']);
  expect(second.data.names).toContain('ГУР');
  expect(storage.data.get(STORAGE_KEY)).toEqual(second);

  // A restarted worker (fresh cache object) finds the stored copy and doesn't compile again.
  const restarted = createGazetteerCache({ db, loadStarter: async () => starter, compile, storage });
  expect((await restarted.get()).version).toBe(second.version);
  expect(compiled).toHaveLength(2);
  expect(await restarted.starterNames()).toEqual(new Set(['Володимир Зеленський', 'Сполучені Штати']));
});

test('a restarted worker answers from its stored copy until checked, then from the actors as they are', async () => {
  db = openDossierDB(freshName());
  const { compiled, compile } = recordingCompile();
  const storage = memoryStore();
  const first = await createGazetteerCache({ db, loadStarter: async () => starter, compile, storage }).get();
  // The actors change and that worker stops before it rebuilt.
  await saveActor(db, { name: 'Джон Коул', kind: 'person', aliases: {} });
  const restarted = createGazetteerCache({ db, loadStarter: async () => starter, compile, storage });
  const served = await restarted.get();
  expect(served.version).toBe(first.version);
  expect(compiled).toHaveLength(1);
  expect((await restarted.get()).version).toBe(first.version);
  await restarted.check();
  expect((await restarted.get()).version).not.toBe(first.version);
  expect(compiled).toHaveLength(2);
  expect((await restarted.get()).data.names).toContain('Джон Коул');
  expect((storage.data.get(STORAGE_KEY) as { version: string }).version).toBe((await restarted.get()).version);
});

test('a stored copy in an older format is never served', async () => {
  db = openDossierDB(freshName());
  const storage = memoryStore();
  storage.data.set(STORAGE_KEY, { version: '1-old-format', data: { names: ['застаріле'] } });
  let compiles = 0;
  const cache = createGazetteerCache({ db, loadStarter: async () => starter, compile: (e) => ({ names: e.map((x) => x.name), n: ++compiles }), storage });
  expect((await cache.get()).data.names).toEqual(['Володимир Зеленський', 'Сполучені Штати']);
  expect(compiles).toBe(1);
});

test('a failed starter load is retried, not cached', async () => {
  db = openDossierDB(freshName());
  let calls = 0;
  const cache = createGazetteerCache({
    db,
    loadStarter: async () => (++calls === 1 ? Promise.reject(new Error('offline')) : starter),
    compile: (e) => e.length,
  });
  await expect(cache.get()).rejects.toThrow('offline');
  expect((await cache.get()).data).toBe(2);
});

test('mergeEntries keeps user kind and both alias lists', () => {
  const merged = mergeEntries([{ name: 'A', aliases: ['a1'], kind: 'person' }], [{ name: 'A', aliases: ['a2'], kind: 'org' }, { name: 'B' }]);
  expect(merged).toEqual([{ name: 'A', aliases: ['a1', 'a2'], kind: 'org' }, { name: 'B' }]);
});
