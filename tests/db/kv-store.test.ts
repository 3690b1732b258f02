import { expect, test } from 'vitest';
import { createIdbKeyValueStore } from '../../utils/db/kv-store';
import { freshName } from './fixture';

test('what is set comes back from a new store on the same database (a restarted worker), typed arrays and all', async () => {
  const name = freshName();
  const value = { version: '4-a-b', data: { trie: { counts: 'AAEC', nodes: 3 }, entries: [{ name: 'Київ', kind: 'place', aliases: [] }], records: new Int32Array([1, -2, 3]) } };
  await createIdbKeyValueStore(name).set('gazetteer.compiled', value);
  const again = createIdbKeyValueStore(name);
  expect(await again.get('gazetteer.compiled')).toEqual(value);
  expect(await again.get('absent')).toBeUndefined();
  await again.set('gazetteer.compiled', { version: '4-c-d', data: null });
  expect(await again.get('gazetteer.compiled')).toEqual({ version: '4-c-d', data: null });
});

test('a value IndexedDB cannot store is a rejection, not a silent loss', async () => {
  const store = createIdbKeyValueStore(freshName());
  await expect(store.set('k', { f: () => 1 })).rejects.toThrow();
  expect(await store.get('k')).toBeUndefined();
});

test('a database that does not open is a rejection, and the next call tries again', async () => {
  let calls = 0;
  const failing = {
    open: (...args: Parameters<IDBFactory['open']>) => {
      calls++;
      if (calls === 1) throw new DOMException('refused', 'UnknownError');
      return indexedDB.open(...args);
    },
  } as unknown as IDBFactory;
  const store = createIdbKeyValueStore(freshName(), failing);
  await expect(store.get('k')).rejects.toThrow('refused');
  expect(await store.get('k')).toBeUndefined();
  expect(calls).toBe(2);
});
