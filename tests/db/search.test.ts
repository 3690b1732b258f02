import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { DossierDB, putRecords, tombstone } from '../../utils/db/database';
import type { ClaimRecord, EventRecord } from '../../utils/db/records';
import { searchStore } from '../../utils/db/search';
import { V1_STORES } from './schema-v1';
import { foldText, termsOf } from '../../utils/db/search-terms';

let n = 0;
const open: DossierDB[] = [];
function fresh(): DossierDB {
  const db = new DossierDB(`search-test-${++n}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const event = (id: string, summary: string, date = '2025-11-24'): EventRecord => ({
  id, summary, date, precision: 'day', actorIds: [], sourceIds: ['src_1'], claimIds: [], updatedAt: 1, deleted: 0,
});
const claim = (id: string, text: string, speaker: string): ClaimRecord => ({
  id, text, speaker, sourceId: 'src_1', date: '2025-11-24', selector: [], fingerprint: id, updatedAt: 2, deleted: 0,
});

async function seed(db: DossierDB) {
  await db.sources.put({ id: 'src_1', url: 'https://www.pravda.com.ua/news/1', title: 'Білорусь звільнила', site: 'УП', lang: 'uk', publishedAt: '2025-11-24', firstSeenAt: 1, updatedAt: 1, deleted: 0 });
  await putRecords(db, 'events', [
    event('evt_a', 'Раніше, 22 листопада, Лукашенко помилував ще 31 громадянина України.', '2025-11-22'),
    event('evt_b', 'Президент США Дональд Трамп обговорював звільнення політвʼязнів.'),
    event('evt_c', 'Заявил Лукашенко журналистам в Минске, что ёлка будет.'),
    event('evt_d', 'President Zelensky said the talks in Geneva were productive.'),
  ]);
  await putRecords(db, 'claims', [claim('clm_a', '«Допомагаємо нашим американським партнерам»', 'Володимир Зеленський')]);
}

const ids = async (db: DossierDB, q: string, kinds?: ('event' | 'claim' | 'clip')[]) => (await searchStore(db, q, { kinds })).hits.map((h) => h.id).sort();

describe('search over events, claims and clips', () => {
  test('word prefixes in Ukrainian, Russian and English, case and ё folded, every word must match', async () => {
    const db = fresh();
    await seed(db);
    expect(await ids(db, 'лукашенк')).toEqual(['evt_a', 'evt_c']);
    expect(await ids(db, 'ЛУКАШЕНКО помил')).toEqual(['evt_a']);
    expect(await ids(db, 'елка')).toEqual(['evt_c']); // ё in the text, е typed
    expect(await ids(db, 'zelen GENEVA')).toEqual(['evt_d']);
    expect(await ids(db, "політв'язнів")).toEqual(['evt_b']); // apostrophe variants are one word
    expect(await ids(db, 'зеленськ')).toEqual(['clm_a']); // a claim's speaker
    expect(await ids(db, 'лукашенко трамп')).toEqual([]);
    expect(await ids(db, '  ,, ')).toEqual([]);
  });

  test('hits carry their text and source; kinds filter', async () => {
    const db = fresh();
    await seed(db);
    const { hits, total } = await searchStore(db, 'допомагаєм');
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({ kind: 'claim', text: '«Допомагаємо нашим американським партнерам»', detail: 'Володимир Зеленський', source: { url: 'https://www.pravda.com.ua/news/1' } });
    expect(await ids(db, 'лукашенк', ['claim'])).toEqual([]);
  });

  test('the index follows edits and tombstones in the same transaction as the record', async () => {
    const db = fresh();
    await seed(db);
    await db.events.update('evt_b', { summary: 'Адміністрація Байдена нічого не обговорювала.' });
    expect(await ids(db, 'трамп')).toEqual([]);
    expect(await ids(db, 'байден')).toEqual(['evt_b']);
    await tombstone(db, 'events', ['evt_a']);
    expect(await ids(db, 'лукашенк')).toEqual(['evt_c']);
    // A failed transaction leaves neither the record nor its index row.
    await expect(
      db.transaction('rw', db.events, async () => {
        await db.events.put(event('evt_x', 'Кириленко зробив заяву'));
        throw new Error('quota');
      }),
    ).rejects.toThrow('quota');
    expect(await ids(db, 'кириленко')).toEqual([]);
    expect(await db.search.get('evt_x')).toBeUndefined();
  });

  test('a store made by schema version 1 is indexed on upgrade, keeping every record', async () => {
    const name = `search-test-v1-${++n}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table('events').bulkPut([event('evt_a', 'Лукашенко помилував 31 громадянина'), { ...event('evt_z', 'Лукашенко видалений'), deleted: 1 }]);
    await v1.table('clips').put({ id: 'clp_a', sourceId: 'src_1', quote: 'пʼятеро українців', note: 'перевірити', tags: ['полон'], selector: [], actorIds: [], createdAt: 1, updatedAt: 1, deleted: 0 });
    v1.close();
    const db = new DossierDB(name);
    open.push(db);
    expect(await db.events.count()).toBe(2);
    expect(await ids(db, 'лукашенко')).toEqual(['evt_a']);
    expect(await ids(db, 'полон')).toEqual(['clp_a']);
    expect(await ids(db, 'пятеро перев')).toEqual(['clp_a']);
  });
});

describe('search terms', () => {
  test('folding and distinct words', () => {
    expect(foldText('ПʼЯТЕРО Ёлок')).toBe('пятеро елок');
    expect(termsOf('Лукашенко, Лукашенко і Трамп', 'note: Трамп')).toEqual(['лукашенко', 'і', 'трамп', 'note']);
  });
});
