import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FAILING_FOR_MS, UNANSWERED_FOR_MS, retrying } from '../../utils/highlight/remote';
import type { Send } from '../../utils/highlight/session';

/** A background that fails the first `failures` tries with `error`, then answers; it notes when it was asked. */
function flakyBackground(failures: number, error = 'No reply from the background: it stopped before answering.') {
  const askedAt: number[] = [];
  const send = (async () => {
    askedAt.push(Date.now());
    if (askedAt.length <= failures) throw new Error(error);
    return { actors: [] };
  }) as unknown as Send;
  return { send, askedAt };
}

describe('retrying', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  test('asks again with doubling delays capped at 5 s, and answers once the background does', async () => {
    const bg = flakyBackground(8);
    const reply = retrying(bg.send)('analyze/names', { text: 'x' });
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toEqual({ actors: [] });
    const gaps = bg.askedAt.slice(1).map((t, i) => t - bg.askedAt[i]);
    expect(gaps).toEqual([200, 400, 800, 1600, 3200, 5000, 5000, 5000]);
  });

  test('a worker that takes longer than six tries to come back is still waited for', async () => {
    // The old budget (six tries, 6.2 s) left the page unread here.
    const bg = flakyBackground(9);
    const reply = retrying(bg.send)('analyze/names', { text: 'x' });
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toEqual({ actors: [] });
    expect(bg.askedAt.at(-1)).toBeGreaterThan(20_000);
  });

  test(`gives up on a background that does not answer once ${UNANSWERED_FOR_MS / 1000} s have passed`, async () => {
    const bg = flakyBackground(Infinity);
    const reply = retrying(bg.send)('analyze/names', { text: 'x' });
    reply.catch(() => undefined);
    await vi.runAllTimersAsync();
    await expect(reply).rejects.toThrow(/^No reply from the background/);
    expect(bg.askedAt.at(-1)).toBeLessThanOrEqual(UNANSWERED_FOR_MS);
    expect(bg.askedAt.at(-1)).toBeGreaterThan(UNANSWERED_FOR_MS - 5_000);
  });

  test('a background that answers that it failed is asked six times, not for a minute', async () => {
    // A tooltip's request to a broken store shows its error within seconds.
    const bg = flakyBackground(Infinity, 'related/actor failed: DatabaseClosedError');
    const reply = retrying(bg.send)('related/actor', { name: 'x' });
    reply.catch(() => undefined);
    await vi.runAllTimersAsync();
    await expect(reply).rejects.toThrow('related/actor failed: DatabaseClosedError');
    expect(bg.askedAt).toEqual([0, 200, 600, 1400, 3000, 6200]);
    expect(bg.askedAt.at(-1)).toBeLessThanOrEqual(FAILING_FOR_MS);
  });

  test('a refusal and an invalidated context are not asked again', async () => {
    for (const error of ['Refused: Dossier is limited to other sites (options page).', 'Extension context invalidated.']) {
      const bg = flakyBackground(Infinity, error);
      const reply = retrying(bg.send)('analyze/names', { text: 'x' });
      reply.catch(() => undefined);
      await vi.runAllTimersAsync();
      await expect(reply).rejects.toThrow(error);
      expect(bg.askedAt).toHaveLength(1);
    }
  });

  test('stops asking when the page stops the reading', async () => {
    const bg = flakyBackground(Infinity);
    const controller = new AbortController();
    const reply = retrying(bg.send, controller.signal)('analyze/names', { text: 'x' });
    reply.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    await vi.runAllTimersAsync();
    await expect(reply).rejects.toThrow(/^No reply/);
    expect(bg.askedAt).toEqual([0, 200, 600]); // the wait for the try at 1.4 s was cut short
  });
});
