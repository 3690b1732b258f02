import { describe, expect, test } from 'vitest';
import { sendRequest } from '../../utils/messages/client';
import { replyAs } from '../../utils/messages/envelope';
import { storedPage } from './stored-page';
import { PORT_NAME, SITE_REFUSED, createPortTransport, servePort, type PortLike } from '../../utils/messages/port-transport';
import { createRouter, type GazetteerProvider } from '../../utils/messages/router';
import { openDossierDB } from '../../utils/db/database';
import { freshName } from '../db/fixture';

type Listener<T> = (value: T) => void;

/** Two ends of a runtime.Port: values cross as JSON copies, asynchronously, as they do between processes. */
function portPair() {
  const listeners = { a: [] as Listener<unknown>[], b: [] as Listener<unknown>[] };
  const gone = { a: [] as (() => void)[], b: [] as (() => void)[] };
  let open = true;
  const end = (self: 'a' | 'b', other: 'a' | 'b'): PortLike => ({
    postMessage(message) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy = JSON.parse(JSON.stringify(message)) as unknown;
      queueMicrotask(() => listeners[other].forEach((l) => l(copy)));
    },
    disconnect() {
      if (!open) return;
      open = false;
      gone[other].forEach((l) => l());
    },
    onMessage: { addListener: (l) => void listeners[self].push(l) },
    onDisconnect: { addListener: (l) => void gone[self].push(l) },
  });
  return { page: end('a', 'b'), worker: end('b', 'a'), get open() { return open; } };
}

const gazetteer: GazetteerProvider = { get: async () => ({ version: 'v', data: {} }), invalidate: () => undefined, starterNames: async () => new Set() };

describe('requests over one port', () => {
  test('replies that come back out of order reach the requests they answer', async () => {
    const pair = portPair();
    const names: string[] = [];
    const transport = createPortTransport((name) => (names.push(name), pair.page));
    // The worker answers the slow request last.
    servePort(pair.worker, async (m) => {
      const { n } = m as { n: number };
      await new Promise((r) => setTimeout(r, n === 1 ? 30 : 0));
      return { ok: true, value: n * 10 };
    });
    const replies = await Promise.all([1, 2, 3].map((n) => transport.send({ n })));
    expect(replies).toEqual([{ ok: true, value: 10 }, { ok: true, value: 20 }, { ok: true, value: 30 }]);
    expect(names).toEqual([PORT_NAME]); // one port for all three
  });

  test('a worker that stops mid-request fails it with a retryable "no reply", and the next request opens a new port', async () => {
    const pairs = [portPair(), portPair()];
    let connects = 0;
    const transport = createPortTransport(() => pairs[connects++].page);
    servePort(pairs[0].worker, () => new Promise(() => undefined)); // never answers: the worker stops first
    servePort(pairs[1].worker, async () => ({ ok: true, value: 'again' }));
    const lost = transport.send({ type: 'analyze/full' });
    await Promise.resolve();
    pairs[0].worker.disconnect();
    await expect(lost).rejects.toThrow(/^No reply from the background/);
    expect(await transport.send({ type: 'analyze/full' })).toEqual({ ok: true, value: 'again' });
    expect(connects).toBe(2);
  });

  test('a port the browser could not connect is read for its reason, which the retried error carries', async () => {
    // Chrome logs "Unchecked runtime.lastError" to the page for a disconnect whose reason nobody read.
    const pair = portPair();
    let lastError: { message: string } | undefined;
    let reads = 0;
    const transport = createPortTransport(
      () => pair.page,
      () => (reads++, lastError),
    );
    const lost = transport.send({});
    await Promise.resolve();
    lastError = { message: 'Could not establish connection. Receiving end does not exist.' };
    pair.worker.disconnect();
    lastError = undefined;
    await expect(lost).rejects.toThrow('No reply from the background: it could not be reached (Could not establish connection. Receiving end does not exist.).');
    expect(reads).toBe(1);
  });

  test('a reply to a page that has gone is dropped without an error in the worker', async () => {
    const pair = portPair();
    const transport = createPortTransport(() => pair.page);
    let answered = false;
    servePort(pair.worker, async () => {
      await new Promise((r) => setTimeout(r, 10));
      answered = true;
      return { ok: true, value: 1 };
    });
    const request = transport.send({});
    request.catch(() => undefined);
    await Promise.resolve();
    transport.close(); // the tab closed
    await expect(request).rejects.toThrow(/^Dossier stopped on this page/);
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(true);
    expect(pair.open).toBe(false);
  });

  test("a page the reader's site setting excludes gets a refusal, never an answer, and is checked on every request", async () => {
    const pair = portPair();
    const transport = createPortTransport(() => pair.page);
    const answered: unknown[] = [];
    let allowed = false;
    servePort(pair.worker, async (m) => (answered.push(m), { ok: true, value: 'names' }), async () => allowed);
    expect(await transport.send({ type: 'analyze/full', text: 'Зеленський' })).toEqual(SITE_REFUSED);
    expect(answered).toEqual([]);
    allowed = true; // the reader added the site
    expect(await transport.send({ type: 'analyze/full', text: 'Зеленський' })).toEqual({ ok: true, value: 'names' });
    expect(answered).toHaveLength(1);
    // A setting that cannot be read refuses too (and says why), rather than answering.
    const broken = portPair();
    servePort(broken.worker, async () => ({ ok: true, value: 1 }), () => Promise.reject(new Error('storage gone')));
    expect(await createPortTransport(() => broken.page).send({})).toEqual({ ok: false, error: expect.stringMatching(/^Refused: .*storage gone/) });
  });

  test('the real router answers typed requests, sealed ones included, over the port', async () => {
    const pair = portPair();
    const handle = createRouter({ db: openDossierDB(freshName()), gazetteer });
    servePort(pair.worker, async (message) => replyAs(message, await handle(message)));
    const transport = createPortTransport(() => pair.page);
    const { page, result } = storedPage('Білорусі');
    const { sourceId } = await sendRequest('page/analyzed', { page, result } as never, transport.send);
    expect(sourceId).toEqual(expect.any(String));
    const related = await sendRequest('related/actor', { name: 'Білорусь' }, transport.send);
    expect(related.sources.map((s) => s.url)).toContain(page.url);
    await expect(sendRequest('actors/delete', { id: 42 } as never, transport.send)).rejects.toThrow(/^Refused:/);
  });
});
