/**
 * The content script's side of background analysis: page text goes out in slices, several requests
 * in flight so the background never waits for the page, results handed back in the order asked
 * (reading order: what the reader sees first is drawn first).
 */
import type { Send } from './session';

/**
 * How long a request is asked again while the background does not answer it at all: a worker
 * restarting on a loaded machine can take many seconds, and a page that gave up stays unread until
 * the reader reloads it. A try costs one small message, so a minute of them is cheap.
 */
export const UNANSWERED_FOR_MS = 60_000;
/**
 * How long one is asked again while the background answers that it failed (the starter gazetteer
 * not readable yet, the store busy): six tries. Longer would keep a tooltip waiting on a store that
 * is broken for good.
 */
export const FAILING_FOR_MS = 6_500;
const FIRST_DELAY_MS = 200;
/** Backoff doubles up to this: a worker that comes back is found within seconds. */
const MAX_DELAY_MS = 5_000;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Errors worth another try: no reply (worker asleep or restarting) or a failure inside the handler
 * (the gazetteer's starter file not readable yet). A refused request stays refused; a context
 * invalidated by an extension reload will never answer again.
 */
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const transient = (e: unknown) => !/^Refused:|context invalidated/i.test(messageOf(e));
/** No answer at all (utils/messages/port-transport.ts, client.ts), as against an answer that says it failed. */
const unanswered = (e: unknown) => /^No (valid )?reply\b/.test(messageOf(e));

/**
 * `send`, retried on transient errors with exponential backoff (0.2 s, 0.4 s … 5 s), until
 * UNANSWERED_FOR_MS (no answer) or FAILING_FOR_MS (an answer that it failed) have passed since the
 * first try, or `signal` aborts; then the last error is thrown.
 */
export function retrying(send: Send, signal?: AbortSignal): Send {
  return async (type, payload) => {
    const started = Date.now();
    for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
      try {
        return await send(type, payload);
      } catch (e) {
        const budget = unanswered(e) ? UNANSWERED_FOR_MS : FAILING_FOR_MS;
        if (signal?.aborted || !transient(e) || Date.now() - started + delay > budget) throw e;
        await sleep(delay, signal);
        if (signal?.aborted) throw e;
      }
    }
  };
}

/**
 * Sends one request per item, at most `inFlight` at a time, and calls `onResult` in item order as
 * replies arrive. Stops (without calling `onResult` again) once `signal` aborts; the first failure
 * rejects after the requests already sent have settled.
 */
export async function pipelined<I, R>(
  items: I[],
  request: (item: I) => Promise<R>,
  onResult: (item: I, result: R, index: number) => void | Promise<void>,
  opts: { inFlight: number; signal?: AbortSignal },
): Promise<void> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const launch = () => {
    while (next < items.length && pending.length < opts.inFlight) {
      const p = request(items[next++]);
      p.catch(() => undefined); // awaited below in order; this only keeps it from being "unhandled"
      pending.push(p);
    }
  };
  launch();
  for (let i = 0; i < items.length; i++) {
    if (opts.signal?.aborted) return;
    const result = await pending.shift()!;
    launch();
    if (opts.signal?.aborted) return;
    await onResult(items[i], result, i);
  }
}
