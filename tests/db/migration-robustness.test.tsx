// @vitest-environment happy-dom
/**
 * Bad data must not take the reader's work down with it: records written half-way by an older or
 * broken build (missing fields, wrong types) are put straight into IndexedDB, then the timeline is
 * read through the router and drawn by the popup's component. And two tabs storing pages at once
 * lose nothing.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { Timeline } from '../../components/Timeline';
import { openDossierDB, type DossierDB } from '../../utils/db/database';
import { createRouter, type GazetteerProvider } from '../../utils/messages/router';
import { sendRequest } from '../../utils/messages/client';
import type { TimelineQuery } from '../../utils/messages/protocol';
import { freshName, seedAnalysis, seedPage } from './fixture';

let db: DossierDB;
afterEach(async () => db?.delete());

function router() {
  db = openDossierDB(freshName());
  const gazetteer: GazetteerProvider = { get: async () => ({ version: 'v', data: {} }), invalidate() {}, starterNames: async () => new Set() };
  const handle = createRouter({ db, gazetteer });
  return (m: unknown) => handle(m);
}

const good = { id: 'evt_ok', date: '2025-11-24', precision: 'day', summary: 'Білорусь відпустила близько сотні людей.', actorIds: ['act_1'], sourceIds: ['src_1'], claimIds: ['clm_1'], updatedAt: 1, deleted: 0 };
/** Each one broken differently; all sit in the [deleted+date] index, so the timeline walks them. */
const BROKEN: Record<string, unknown>[] = [
  { id: 'evt_no_lists', date: '2025-11-01', precision: 'day', summary: 'без списків', updatedAt: 1, deleted: 0 },
  { id: 'evt_string_lists', date: '2025-11-02', precision: 'day', summary: 'рядок замість списку', actorIds: 'act_1', sourceIds: 'src_1', claimIds: 'clm_1', updatedAt: 1, deleted: 0 },
  { id: 'evt_no_summary', date: '2025-11-03', precision: 'day', actorIds: [null, 7, 'act_1'], sourceIds: [{}], claimIds: [], updatedAt: 1, deleted: 0 },
  { id: 'evt_number_summary', date: '2025-11-04', precision: 'bogus', summary: 42, actorIds: [], sourceIds: [], claimIds: [], updatedAt: 1, deleted: 0 },
  { id: 'evt_number_date', date: 20251105, precision: 'day', summary: 'дата числом', actorIds: [], sourceIds: [], claimIds: [], updatedAt: 1, deleted: 0 },
  { id: 'evt_bad_date', date: '2025-99-99', precision: 'day', summary: 'неможлива дата', endDate: 5, actorIds: [], sourceIds: [], claimIds: [], updatedAt: 1, deleted: 0 },
  { id: 'evt_object_summary', date: '2025-11-06', precision: 'month', summary: { html: '<img src=x onerror=alert(1)>' }, actorIds: [], sourceIds: [], claimIds: [], updatedAt: 1, deleted: 0 },
];

