/**
 * Names first, while the page is still being read: the text is read in short steps between the
 * page's own tasks, and each finished stretch goes to the background (which holds the gazetteer)
 * as soon as it is read, so matching and messaging overlap the reading instead of following it.
 * A page opened scrolled down is read whole first, then matched from where the reader is (what was
 * sent before that was known is not sent again).
 */
import type { ActorSpan } from '../analyze/types';
import { unpackActors } from '../messages/packed-actors';
import type { Extractor, PageText } from '../page/extract';
import { slicesInReadingOrder } from '../page/reading-order';
import { sliceText, type Slice } from '../page/scan';
import type { Send } from './session';

export interface NameStreamOptions {
  extractor: Extractor;
  send: Send;
  /** Names found in a stretch of text (offsets into the whole text), in reading order. */
  onNames: (actors: ActorSpan[], page: Pick<Extractor, 'rangeFor' | 'spanRange'>) => void;
  /** Gives the main thread back between reading steps and between drawn replies. */
  yieldToPage?: () => Promise<void>;
  signal: AbortSignal;
  /**
   * The reader is scrolled down: match where they are first. Asked at each step: the answer may come
   * only with the page's next frame (utils/page/scroll-probe.ts).
   */
  scrolled: () => boolean;
  /** The page is long (LONG_PAGE_CHARS read and more to come): called once, as soon as that is known. */
  onLongPage?: () => void;
  /** Pages this short (read before any of it was asked for) are left to the whole engine: one round trip. */
  skipUnder?: number;
}

/** Characters per `analyze/names` request: one is matched in a few ms in the background. */
const NAME_SLICE_CHARS = 50_000;
/** The first request goes out as soon as this much is read, so the first highlights come early. */
const FIRST_SEND_CHARS = 8_000;
/**
 * Requests in flight at once: the background always has the next one, and the page is read on
 * while they are answered; past this many, reading waits for the oldest reply.
 */
const IN_FLIGHT = 8;
/**
 * Past this much text (and more to come) a page is long: thousands of names are coming. A size, not
 * a time, so a slow machine judges the same page the same way.
 */
const LONG_PAGE_CHARS = 100_000;
/** Main-thread time per reading step: well under the 50 ms a long task starts at. */
const READ_STEP_MS = 8;
/**
 * The first step shares its task with the script's own start (compiling it, the session's set-up,
 * sending the first stretch): 30-50 ms in all on a 5 MB page with an 8 ms step. Once it has read
 * more than a short page holds, it ends after this long; a short page is still read in one step
 * (two steps would give the page a frame in between: an article's highlights came ~5 ms later).
 */
const FIRST_STEP_MS = 3;
/** What a short page holds at most, when the caller does not say (skipUnder). */
const SHORT_PAGE_CHARS = 20_000;

interface Asked {
  start: number;
  text: string;
  reply: Promise<{ packed: Parameters<typeof unpackActors>[0] }>;
  ready: boolean;
}

/** Reads the whole page, asking for its names on the way; resolves with the text (null names: skipped). */
export async function readWithNames(opts: NameStreamOptions): Promise<{ page: PageText; matched: boolean }> {
  const { extractor, signal } = opts;
  const queue: Asked[] = [];
  let sent = 0;

  const ask = (slice: Slice, text: string) => {
    const reply = opts.send('analyze/names', { text });
    const asked: Asked = { start: slice.start, text, reply, ready: false };
    // Awaited in order by drawNext; this marks it ready (and keeps a failure from being "unhandled").
    reply.then(() => (asked.ready = true), () => (asked.ready = true));
    queue.push(asked);
  };
  const drawNext = async () => {
    const asked = queue.shift()!;
    const { packed } = await asked.reply;
    if (!signal.aborted) opts.onNames(unpackActors(packed, asked.text, asked.start), extractor);
  };
  const sendAll = async (slices: Slice[], text: (s: Slice) => string) => {
    for (const s of slices) {
      while (queue.length >= IN_FLIGHT && !signal.aborted) await drawNext();
      if (signal.aborted) return;
      ask(s, text(s));
    }
  };
  /** Sends the text read and settled since the last request, in slices at block boundaries. */
  const sendSettled = async (upTo: number) => {
    const chunk = extractor.slice(sent, upTo);
    const from = sent;
    sent = upTo;
    await sendAll(sliceText(chunk, NAME_SLICE_CHARS).map((s) => ({ start: s.start + from, end: s.end + from })), (s) => chunk.slice(s.start - from, s.end - from));
  };

  let steps = 0;
  let long = false;
  const short = opts.skipUnder ?? SHORT_PAGE_CHARS;
  for (;;) {
    const now = performance.now();
    const until = now + READ_STEP_MS;
    const firstUntil = steps ? until : now + FIRST_STEP_MS;
    const done = extractor.read(() => {
      const t = performance.now();
      return t > until || (t > firstUntil && extractor.settled() > short);
    });
    steps++;
    if (signal.aborted) return { page: extractor.finish(), matched: false };
    if (done) break;
    const settled = extractor.settled();
    if (!long && settled >= LONG_PAGE_CHARS) {
      long = true;
      opts.onLongPage?.();
    }
    if (!opts.scrolled() && settled - sent >= (sent ? NAME_SLICE_CHARS : FIRST_SEND_CHARS)) await sendSettled(settled);
    // Replies that are in are drawn between steps; the rest wait for the end of the reading.
    while (queue[0]?.ready && !signal.aborted) {
      await drawNext();
      await opts.yieldToPage?.();
    }
    await opts.yieldToPage?.();
  }
  const page = extractor.finish();
  // Nothing asked yet (a short page, read in a step or two): the whole engine gets it in one round trip.
  if (sent === 0 && opts.skipUnder !== undefined && page.text.length <= opts.skipUnder) return { page, matched: false };
  if (opts.scrolled()) {
    const slices = slicesInReadingOrder(page, NAME_SLICE_CHARS, true, sent);
    await sendAll(slices, (s) => page.text.slice(s.start, s.end));
  } else if (page.text.length > sent) {
    await sendSettled(page.text.length);
  }
  while (queue.length && !signal.aborted) {
    await drawNext();
    if (queue.length) await opts.yieldToPage?.();
  }
  return { page, matched: !signal.aborted };
}

/** Reads the whole page in steps between the page's own tasks, without matching anything yet. */
export async function readInSteps(extractor: Extractor, yieldToPage?: () => Promise<void>): Promise<PageText> {
  for (;;) {
    const until = performance.now() + READ_STEP_MS;
    if (extractor.read(() => performance.now() > until)) return extractor.finish();
    await yieldToPage?.();
  }
}
