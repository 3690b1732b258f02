import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRecords } from '../../utils/db/database';
import type { SourceRecord } from '../../utils/db/records';
import { SyncError } from '../../utils/sync/errors';
import { syncOnce } from '../../utils/sync/replicate';
import { startCouch, freePort, type TestServer } from './server';
import { startProxy, type FaultProxy } from './proxy';
import { device, dump } from './devices';

let server: TestServer;
let proxy: FaultProxy;
beforeAll(async () => {
  server = await startCouch();
  proxy = await startProxy(server.url);
}, 60_000);
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

const sources = (prefix: string, n: number): Omit<SourceRecord, 'updatedAt' | 'deleted'>[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`, url: `https://www.ukrinform.ua/rubric-polytics/${prefix}-${i}`, title: `Зеленський провів зустріч №${i}`,
    site: 'www.ukrinform.ua', lang: 'uk', publishedAt: '2025-11-24', firstSeenAt: 1,
  }));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(SyncError);
    return (e as SyncError).code;
  }
}

async function serverDocCount(db: string): Promise<number> {
  const info = (await (await fetch(`${server.url}/${db}`)).json()) as { doc_count: number };
  return info.doc_count;
}

describe('sync faults end in a clear status and lose nothing', () => {
  it('server down: unreachable, store untouched', async () => {
    const a = await device('down');
    await putRecords(a, 'sources', sources('down', 3));
    const before = await dump(a);
    expect(await codeOf(syncOnce(a, { url: `http://127.0.0.1:${await freePort()}`, db: 'x' }))).toBe('unreachable');
    expect(await dump(a)).toEqual(before);
  });

  it('401 and 403 are told apart', async () => {
    const a = await device('auth');
    await putRecords(a, 'sources', sources('auth', 2));
    proxy.fault = () => ({ kind: 'status', status: 401, body: { error: 'unauthorized', reason: 'Name or password is incorrect.' } });
    expect(await codeOf(syncOnce(a, { url: proxy.url, db: 'auth', username: 'reader', password: 'wrong' }))).toBe('unauthorized');
    proxy.fault = ({ method }) => (method === 'POST' ? { kind: 'status', status: 403, body: { error: 'forbidden', reason: 'read only' } } : null);
    expect(await codeOf(syncOnce(a, { url: proxy.url, db: 'auth' }))).toBe('forbidden');
    proxy.fault = () => null;
    expect(await codeOf(syncOnce(a, { url: proxy.url, db: 'auth' }))).toBe('ok');
    expect(await serverDocCount('auth')).toBe(2);
  });

  it('a connection cut in the middle of a pull batch resumes from the last checkpoint without duplicates', async () => {
    const a = await device('cut-a');
    const b = await device('cut-b');
    await putRecords(a, 'sources', sources('cut', 30));
    expect(await codeOf(syncOnce(a, { url: server.url, db: 'cut' }))).toBe('ok');
    let bulkGets = 0;
    proxy.fault = ({ path }) => (path.includes('_bulk_get') && ++bulkGets === 2 ? { kind: 'cut' } : null);
    proxy.seen = [];
    expect(await codeOf(syncOnce(b, { url: proxy.url, db: 'cut' }, { batchSize: 10 }))).toBe('interrupted');
    expect(await b.sources.count()).toBe(10);
    proxy.fault = () => null;
    proxy.seen = [];
    expect(await codeOf(syncOnce(b, { url: proxy.url, db: 'cut' }, { batchSize: 10 }))).toBe('ok');
    const firstChanges = proxy.seen.find((s) => s.path.includes('_changes'))!;
    expect(new URL(firstChanges.path, proxy.url).searchParams.get('since')).not.toBe('0');
    expect(proxy.seen.filter((s) => s.path.includes('_bulk_get'))).toHaveLength(2); // 20 left, not 30
    expect(await b.sources.count()).toBe(30);
    expect(await dump(b)).toEqual(await dump(a));
  });

  it('a push whose answer is cut is not sent twice and the next sync settles it', async () => {
    const a = await device('pushcut');
    await putRecords(a, 'sources', sources('pushcut', 12));
    proxy.fault = ({ path }) => (path.includes('_bulk_docs') ? { kind: 'cut' } : null);
    expect(await codeOf(syncOnce(a, { url: proxy.url, db: 'pushcut' }))).toBe('interrupted');
    proxy.fault = () => null;
    proxy.seen = [];
    expect(await codeOf(syncOnce(a, { url: proxy.url, db: 'pushcut' }))).toBe('ok');
    // The server had stored the batch: the next sync learns its revisions instead of writing again.
    expect(proxy.seen.filter((s) => s.path.includes('_bulk_docs'))).toHaveLength(0);
    expect(await serverDocCount('pushcut')).toBe(12);
    expect(await a.sources.count()).toBe(12);
  });

  it('garbage answers are refused, not stored', async () => {
    const a = await device('garbage');
    await putRecords(a, 'sources', sources('garbage', 2));
    const before = await dump(a);
    proxy.fault = () => ({ kind: 'garbage' });
    expect(await codeOf(syncOnce(a, { url: proxy.url, db: 'garbage' }))).toBe('garbage');
    proxy.fault = ({ path }) => (path.includes('_changes') ? { kind: 'status', status: 200, body: { results: [{ id: 'sources:x', changes: 'nope' }], last_seq: 9 } } : null);
    expect(await codeOf(syncOnce(a, { url: proxy.url, db: 'garbage' }))).toBe('garbage');
    expect(await dump(a)).toEqual(before);
    proxy.fault = () => null;
  });

  it('a full server quota is named as such and nothing is marked as sent', async () => {
    const a = await device('quota');
    await putRecords(a, 'sources', sources('quota', 4));
    proxy.fault = ({ path }) => (path.includes('_bulk_docs') ? { kind: 'status', status: 507, body: { error: 'insufficient_storage', reason: 'quota exceeded' } } : null);
    expect(await codeOf(syncOnce(a, { url: proxy.url, db: 'quota' }))).toBe('serverQuota');
    proxy.fault = () => null;
    expect(await codeOf(syncOnce(a, { url: proxy.url, db: 'quota' }))).toBe('ok');
    expect(await serverDocCount('quota')).toBe(4);
  });

  it('409: a write that lands between our pull and our push is merged, not overwritten', async () => {
    let t = Date.now();
    const a = await device('c409-a', () => t + 50);
    const b = await device('c409-b', () => t);
    await putRecords(a, 'sources', sources('c409', 1));
    await syncOnce(a, { url: server.url, db: 'c409' });
    await syncOnce(b, { url: server.url, db: 'c409' });
    await b.sources.update('c409-0', { title: 'Заголовок змінено на ноутбуці' });
    t += 1000; // a edits a second later, so a's edit is the last write
    await a.sources.update('c409-0', { title: 'Заголовок змінено на комп’ютері' });
    // b pushes right before a's push reaches the server.
    let once = false;
    let bulkDocs = 0;
    const racing: typeof fetch = async (input, init) => {
      if (String(input).includes('_bulk_docs')) bulkDocs++;
      if (String(input).includes('_bulk_docs') && !once) {
        once = true;
        await syncOnce(b, { url: server.url, db: 'c409' });
      }
      return fetch(input, init);
    };
    expect(await codeOf(syncOnce(a, { url: server.url, db: 'c409', fetch: racing }))).toBe('ok');
    expect(bulkDocs).toBe(2); // the first push met a 409, the merge went on top of b's revision
    await syncOnce(b, { url: server.url, db: 'c409' });
    expect(await dump(a)).toEqual(await dump(b));
    expect((await a.sources.get('c409-0'))!.title).toBe('Заголовок змінено на комп’ютері');
    expect(await serverDocCount('c409')).toBe(1);
  });

  it('a full local quota stops the pull without advancing the checkpoint; the next sync gets everything', async () => {
    const a = await device('lquota-a');
    const b = await device('lquota-b');
    await putRecords(a, 'sources', sources('lquota', 5));
    await syncOnce(a, { url: server.url, db: 'lquota' });
    const table = b.table('sources');
    const real = { put: table.bulkPut.bind(table), add: table.bulkAdd.bind(table) };
    // New records are added, changed ones put (utils/db/write-changed.ts): both are refused.
    const full = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as never;
    table.bulkPut = full;
    table.bulkAdd = full;
    expect(await codeOf(syncOnce(b, { url: server.url, db: 'lquota' }))).toBe('localQuota');
    table.bulkPut = real.put;
    table.bulkAdd = real.add;
    expect(await b.sources.count()).toBe(0);
    expect(await codeOf(syncOnce(b, { url: server.url, db: 'lquota' }))).toBe('ok');
    expect(await b.sources.count()).toBe(5);
  });
});
