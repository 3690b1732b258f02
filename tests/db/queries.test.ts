import { afterEach, describe, expect, test } from 'vitest';
import { actorIdFor, openDossierDB, putRecords, tombstone, type DossierDB } from '../../utils/db/database';
import { storePageAnalysis } from '../../utils/db/ingest';
import { relatedToActor, relatedToClaim, relatedToDate } from '../../utils/db/related';
import { listTimeline } from '../../utils/db/timeline';
import { freshName, seedAnalysis, seedPage } from './fixture';
import type { AnalysisResult } from '../../utils/analyze/types';

let db: DossierDB;
afterEach(async () => db?.delete());

const otherText = 'Зеленський 20 листопада 2025 року заявив: «Допомагаємо нашим американським партнерам, щоб була відповідна допомога Україні!»';
const otherPage = { url: 'https://news.example.com/a/1', title: 'Інша стаття', site: 'news.example.com', lang: 'uk', publishedAt: '2025-11-20' };
function otherAnalysis(): AnalysisResult {
  const quote = 'Допомагаємо нашим американським партнерам, щоб була відповідна допомога Україні!';
  const qs = otherText.indexOf(quote);
  return {
    text: otherText, published: '2025-11-20', lang: 'uk',
    actors: [{ text: 'Зеленський', start: 0, end: 10, name: 'Володимир Зеленський', kind: 'person' }],
    candidates: [], dates: [{ text: '20 листопада 2025 року', start: 11, end: 33, value: '2025-11-20', precision: 'day' }],
    claims: [{ text: quote, start: qs, end: qs + quote.length, speaker: 'Володимир Зеленський', mode: 'direct' }],
    events: [{ date: '2025-11-20', precision: 'day', text: otherText, start: 0, end: otherText.length, actors: ['Володимир Зеленський'], claims: [0] }],
  };
}

async function seedTwo() {
  db = openDossierDB(freshName());
  await storePageAnalysis(db, seedPage, seedAnalysis(), { now: 1 });
  await storePageAnalysis(db, otherPage, otherAnalysis(), { now: 2 });
}

describe('related queries', () => {
  test('related/actor lists events and sources with the actor, excluding the page being read', async () => {
    await seedTwo();
    const all = await relatedToActor(db, 'Володимир Зеленський');
    expect(all.actor?.name).toBe('Володимир Зеленський');
    expect(all.events.map((r) => r.event.date)).toEqual(['2025-11-24', '2025-11-24', '2025-11-20']);
    expect(all.sources.map((s) => s.site).sort()).toEqual(['example.ua', 'news.example.com']);
    const elsewhere = await relatedToActor(db, 'Володимир Зеленський', seedPage.url);
    expect(elsewhere.events).toHaveLength(1);
    expect(elsewhere.events[0]?.sources[0]?.url).toBe(otherPage.url);
    expect(elsewhere.sources.map((s) => s.url)).toEqual([otherPage.url]);
  });

  test('related/date: a day gives that day, a month gives the month and its days', async () => {
    await seedTwo();
    expect((await relatedToDate(db, '2025-11-22')).events.map((r) => r.event.date)).toEqual(['2025-11-22']);
    const month = await relatedToDate(db, '2025-11', seedPage.url);
    expect(month.events.map((r) => r.event.date)).toEqual(['2025-11-20']);
    expect((await relatedToDate(db, '2025-11')).events.map((r) => r.event.date)).toEqual(['2025-11-24', '2025-11-24', '2025-11-22', '2025-11-20', '2025-11']);
    expect((await relatedToDate(db, '2025-12')).events).toEqual([]);
  });

  test('related/claim links the same quote across sources despite punctuation', async () => {
    await seedTwo();
    const res = await relatedToClaim(db, '«Допомагаємо нашим американським партнерам, щоб була відповідна допомога Україні»', 'Володимир Зеленський', seedPage.url);
    expect(res.claims).toHaveLength(1);
    expect(res.claims[0]?.source?.url).toBe(otherPage.url);
    // Reworded by the same speaker still links; by nobody in particular it does not.
    const reworded = 'Допомагаємо американським партнерам, щоб була відповідна допомога Україні';
    expect((await relatedToClaim(db, reworded, 'Володимир Зеленський')).claims).toHaveLength(2);
    expect((await relatedToClaim(db, reworded, null)).claims).toHaveLength(0);
  });

  test('tombstoned records disappear from related results', async () => {
    await seedTwo();
    const other = await db.claims.where('sourceId').notEqual('x').toArray();
    await tombstone(db, 'claims', other.map((c) => c.id), 5);
    expect((await relatedToClaim(db, otherAnalysis().claims[0]!.text, null)).claims).toEqual([]);
    expect(await db.claims.count()).toBe(2);
    expect((await db.claims.toArray()).every((c) => c.deleted === 1 && c.updatedAt === 5)).toBe(true);
  });
});

