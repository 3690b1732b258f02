import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDossierDB, putRecords, tombstone } from '../../utils/db/database';
import type { ClipRecord, SourceRecord, ActorRecord } from '../../utils/db/records';
import { syncOnce } from '../../utils/sync/replicate';
import type { SyncRecord } from '../../utils/sync/merge';
import { startCouch, type TestServer } from './server';
import { device, dump } from './devices';

let server: TestServer;
beforeAll(async () => {
  server = await startCouch();
}, 60_000);
afterAll(async () => server?.stop());

const source = (url: string, title: string): Omit<SourceRecord, 'updatedAt' | 'deleted'> => ({
  id: `src:${url}`, url, title, site: new URL(url).hostname, lang: 'uk', publishedAt: '2025-11-24', firstSeenAt: 1,
});
const actor = (name: string, uk: string[]): Omit<ActorRecord, 'updatedAt' | 'deleted'> => ({
  id: `actor:${name}`, name, kind: 'person', aliases: { uk }, origin: 'discovered', tracked: 1,
});
const clip = (note: string, tags: string[]): Omit<ClipRecord, 'updatedAt' | 'deleted'> => ({
  id: 'clip:1', sourceId: 'src:https://www.pravda.com.ua/news/2025/11/24/1', quote: 'Умєров заявив, що делегації погодили основні пункти',
  note, tags, selector: [{ type: 'TextQuoteSelector', exact: 'погодили основні пункти' }], actorIds: ['actor:Рустем Умєров'], createdAt: 1,
});

