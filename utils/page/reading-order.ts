/**
 * Fast first, complete later: the order and the pace in which a big page is read. Names are found
 * with the compiled trie over the whole page in a few milliseconds a slice, so they are drawn first;
 * the rest of the engine (dates, claims, candidates, events) costs ~100x more per character and
 * follows in small slices between which the page gets the main thread back. Both start where the
 * reader is looking: the slice under the top of the viewport first, then the rest in text order.
 */
import type { PageText } from './extract';
import { sliceText, type Slice } from './scan';

/**
 * Gives the main thread back: a message to ourselves, which queues behind the tasks already waiting
 * (no 4 ms timer clamping). Not scheduler.yield(): its continuation runs ahead of other waiting tasks,
 * and those are often ours, the background's replies, which then waited until the page was read.
 * One channel for all yields: a new MessageChannel per yield (hundreds on a big page) cost more than
 * the message itself.
 */
export function yieldToMainThread(): Promise<void> {
  return new Promise((resolve) => {
    yielding ??= openYieldChannel();
    yielding.waiting.push(resolve);
    yielding.port.postMessage(null);
  });
}

let yielding: { port: MessagePort; waiting: (() => void)[] } | null = null;

function openYieldChannel(): { port: MessagePort; waiting: (() => void)[] } {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  // Messages arrive in the order they were posted: each resolves the oldest waiter.
  channel.port1.onmessage = () => waiting.shift()?.();
  return { port: channel.port2, waiting };
}

/** Distance of a text offset's element from the top of the viewport (negative: above it), or null. */
function topOf(page: Pick<PageText, 'offsetToDomPoint'>, offset: number): number | null {
  const el = page.offsetToDomPoint(offset)?.node.parentElement;
  const rect = el?.getBoundingClientRect?.();
  return rect && (rect.height > 0 || rect.top !== 0) ? rect.top : null;
}

/**
 * The slices of `text` (from `from` on) with the one holding the top of the viewport first. Slices
 * follow the document order, which is the vertical order on a reading page, so a binary search over
 * a few layout reads finds it; a page loaded at its top (scrollY 0) is read from the start.
 */
export function slicesInReadingOrder(page: Pick<PageText, 'text' | 'offsetToDomPoint'>, maxChars: number, scrolled: boolean, from = 0): Slice[] {
  const slices = sliceText(page.text, maxChars, from);
  if (!scrolled || slices.length < 2) return slices;
  let lo = 0;
  let hi = slices.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const top = topOf(page, slices[mid].start);
    if (top !== null && top <= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? slices : [slices[lo], ...slices.slice(lo + 1), ...slices.slice(0, lo)];
}

/** Runs `work` over items, yielding whenever `budgetMs` of main-thread time has been used. */
export async function inTimeSlices<T>(items: T[], work: (item: T, index: number) => void, opts: { budgetMs: number; yieldToPage?: () => Promise<void>; signal?: AbortSignal; now?: () => number }): Promise<void> {
  const now = opts.now ?? (() => performance.now());
  let since = now();
  for (let i = 0; i < items.length; i++) {
    if (opts.signal?.aborted) throw new Error('aborted');
    work(items[i], i);
    if (i < items.length - 1 && now() - since >= opts.budgetMs) {
      await opts.yieldToPage?.();
      since = now();
    }
  }
}
