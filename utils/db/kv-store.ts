/**
 * A key-value store on IndexedDB, for the compiled gazetteer the background keeps between restarts
 * of its worker (gazetteer-cache.ts). Not `storage.local`: that goes through the browser process as
 * JSON, and the 22 MB copy of a 50,000-name gazetteer took 0.8-1.1 s to read there, against
 * ~130 ms from IndexedDB (structured clone, no parse). A database of its own: the cache is not the
 * reader's store, is never synced, and can be dropped at any time.
 */
import type { KeyValueStore } from './gazetteer-cache';

const STORE = 'kv';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export function createIdbKeyValueStore(name: string, idb: IDBFactory = indexedDB): KeyValueStore {
  let opened: Promise<IDBDatabase> | undefined;
  const open = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = idb.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error(`IndexedDB ${name} did not open`));
      req.onblocked = () => reject(new Error(`IndexedDB ${name} is blocked by another connection`));
    }).catch((e: unknown) => {
      opened = undefined; // try again next time
      throw e;
    }));
  return {
    async get(key) {
      const db = await open();
      return request(db.transaction(STORE, 'readonly').objectStore(STORE).get(key));
    },
    async set(key, value) {
      const db = await open();
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(value, key);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
      });
    },
  };
}
