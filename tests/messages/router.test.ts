import { afterEach, describe, expect, test } from 'vitest';
import { actorIdFor, openDossierDB, type DossierDB } from '../../utils/db/database';
import { createRouter, type GazetteerProvider } from '../../utils/messages/router';
import { sendRequest } from '../../utils/messages/client';
import { parseRequest } from '../../utils/messages/validate';
import { freshName, seedAnalysis, seedPage } from '../db/fixture';

let db: DossierDB;
afterEach(async () => db?.delete());

function setup() {
  db = openDossierDB(freshName());
  let invalidations = 0;
  const gazetteer: GazetteerProvider = {
    get: async () => ({ version: 'v', data: { compiled: true } }),
    invalidate: () => void invalidations++,
    starterNames: async () => new Set(['Сполучені Штати']),
  };
  const handle = createRouter({ db, gazetteer });
  return { handle, invalidations: () => invalidations };
}

describe('message validation', () => {
  test.each([
    [null, /message must be an object/],
    [{ type: 'nope' }, /unknown message type "nope"/],
    [{ type: 'related/date', value: '24.11.2025' }, /value must be a date YYYY, YYYY-MM or YYYY-MM-DD/],
    [{ type: 'related/actor' }, /name must be a string \(got undefined\)/],
    [{ type: 'timeline/list', offset: -1, limit: 10 }, /offset must be an integer/],
    [{ type: 'timeline/list', offset: 0, limit: 10_000 }, /limit must be an integer in 0..500/],
    [{ type: 'actor/track', name: 'X', kind: 'animal' }, /kind must be one of person, org, place/],
    [{ type: 'related/claim', text: 'x' }, /speaker must be a string \(got undefined\)/],
  ])('refuses %j', (message, error) => {
    expect(() => parseRequest(message)).toThrow(error);
  });

  test('names the deep path of a bad page/analyzed payload', () => {
    const result = seedAnalysis();
    const bad = { ...result, actors: [{ ...result.actors[0], kind: 'animal' }] };
    expect(() => parseRequest({ type: 'page/analyzed', page: seedPage, result: bad })).toThrow('result.actors[0].kind must be one of person, org, place');
    const noUrl = { ...seedPage, url: 42 };
    expect(() => parseRequest({ type: 'page/analyzed', page: noUrl, result })).toThrow('page.url must be a string (got number)');
  });

  test('drops unknown keys', () => {
    const parsed = parseRequest({ type: 'related/actor', name: 'Білорусь', evil: '<img onerror>' });
    expect(parsed).toEqual({ type: 'related/actor', name: 'Білорусь' });
  });
});

describe('router', () => {
  test('bad shapes come back as a clear error reply, not an exception', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'actors/delete' })).toEqual({ ok: false, error: 'Refused: id must be a string (got undefined)' });
  });

  test('stores a page, answers related/actor and the timeline through messages', async () => {
    const { handle } = setup();
    const stored = await handle({ type: 'page/analyzed', page: seedPage, result: seedAnalysis() });
    expect(stored).toMatchObject({ ok: true, value: { sourceId: expect.stringMatching(/^src_/) } });
    expect(await db.actors.get(actorIdFor('Сполучені Штати'))).toMatchObject({ origin: 'starter' });
    const transport = (m: unknown) => handle(m);
    const related = await sendRequest('related/actor', { name: 'Олександр Лукашенко' }, transport);
    expect(related.events.map((r) => r.event.date)).toEqual(['2025-11-22']);
    const timeline = await sendRequest('timeline/list', { offset: 0, limit: 10 }, transport);
    expect(timeline.items.map((i) => i.event.date)).toEqual(['2025-11', '2025-11-22', '2025-11-24', '2025-11-24']);
  });

  test('actor changes invalidate the gazetteer; import errors arrive as thrown messages', async () => {
    const { handle, invalidations } = setup();
    const transport = (m: unknown) => handle(m);
    await sendRequest('actors/save', { actor: { name: 'НАТО', kind: 'org', aliases: { en: ['NATO'] } } }, transport);
    await sendRequest('actor/track', { name: 'ГУР', kind: 'org' }, transport);
    expect(invalidations()).toBe(2);
    await expect(sendRequest('actors/import', { json: '[{"nam": "x"}]' }, transport)).rejects.toThrow('actors/import failed: Error: Item 1 has no "name"');
    const { json } = await sendRequest('actors/export', {}, transport);
    expect(JSON.parse(json).map((e: { name: string }) => e.name)).toEqual(['ГУР', 'НАТО']);
  });

  test('sendRequest explains a missing reply', async () => {
    await expect(sendRequest('actors/list', {}, async () => undefined)).rejects.toThrow(/No valid reply to actors\/list .*got nothing/);
  });
});

describe('storage failures', () => {
  test('QuotaExceededError mid-ingest: a clear error reply and nothing half-written', async () => {
    const { handle } = setup();
    // The events write is the last one in the transaction (an add: they are new); failing it must
    // roll back the rest.
    const full = (async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }) as never;
    db.events.bulkPut = full;
    db.events.bulkAdd = full;
    const reply = await handle({ type: 'page/analyzed', page: seedPage, result: seedAnalysis() });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^page\/analyzed failed: QuotaExceededError: .*storage quota exceeded/) });
    expect([await db.sources.count(), await db.actors.count(), await db.mentions.count(), await db.claims.count()]).toEqual([0, 0, 0, 0]);
  });
});
