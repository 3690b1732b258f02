/**
 * Bulky messages travel as one JSON string. Extension messaging converts a message value by value
 * on the sender's main thread: a page's stored analysis (thousands of spans) took ~100 ms of the
 * page's time, where JSON.stringify of the same takes a fraction and the channel then copies one
 * string. The router opens the envelope before validating, so handlers never see it; the background
 * seals the reply to a sealed request the same way.
 */
import { ShapeError } from './check';

export const ENVELOPE = 'dossier/json';
/** One part of a sealed message too long for one message (see PART_CHARS). */
export const PART = 'dossier/part';
/**
 * Longest sealed body sent as one message. Sending is synchronous in the sender and costs ~30 µs per
 * KB (a 2.8 MB stored analysis: ~90 ms of the page's main thread); parts this long cost a few ms each,
 * each in its own task.
 */
export const PART_CHARS = 256 * 1024;

/** Request types whose payloads (or replies) are large object graphs. */
const BULKY = new Set(['page/analyzed', 'analyze/full']);

interface Sealed {
  type: typeof ENVELOPE;
  body: string;
}

export const isSealed = (m: unknown): m is Sealed =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === ENVELOPE && typeof (m as { body?: unknown }).body === 'string';

/** Arrays longer than this are written a chunk at a time. */
const CHUNK = 500;
/** Main-thread time between two turns given back to the page. */
const STEP_MS = 8;

/**
 * The message as it goes on the channel: bulky ones sealed, their JSON written in steps. A page's
 * stored analysis is megabytes of JSON (~100 ms in one piece on a 1 MB page), so long arrays are
 * written a chunk at a time and the page gets the main thread back every few milliseconds. The same
 * text as JSON.stringify for plain data.
 */
export async function sealInSteps(message: { type: string }, yieldToPage: () => Promise<void>, stepMs = STEP_MS): Promise<unknown> {
  if (!BULKY.has(message.type)) return message;
  // A request of page text alone (a slice of at most a few ten thousand characters) is written in
  // well under a millisecond: in one go, since the reader waits for its answer. A stored analysis
  // follows the caller's own work (drawing a page's highlights): the page gets a turn first.
  if (!hasLongArray(message, 0)) return { type: ENVELOPE, body: JSON.stringify(message) };
  await yieldToPage();
  let since = performance.now();
  const breathe = async () => {
    if (performance.now() - since < stepMs) return;
    await yieldToPage();
    since = performance.now();
  };
  // One list of pieces, joined once: joining at each level (array, result, message) copied a page's
  // megabytes of JSON three times in one task, and slicing the parts out of that string flattened
  // it once more (a 5 MB page's stored analysis: a 60-100 ms task; 1 MB: 15-30 ms).
  const pieces: string[] = [];
  const write = async (value: unknown, depth: number): Promise<void> => {
    if (depth > 2 || value === null || typeof value !== 'object') {
      pieces.push(JSON.stringify(value));
      return;
    }
    if (Array.isArray(value)) {
      if (value.length <= CHUNK) {
        pieces.push(JSON.stringify(value));
        return;
      }
      pieces.push('[');
      for (let i = 0; i < value.length; i += CHUNK) {
        if (i) pieces.push(',');
        pieces.push(JSON.stringify(value.slice(i, i + CHUNK)).slice(1, -1));
        await breathe();
      }
      pieces.push(']');
      return;
    }
    pieces.push('{');
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      // As JSON.stringify: a field it would leave out is left out.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      pieces.push(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      await write(v, depth + 1);
    }
    pieces.push('}');
  };
  await write(message, 0);
  const body = pieces.join('');
  await breathe();
  return { type: ENVELOPE, body };
}

/** Whether `value` has, within the depth written in steps, an array long enough to be chunked. */
function hasLongArray(value: unknown, depth: number): boolean {
  if (depth > 2 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length > CHUNK;
  return Object.values(value).some((v) => hasLongArray(v, depth + 1));
}

/** What a sealed message holds (anything else as it is); a body that is not JSON is refused. */
export function openMessage(message: unknown): unknown {
  if (!isSealed(message)) return message;
  try {
    return JSON.parse(message.body) as unknown;
  } catch (e) {
    throw new ShapeError(`the sealed message is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** A reply, sealed for its way back. */
export function sealReply(reply: unknown): Sealed {
  return { type: ENVELOPE, body: JSON.stringify(reply) };
}

/** The reply as it goes back to `request`: sealed if the request came sealed (or in parts). */
export function replyAs(request: unknown, reply: unknown): unknown {
  return isSealed(request) || isPart(request) ? sealReply(reply) : reply;
}

/** A reply as it comes off the channel (sealed replies are opened; one that does not parse is no reply). */
export function openReply(reply: unknown): unknown {
  if (!isSealed(reply)) return reply;
  try {
    return JSON.parse(reply.body) as unknown;
  } catch {
    return undefined; // reported by the caller as "no valid reply"
  }
}

interface Part {
  type: typeof PART;
  id: string;
  index: number;
  count: number;
  body: string;
}

export const isPart = (m: unknown): m is Part => {
  const p = m as Partial<Part> | null;
  return typeof p === 'object' && p !== null && p.type === PART && typeof p.id === 'string' && typeof p.body === 'string' &&
    Number.isInteger(p.index) && Number.isInteger(p.count) && p.count! > 0 && p.count! <= 10_000 && p.index! >= 0 && p.index! < p.count!;
};

/** A sealed message as the messages that carry it: itself, or its parts in order. */
export function partsOf(sealed: unknown, id: string, partChars = PART_CHARS): unknown[] {
  if (!isSealed(sealed) || sealed.body.length <= partChars) return [sealed];
  const count = Math.ceil(sealed.body.length / partChars);
  return Array.from({ length: count }, (_, index): Part => ({ type: PART, id, index, count, body: sealed.body.slice(index * partChars, (index + 1) * partChars) }));
}

/** How long the parts of one message may take to arrive before they are dropped. */
const PART_TTL_MS = 60_000;

/**
 * The background's side: collects the parts of a message; gives back the whole sealed message with
 * its last part, null before. Parts out of order or of a message it has lost are refused.
 */
export class PartAssembler {
  private readonly open = new Map<string, { bodies: string[]; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  take(part: Part): Sealed | null {
    for (const [id, p] of this.open) if (this.now() - p.at > PART_TTL_MS) this.open.delete(id);
    const state = this.open.get(part.id) ?? (part.index === 0 ? { bodies: [], at: this.now() } : null);
    if (!state || state.bodies.length !== part.index) {
      this.open.delete(part.id);
      // Not a refusal: the background may have restarted between two parts. The sender's retry
      // sends the whole message again, under a new id.
      throw new Error(`part ${part.index + 1} of ${part.count} of message ${part.id} came out of order or after its message expired`);
    }
    state.bodies.push(part.body);
    state.at = this.now();
    if (state.bodies.length < part.count) {
      this.open.set(part.id, state);
      return null;
    }
    this.open.delete(part.id);
    return { type: ENVELOPE, body: state.bodies.join('') };
  }
}
