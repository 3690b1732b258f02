/**
 * The background's message boundary under random input: whatever shape arrives, the router answers
 * a `Reply` — never throws, never answers ok for a malformed request, and says what was wrong.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDossierDB, type DossierDB } from '../../utils/db/database';
import { createRouter, handlesMessage, type GazetteerProvider } from '../../utils/messages/router';
import { REQUEST_TYPES, parseRequest } from '../../utils/messages/validate';
import { freshName, seedAnalysis, seedPage } from '../db/fixture';

let db: DossierDB;
let handle: ReturnType<typeof createRouter>;
beforeAll(() => {
  db = openDossierDB(freshName());
  const gazetteer: GazetteerProvider = {
    get: async () => ({ version: 'v', data: {} }),
    invalidate: () => undefined,
    starterNames: async () => new Set<string>(),
  };
  handle = createRouter({ db, gazetteer });
});
afterAll(async () => db?.delete());

/** A valid example of every request type: fuzzing mutates these one field at a time. */
const valid: Record<string, Record<string, unknown>> = {
  'page/analyzed': { page: seedPage, result: seedAnalysis() },
  'gazetteer/get': {},
  'analyze/names': { text: 'Лукашенко заявив', offset: 0 },
  'analyze/full': { text: 'Лукашенко заявив 20 листопада', published: '2025-11-24', lang: 'uk' },
  'related/actor': { name: 'Білорусь' },
  'related/date': { value: '2025-11-24' },
  'related/claim': { text: 'щось сказав', speaker: null },
  'actor/track': { name: 'ГУР', kind: 'org' },
  'timeline/list': { offset: 0, limit: 10 },
  'actors/list': {},
  'actors/save': { actor: { name: 'НАТО', kind: 'org', aliases: {} } },
  'actors/delete': { id: 'act_x' },
  'actors/import': { json: '[]' },
  'actors/export': {},
  'clips/save': { page: seedPage, quote: 'Лукашенко', selector: [{ type: 'TextQuoteSelector', exact: 'Лукашенко' }] },
  'clips/forPage': { url: 'https://example.ua/a' },
  'clips/anchored': { results: [] },
  'clips/list': {},
  'clips/update': { id: 'clp_x' },
  'clips/delete': { id: 'clp_x' },
  'clips/restore': { id: 'clp_x' },
  'search/query': { text: 'Лукашенко' },
  'export/file': { format: 'csv' },
  'import/annotations': { json: '[]' },
};

const isReplyShape = (r: unknown) =>
  typeof r === 'object' && r !== null && ((r as { ok: unknown }).ok === true ? 'value' in r : typeof (r as { error: unknown }).error === 'string');

describe('router fuzzing', () => {
  test('the examples are valid requests of known types (types added later are still fuzzed below)', () => {
    for (const [type, payload] of Object.entries(valid)) {
      if (!REQUEST_TYPES.includes(type as never)) continue; // a feature not on this branch yet
      expect(() => parseRequest({ ...payload, type }), type).not.toThrow();
    }
  });

  test('any value at all: a Reply, never an exception; non-requests are refused with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), async (message) => {
        const reply = await handle(message);
        expect(isReplyShape(reply)).toBe(true);
        if (!reply.ok) expect(reply.error).toMatch(/^Refused: .{8,}/);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test('a known type with one field replaced by junk: refused naming the field, or accepted only if still valid', async () => {
    const junk = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(fc.anything(), { maxLength: 3 }));
    const known = Object.entries(valid).filter(([type]) => REQUEST_TYPES.includes(type as never));
    const typeAndField = fc.constantFrom(...known.flatMap(([type, payload]) => Object.keys(payload).map((field) => [type, field] as const)));
    await fc.assert(
      fc.asyncProperty(typeAndField, junk, async ([type, field], value) => {
        const message = { ...valid[type], [field]: value, type };
        let parsed = true;
        try {
          parseRequest(message);
        } catch {
          parsed = false;
        }
        const reply = await handle(message);
        expect(isReplyShape(reply)).toBe(true);
        if (!parsed) {
          expect(reply.ok).toBe(false);
          if (!reply.ok) expect(reply.error).toContain(field);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test('random keys and values on every type never crash the handlers', async () => {
    const payload = fc.dictionary(fc.constantFrom('name', 'value', 'text', 'speaker', 'offset', 'limit', 'id', 'json', 'kind', 'actor', 'page', 'result', 'origins', 'excludeUrl', 'x'), fc.anything(), { maxKeys: 6 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...REQUEST_TYPES), payload, async (type, p) => {
        const reply = await handle({ ...p, type });
        expect(isReplyShape(reply)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  test('page/analyzed with spans pointing anywhere (past the text, reversed) never throws', async () => {
    const offsets = fc.tuple(fc.nat(100_000), fc.nat(100_000));
    await fc.assert(
      fc.asyncProperty(offsets, offsets, fc.string({ maxLength: 40 }), async ([a, b], [c, d], text) => {
        const result = seedAnalysis();
        result.actors[0] = { ...result.actors[0], start: a, end: b };
        result.claims[0] = { ...result.claims[0], start: c, end: d, speakerStart: d, speakerEnd: c };
        result.events[0] = { ...result.events[0], start: b, end: a, text };
        const reply = await handle({ type: 'page/analyzed', page: { ...seedPage, url: `https://x.example/${a}-${c}` }, result });
        expect(isReplyShape(reply)).toBe(true);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  test.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    'an inherited property name as type (%s) is an unknown type, not a handler',
    async (type) => {
      expect(handlesMessage({ type })).toBe(false);
      const reply = await handle({ type });
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Refused: unknown message type/) });
    },
  );
});