describe('timeline/list', () => {
  test('chronological with mixed precisions: the month event heads its month', async () => {
    await seedTwo();
    const page = await listTimeline(db, { offset: 0, limit: 50 });
    expect(page.total).toBe(5);
    expect(page.items.map((i) => i.event.date)).toEqual(['2025-11', '2025-11-20', '2025-11-22', '2025-11-24', '2025-11-24']);
    const withClaim = page.items.find((i) => i.claim);
    expect(withClaim?.claim?.speaker).toBe('Володимир Зеленський');
    expect(page.items[0]?.actors.map((a) => a.name)).toEqual(['Дональд Трамп']);
    expect(page.items[0]?.sources[0]?.title).toBe(seedPage.title);
  });

  test('filters by actor and by text, and pages', async () => {
    await seedTwo();
    const byActor = await listTimeline(db, { actorId: actorIdFor('Володимир Зеленський'), offset: 0, limit: 50 });
    expect(byActor.items.map((i) => i.event.date)).toEqual(['2025-11-20', '2025-11-24', '2025-11-24']);
    const byText = await listTimeline(db, { text: 'ЛУКАШЕНКО', offset: 0, limit: 50 });
    expect(byText.items.map((i) => i.event.summary)).toEqual(['Раніше, 22 листопада, Лукашенко помилував ще 31 громадянина України.']);
    // Text filter pages over the matches, not over all events.
    const textPage = await listTimeline(db, { text: '2025', offset: 1, limit: 1, count: false });
    expect(textPage.items.map((i) => i.event.date)).toEqual(['2025-11-20']);
    expect(textPage).toMatchObject({ total: 3, exact: false }); // known so far, plus "maybe more"
    expect((await listTimeline(db, { text: '2025', offset: 0, limit: 0 })).total).toBe(2);
    const second = await listTimeline(db, { offset: 2, limit: 2 });
    expect(second).toMatchObject({ total: 5, exact: true, offset: 2 });
    // Without counting: a lower bound while pages are full, exact at the last page.
    expect(await listTimeline(db, { offset: 0, limit: 2, count: false })).toMatchObject({ total: 3, exact: false });
    expect(await listTimeline(db, { offset: 4, limit: 2, count: false })).toMatchObject({ total: 5, exact: true });
    expect(second.items.map((i) => i.event.date)).toEqual(['2025-11-22', '2025-11-24']);
  });

  test('tombstoned events leave the timeline; putRecords stamps writes', async () => {
    await seedTwo();
    const month = await db.events.where('date').equals('2025-11').first();
    await tombstone(db, 'events', [month!.id]);
    expect((await listTimeline(db, { offset: 0, limit: 10 })).total).toBe(4);
    await putRecords(db, 'events', [{ ...month!, deleted: 0 }], 42);
    expect(await db.events.get(month!.id)).toMatchObject({ deleted: 0, updatedAt: 42 });
  });
});
