import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DossierDB, putRecords } from '../../utils/db/database';
import { collectClips } from '../../utils/export/collect';
import { CSV_BOM, CSV_COLUMNS, csvCell, parseCsv, toCsv } from '../../utils/export/csv';
import { toAnnotationCollection } from '../../utils/export/jsonld';
import { importAnnotations } from '../../utils/export/import';
import { toMarkdown } from '../../utils/export/markdown';
import { exportTimeline } from '../../utils/export/timeline';
import { fillClips, page } from './store';

let n = 0;
const dbs: DossierDB[] = [];
const fresh = () => {
  const db = new DossierDB(`export-test-${++n}`);
  dbs.push(db);
  return db;
};
let db: DossierDB;
beforeEach(() => void (db = fresh()));
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

describe('CSV', () => {
  test('BOM, header, every clip parsed back cell for cell, formulas defused', async () => {
    const [a, , c] = await fillClips(db);
    const csv = toCsv(await collectClips(db));
    expect(csv.startsWith(CSV_BOM + 'created,quote,note')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = (id: string) => Object.fromEntries(CSV_COLUMNS.map((col, i) => [col, rows.find((r) => r.at(-1) === id)![i]]));
    expect(row(a.id)).toMatchObject({
      quote: 'Дякую кожному, хто допомагає повертати українців!',
      note: 'Тон: подяка, «без пафосу», кома, і лапки "так"',
      tags: 'полон; Зеленський',
      speaker: 'Володимир Зеленський',
      actors: 'Володимир Зеленський',
      title: page.title,
      site: 'Українська правда',
      published: '2025-11-24',
      url: 'https://www.pravda.com.ua/news/2025/11/24/7530000',
      created: '2025-11-24T16:00:00.000Z',
    });
    const hostile = row(c.id);
    expect(hostile.quote.startsWith("'-1+2")).toBe(true);
    expect(hostile.note).toBe("'=1+1\nsecond line");
    expect(hostile.speaker).toBe("'=cmd|calc");
    expect(hostile.tags).toBe("'+tag; @who");
    expect(hostile.title.startsWith("'=HYPERLINK(")).toBe(true);
    expect(hostile.site).toBe("'@evil");
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  test('cells', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('\tTAB')).toBe("'\tTAB");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('W3C Web Annotation JSON-LD', () => {
  test('the collection follows the model: selectors, bodies, target source', async () => {
    const [a] = await fillClips(db);
    const doc = toAnnotationCollection(await collectClips(db));
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.total).toBe(3);
    const ann = doc.first.items.find((x) => x.id === `urn:dossier:clip:${a.id}`)!;
    expect(ann).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      target: { source: 'https://www.pravda.com.ua/news/2025/11/24/7530000', selector: [{ type: 'TextQuoteSelector', exact: a.quote }, { type: 'TextPositionSelector' }] },
      'dossier:speaker': 'Володимир Зеленський',
      'dossier:date': '2025-11-24',
      'dossier:actors': [{ name: 'Володимир Зеленський', kind: 'person' }],
    });
    expect(ann.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'полон' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Зеленський' },
    ]);
  });

  test('export → import into a fresh store → export again gives the same annotations', async () => {
    await fillClips(db);
    const first = toAnnotationCollection(await collectClips(db), new Date(0));
    const other = fresh();
    expect(await importAnnotations(other, JSON.stringify(first))).toEqual({ added: 3, updated: 0, unchanged: 0 });
    const second = toAnnotationCollection(await collectClips(other), new Date(0));
    // `modified` is when the record entered this store (stamped so sync sends it on); all else is equal.
    const strip = (d: typeof first) => ({ ...d, first: { ...d.first, items: d.first.items.map(({ modified: _m, ...rest }) => rest) } });
    expect(strip(second)).toEqual(strip(first));
    const [orig, copy] = [await db.clips.orderBy('id').toArray(), await other.clips.orderBy('id').toArray()];
    const fields = (c: (typeof orig)[number]) => ({ ...c, updatedAt: 0, hlc: undefined, tagClock: undefined, noteHlc: undefined });
    expect(copy.map(fields)).toEqual(orig.map(fields));
    expect((await other.sources.toArray()).map((s) => [s.title, s.site, s.publishedAt])).toContainEqual([page.title, page.site, '2025-11-24']);
    // Importing the same file again changes nothing.
    expect(await importAnnotations(other, JSON.stringify(first))).toEqual({ added: 0, updated: 0, unchanged: 3 });
  });
});

describe('Markdown', () => {
  test('quotes with citations: speaker, title, site, date, URL; page text cannot become markup', async () => {
    await fillClips(db);
    const md = toMarkdown(await collectClips(db), { locale: 'uk', now: new Date('2026-11-25T12:00:00Z') });
    expect(md).toContain('> Дякую кожному, хто допомагає повертати українців\\!');
    expect(md).toContain('> — Володимир Зеленський, “Білорусь звільнила пʼятьох українців, – Зеленський”, *Українська правда*, 24 листопада 2025 р., <https://www.pravda.com.ua/news/2025/11/24/7530000>');
    expect(md).toContain('🏷 `полон` `Зеленський`');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('](javascript:');
    expect(md).toContain('\\<script\\>');
    expect(md).not.toMatch(/^# heading/m);
    expect(md).not.toMatch(/^\s*=1\+1/m); // a note line is escaped text, not a formula or a heading
  });
});

describe('timeline JSON', () => {
  test('events in date order with actor names, sources and claims', async () => {
    await db.sources.put({ id: 'src_1', url: page.url, title: page.title, site: page.site, lang: 'uk', publishedAt: '2025-11-24', firstSeenAt: 1, updatedAt: 1, deleted: 0 });
    await putRecords(db, 'actors', [{ id: 'act_l', name: 'Олександр Лукашенко', kind: 'person', aliases: {}, origin: 'starter', tracked: 0 }]);
    await putRecords(db, 'claims', [{ id: 'clm_1', text: '«Допомагаємо нашим американським партнерам»', speaker: 'Володимир Зеленський', sourceId: 'src_1', date: '2025-11-24', selector: [], fingerprint: 'x' }]);
    await putRecords(db, 'events', [
      { id: 'evt_2', date: '2025-11-24', precision: 'day', summary: 'Білорусь відпустила на свободу близько сотні людей.', actorIds: [], sourceIds: ['src_1'], claimIds: ['clm_1'] },
      { id: 'evt_1', date: '2025-11-22', precision: 'day', summary: 'Раніше, 22 листопада, Лукашенко помилував ще 31 громадянина України.', actorIds: ['act_l'], sourceIds: ['src_1'], claimIds: [] },
      { id: 'evt_0', date: '2025-11', precision: 'month', summary: 'Видалена подія', actorIds: [], sourceIds: [], claimIds: [], deleted: 1 },
    ]);
    const file = JSON.parse(JSON.stringify(await exportTimeline(db)));
    expect(file.type).toBe('dossier-timeline');
    expect(file.events.map((e: { date: string }) => e.date)).toEqual(['2025-11-22', '2025-11-24']);
    expect(file.events[0]).toMatchObject({ precision: 'day', actors: ['Олександр Лукашенко'], sources: [{ url: page.url, site: 'Українська правда' }] });
    expect(file.events[1].claims).toEqual([{ text: '«Допомагаємо нашим американським партнерам»', speaker: 'Володимир Зеленський' }]);
  });
});
