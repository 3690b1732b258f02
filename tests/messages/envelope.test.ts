import { describe, expect, test } from 'vitest';
import { ENVELOPE, PART, PART_CHARS, PartAssembler, isPart, openReply, partsOf, replyAs, sealInSteps } from '../../utils/messages/envelope';
import { storedPage } from './stored-page';
import { sendRequest } from '../../utils/messages/client';
import { createRouter, handlesMessage, type GazetteerProvider } from '../../utils/messages/router';
import { openDossierDB } from '../../utils/db/database';
import { freshName } from '../db/fixture';

const gazetteer: GazetteerProvider = { get: async () => ({ version: 'v', data: {} }), invalidate: () => undefined, starterNames: async () => new Set() };

/** The background's listener over a real router and store, behind a channel that copies values as JSON. */
function background() {
  const handle = createRouter({ db: openDossierDB(freshName()), gazetteer });
  const seen: unknown[] = [];
  const transport = async (message: unknown) => {
    const copy = JSON.parse(JSON.stringify(message)) as unknown;
    seen.push(copy);
    if (!handlesMessage(copy)) return undefined;
    const reply = await handle(copy);
    return JSON.parse(JSON.stringify(replyAs(copy, reply))) as unknown;
  };
  return { seen, transport, handle };
}

const { page, result } = storedPage();

describe('sealed messages (bulky payloads as one JSON string)', () => {
  test('a stored analysis goes sealed, is stored as the object it was, and its reply comes back opened', async () => {
    const bg = background();
    const { sourceId } = await sendRequest('page/analyzed', { page, result } as never, bg.transport);
    expect(sourceId).toEqual(expect.any(String));
    expect(bg.seen[0]).toEqual({ type: ENVELOPE, body: expect.stringContaining('"Білорусь"') });
  });

  test('written in steps, a stored analysis of thousands of spans is the same JSON, and the page gets turns', async () => {
    const spans = Array.from({ length: 40_000 }, (_, i) => ({ text: `Ім'я «${i}»\n`, start: i * 10, end: i * 10 + 6, name: 'Київ', kind: 'place', skip: undefined }));
    const message = { type: 'page/analyzed', page, result: { ...result, actors: spans, claims: spans.slice(0, 700), none: undefined } };
    let turns = 0;
    const sealed = (await sealInSteps(message, async () => void turns++, 0)) as { type: string; body: string };
    expect(sealed.type).toBe(ENVELOPE);
    expect(sealed.body).toBe(JSON.stringify(message));
    expect(turns).toBe(1 + 40_000 / 500 + 2 + 1); // a turn first, after each chunk of the two long arrays, and after the joining
    const small = { type: 'related/actor', name: 'Київ' };
    expect(await sealInSteps(small, async () => undefined)).toBe(small);
  });

  test('a slice of page text is sealed in one go: the reader waits for its answer, so no turn first', async () => {
    const text = 'Президент України Володимир Зеленський заявив, що «переговори тривають». '.repeat(300);
    const message = { type: 'analyze/full', text, published: '2025-11-24', lang: 'uk' };
    let turns = 0;
    const sealed = (await sealInSteps(message, async () => void turns++, 0)) as { type: string; body: string };
    expect(sealed).toEqual({ type: ENVELOPE, body: JSON.stringify(message) });
    expect(turns).toBe(0);
  });

  test('small messages are not sealed', async () => {
    const m = { type: 'related/actor', name: 'Білорусь' };
    expect(await sealInSteps(m, async () => undefined)).toBe(m);
    expect(openReply({ ok: true, value: 1 })).toEqual({ ok: true, value: 1 });
  });

  test('a sealed message that is not JSON, or names no known type, is refused with a reason', async () => {
    const { handle } = background();
    expect(await handle({ type: ENVELOPE, body: '{"type": "page/analy' })).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused: the sealed message is not valid JSON/) });
    expect(await handle({ type: ENVELOPE, body: '{"type": "drop/tables"}' })).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused: unknown message type "drop\/tables"/) });
    expect(handlesMessage({ type: 'someone/else' })).toBe(false);
    expect(openReply({ type: ENVELOPE, body: 'not json' })).toBeUndefined();
  });

  test('a stored analysis longer than one message goes in parts and is stored whole', async () => {
    const bg = background();
    // Few records (the store is the slow part here), long ones: 1,500 names of 300 characters.
    const long = 'Організація Північноатлантичного договору '.repeat(7);
    const many = Array.from({ length: 1500 }, (_, i) => ({ text: long, start: i * 400, end: i * 400 + long.length, name: long, kind: 'org' as const }));
    const { sourceId } = await sendRequest('page/analyzed', { page, result: { ...result, actors: many } } as never, bg.transport);
    expect(sourceId).toEqual(expect.any(String));
    const parts = bg.seen.filter(isPart);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.index)).toEqual([...parts.keys()]);
    expect(Math.max(...parts.map((p) => p.body.length))).toBeLessThanOrEqual(PART_CHARS);
  }, 30_000);

  test('parts out of order, of an expired message, or malformed are refused; a short message is not cut', async () => {
    let now = 0;
    const parts = new PartAssembler(() => now);
    const sealed = { type: ENVELOPE, body: 'x'.repeat(25) };
    const [a, b, c] = partsOf(sealed, 'm1', 10) as { type: string; id: string; index: number; count: number; body: string }[];
    expect(parts.take(a as never)).toBeNull();
    expect(() => parts.take(c as never)).toThrow(/out of order/);
    expect(parts.take(a as never)).toBeNull();
    expect(parts.take(b as never)).toBeNull();
    expect(parts.take(c as never)).toEqual(sealed);
    expect(parts.take(a as never)).toBeNull();
    now += 61_000;
    expect(() => parts.take(b as never)).toThrow(/expired/);
    expect(partsOf(sealed, 'm2', 100)).toEqual([sealed]);
    const { handle } = background();
    expect(await handle({ type: PART, id: 'x', index: 3, count: 2, body: '' })).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused: a message part must have/) });
    // A part the background has lost (it restarted) is no refusal: the sender's retry resends the whole message.
    const lost = await handle({ type: PART, id: 'y', index: 1, count: 2, body: '' });
    expect(lost).toMatchObject({ ok: false, error: expect.stringMatching(/came out of order or after its message expired/) });
    expect((lost as { error: string }).error).not.toMatch(/^Refused/);
  });
});
