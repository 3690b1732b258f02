/**
 * The content script's side of background analysis: page text goes out in slices, several requests
 * in flight so the background never waits for the page, results handed back in the order asked
 * (reading order: what the reader sees first is drawn first).
 */
import type { Send } from './session';

/** Tries per request: the background may be restarting or busy compiling after an actor import. */
const TRIES = 6;
const FIRST_DELAY_MS = 200;

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
const transient = (e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  return !/^Refused:|context invalidated/i.test(message);
};

/** `send`, retried with exponential backoff (0.2 s … 6.4 s) on transient errors, until `signal` aborts. */
export function retrying(send: Send, signal?: AbortSignal): Send {
  return async (type, payload) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await send(type, payload);
      } catch (e) {
        if (attempt >= TRIES || signal?.aborted || !transient(e)) throw e;
        await sleep(FIRST_DELAY_MS * 2 ** (attempt - 1), signal);
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