describe('two devices through a real CouchDB-protocol server', () => {
  it('read different things, edit the same clip on both, delete on one: both stores end identical', async () => {
    let t = Date.now();
    const a = await device('laptop', () => t);
    const b = await device('desktop', () => t + 5);
    const cfg = { url: server.url, db: 'dossier-two' };

    await putRecords(a, 'sources', [source('https://www.pravda.com.ua/news/2025/11/24/1', 'Делегації України і США провели переговори в Женеві')]);
    await putRecords(a, 'actors', [actor('Рустем Умєров', ['Умєров', 'Умєрова'])]);
    await putRecords(a, 'clips', [clip('перевірити цифри', ['женева'])]);
    await putRecords(b, 'sources', [source('https://www.bbc.com/ukrainian/articles/c1', 'Що відомо про мирний план')]);
    await putRecords(b, 'actors', [actor('Рустем Умєров', ['Умєрову'])]);
    await syncOnce(a, cfg);
    await syncOnce(b, cfg);
    // Both now hold the clip; each edits it without seeing the other's edit.
    t += 1000;
    await a.clips.update('clip:1', { note: 'цифри підтверджені Reuters', tags: ['женева', 'мирний план'] });
    await b.clips.update('clip:1', { note: 'порівняти з заявою Білого дому', tags: ['переговори'] });
    await tombstone(b, 'sources', ['src:https://www.bbc.com/ukrainian/articles/c1']);
    await syncOnce(a, cfg);
    await syncOnce(b, cfg);
    await syncOnce(a, cfg);

    const da = await dump(a);
    const db_ = await dump(b);
    expect(da).toEqual(db_);
    expect(da.sources.map((s) => [s.title, s.deleted])).toEqual([
      ['Що відомо про мирний план', 1],
      ['Делегації України і США провели переговори в Женеві', 0],
    ]);
    // The same actor found on both devices is one record with both devices' forms.
    expect(da.actors).toHaveLength(1);
    expect(da.actors[0].aliases).toEqual({ uk: expect.arrayContaining(['Умєров', 'Умєрова', 'Умєрову']) });
    const c = da.clips[0] as unknown as ClipRecord & SyncRecord;
    // b wrote last (its clock runs 5 ms ahead): its note wins, a's concurrent note is kept, tags merge.
    expect(c.note).toBe('порівняти з заявою Білого дому');
    expect(c.conflicts?.map((x) => x.note)).toEqual(['цифри підтверджені Reuters']);
    expect([...c.tags].sort()).toEqual(['мирний план', 'переговори']);
  });

  it('a second sync with nothing new exchanges only the checkpoint', async () => {
    const a = await device('counting');
    let calls: string[] = [];
    const counting: typeof fetch = (input, init) => {
      calls.push(`${init?.method ?? 'GET'} ${String(input).replace(server.url, '').split('?')[0]}`);
      return fetch(input, init);
    };
    const cfg = { url: server.url, db: 'dossier-incremental', fetch: counting };
    await putRecords(a, 'sources', Array.from({ length: 30 }, (_, i) => source(`https://zn.ua/article-${i}`, `Стаття ${i}`)));
    const first = await syncOnce(a, cfg, { batchSize: 10 });
    expect(first.pushed).toBe(30);
    calls = [];
    const second = await syncOnce(a, cfg);
    expect(second).toMatchObject({ pulled: 0, pushed: 0 });
    expect(calls).toEqual(['GET /dossier-incremental/_local/' + calls[0].split('/_local/')[1], 'GET /dossier-incremental/_changes']);
  });

  it('a write from a page without the hooks (old clock kept) still reaches the other device and wins', async () => {
    const a = await device('nohook-a');
    const b = await device('nohook-b');
    const cfg = { url: server.url, db: 'dossier-nohook' };
    await putRecords(a, 'sources', [source('https://hromadske.ua/posts/1', 'Перший заголовок')]);
    await syncOnce(a, cfg);
    await syncOnce(b, cfg);
    // Another extension page opens the store without sync's hooks and rewrites the record as it read it.
    const raw = openDossierDB(a.name);
    const seen = (await raw.sources.get('src:https://hromadske.ua/posts/1'))!;
    await raw.sources.put({ ...seen, title: 'Виправлений заголовок', deleted: 1 });
    raw.close();
    await syncOnce(a, cfg);
    await syncOnce(b, cfg);
    expect(await b.sources.get('src:https://hromadske.ua/posts/1')).toMatchObject({ title: 'Виправлений заголовок', deleted: 1 });
    expect(await dump(a)).toEqual(await dump(b));
  });

  it('a conflict already on the server (two leaves) is merged and its losing leaf closed', async () => {
    const a = await device('leaves');
    const dbUrl = `${server.url}/dossier-leaves`;
    await fetch(dbUrl, { method: 'PUT' });
    const rec = (title: string, hlc: string) => ({ ...source('https://nv.ua/ukr/1', title), updatedAt: 1, deleted: 0, hlc });
    const leaf = (rev: string, title: string, hlc: string) => ({ _id: 'sources:src:https://nv.ua/ukr/1', _rev: rev, table: 'sources', record: rec(title, hlc) });
    // Two branches written with new_edits:false, as another replicator or a CouchDB cluster can leave them.
    await fetch(`${dbUrl}/_bulk_docs`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ new_edits: false, docs: [leaf('1-aaa', 'Старший заголовок', '0000000000010-0000-x'), leaf('1-bbb', 'Новіший заголовок', '0000000000020-0000-y')] }) });
    await syncOnce(a, { url: server.url, db: 'dossier-leaves' });
    expect((await a.sources.get('src:https://nv.ua/ukr/1'))!.title).toBe('Новіший заголовок');
    const doc = (await (await fetch(`${dbUrl}/${encodeURIComponent('sources:src:https://nv.ua/ukr/1')}?conflicts=true`)).json()) as { _conflicts?: string[]; record: { title: string } };
    expect(doc._conflicts ?? []).toEqual([]);
    expect(doc.record.title).toBe('Новіший заголовок');
  });

  it('pointing the device at another database sends the whole store there', async () => {
    const a = await device('move');
    await putRecords(a, 'sources', [source('https://texty.org.ua/1', 'Перший'), source('https://texty.org.ua/2', 'Другий')]);
    await syncOnce(a, { url: server.url, db: 'dossier-old' });
    const moved = await syncOnce(a, { url: server.url, db: 'dossier-new' });
    expect(moved.pushed).toBe(2);
    const back = await syncOnce(a, { url: server.url, db: 'dossier-old' });
    expect(back).toMatchObject({ pushed: 0 }); // same content already there: learnt, not rewritten
  });
});