/** Writes with the raw IndexedDB API: no Dexie hook or typed helper sees them, as with an old build. */
async function putRaw(table: string, rows: unknown[]): Promise<void> {
  await db.open();
  const idb = db.backendDB();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(table, 'readwrite');
    for (const row of rows) tx.objectStore(table).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

async function injectBroken() {
  await putRaw('events', [good, ...BROKEN]);
  await putRaw('actors', [{ id: 'act_1', kind: 'person', updatedAt: 1, deleted: 0 }]); // no name
  await putRaw('sources', [{ id: 'src_1', url: 12345, title: null, updatedAt: 1, deleted: 0 }]);
  await putRaw('claims', [{ id: 'clm_1', text: ['не рядок'], speaker: 5, updatedAt: 1, deleted: 0 }]);
}

describe('corrupted records', () => {
  test('the timeline message still answers every row, with text where text belongs', async () => {
    const transport = router();
    await injectBroken();
    for (const text of [undefined, 'дата']) {
      const page = await sendRequest('timeline/list', { offset: 0, limit: 50, text }, transport);
      for (const { event, actors, sources, claim } of page.items) {
        expect(typeof event.summary).toBe('string');
        expect(typeof event.date).toBe('string');
        for (const list of [event.actorIds, event.sourceIds, event.claimIds]) expect(list.every((x) => typeof x === 'string')).toBe(true);
        for (const a of actors) expect(typeof a.name).toBe('string');
        for (const s of sources) expect([typeof s.url, typeof s.title]).toEqual(['string', 'string']);
        if (claim) expect([typeof claim.text, typeof claim.speaker]).toEqual(['string', 'string']);
      }
      if (!text) expect(page.items.map((i) => i.event.id)).toContain('evt_ok');
      else expect(page.items.map((i) => i.event.id).sort()).toEqual(['evt_bad_date', 'evt_number_date']);
    }
  });

  test('the popup timeline draws the good rows next to the broken ones', async () => {
    const transport = router();
    await injectBroken();
    const root = document.createElement('div');
    document.body.append(root);
    const load = (q: TimelineQuery) => sendRequest('timeline/list', q, transport);
    const loadActors = async () => [];
    await act(async () => {
      render(<Timeline load={load} loadActors={loadActors} locale="uk" />, root);
    });
    const summaries = () => [...root.querySelectorAll('.event-summary')].map((e) => e.textContent);
    // Storage answers in its own time (slower on a loaded machine): wait for the rows, not a clock.
    await expect.poll(async () => (await act(() => new Promise((r) => setTimeout(r, 10))), summaries())).toContain('Білорусь відпустила близько сотні людей.');
    expect(summaries()).toContain('неможлива дата');
    expect(root.querySelector('img')).toBeNull();
    render(null, root);
    root.remove();
  });
});

describe('two tabs writing at once', () => {
  const pageAt = (url: string) => ({ ...seedPage, url });

  test('different pages stored concurrently: both sources, all events, shared actors once', async () => {
    const transport = router();
    const [a, b] = await Promise.all([
      sendRequest('page/analyzed', { page: pageAt('https://a.example/1'), result: seedAnalysis() }, transport),
      sendRequest('page/analyzed', { page: pageAt('https://b.example/2'), result: seedAnalysis() }, transport),
    ]);
    expect(a.sourceId).not.toBe(b.sourceId);
    expect(await db.sources.count()).toBe(2);
    const events = await db.events.toArray();
    // Events are per source (one page's account of what happened): each page keeps all of its own.
    const perPage = seedAnalysis().events.length;
    expect(events.filter((e) => e.sourceIds.length === 1 && e.sourceIds[0] === a.sourceId)).toHaveLength(perPage);
    expect(events.filter((e) => e.sourceIds.length === 1 && e.sourceIds[0] === b.sourceId)).toHaveLength(perPage);
    expect(await db.mentions.where('sourceId').equals(a.sourceId).count()).toBe(seedAnalysis().actors.length);
    expect(await db.mentions.where('sourceId').equals(b.sourceId).count()).toBe(seedAnalysis().actors.length);
    const names = (await db.actors.toArray()).map((x) => x.name);
    expect(names.length).toBe(new Set(names).size);
  });

  test('the same page stored by two tabs at once: one source, nothing twice', async () => {
    const transport = router();
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => sendRequest('page/analyzed', { page: seedPage, result: seedAnalysis() }, transport)),
    );
    expect(new Set(runs.map((r) => r.sourceId)).size).toBe(1);
    expect(await db.sources.count()).toBe(1);
    expect(await db.events.count()).toBe(seedAnalysis().events.length);
    expect(await db.claims.count()).toBe(seedAnalysis().claims.length);
    expect(await db.mentions.count()).toBe(seedAnalysis().actors.length);
  });

  test('many pages at once (ten tabs) lose no source and no event link', async () => {
    const transport = router();
    const urls = Array.from({ length: 10 }, (_, i) => `https://n${i}.example/a`);
    const ids = await Promise.all(urls.map((u) => sendRequest('page/analyzed', { page: pageAt(u), result: seedAnalysis() }, transport)));
    expect(await db.sources.count()).toBe(10);
    expect(await db.events.count()).toBe(10 * seedAnalysis().events.length);
    const linked = new Set((await db.events.toArray()).flatMap((e) => e.sourceIds));
    expect(linked).toEqual(new Set(ids.map((r) => r.sourceId)));
  });
});
