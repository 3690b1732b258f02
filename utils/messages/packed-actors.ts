/**
 * The names a page's text slice holds, as the background sends them back. Extension messages are
 * serialised value by value: 8,600 actor objects of a 1 MB page made a 900 KB reply that cost the
 * page ~40 ms to receive. Each name is sent once, the spans as one string of base-36 numbers (the
 * surface text is the page's own, so it is not sent back at all): about a tenth of the size.
 */
import type { ActorKind, ActorSpan } from '../analyze/types';

export interface PackedActors {
  /** Canonical names, each once. */
  names: string[];
  /** Kind of each name. */
  kinds: ActorKind[];
  /** Per span, base 36: gap from the previous span's end (the first: from 0), length, name index. */
  spans: string;
}

export function packActors(actors: ActorSpan[]): PackedActors {
  const index = new Map<string, number>();
  const names: string[] = [];
  const kinds: ActorKind[] = [];
  const out: string[] = [];
  let last = 0;
  for (const a of actors) {
    const key = `${a.kind}\u0000${a.name}`;
    let i = index.get(key);
    if (i === undefined) {
      i = names.length;
      index.set(key, i);
      names.push(a.name);
      kinds.push(a.kind);
    }
    // Spans come in text order; a span out of order just has a negative gap, which base 36 writes too.
    out.push((a.start - last).toString(36), (a.end - a.start).toString(36), i.toString(36));
    last = a.end;
  }
  return { names, kinds, spans: out.join(',') };
}

/** The spans back, with their surface text read from `text` and offsets moved by `offset`. */
export function unpackActors(packed: PackedActors, text: string, offset = 0): ActorSpan[] {
  if (!packed.spans) return [];
  const nums = packed.spans.split(',');
  if (nums.length % 3) throw new Error('packed actor spans are not triples');
  const out: ActorSpan[] = new Array(nums.length / 3);
  let last = 0;
  for (let k = 0; k < nums.length; k += 3) {
    const start = last + parseInt(nums[k], 36);
    const end = start + parseInt(nums[k + 1], 36);
    const i = parseInt(nums[k + 2], 36);
    if (!(end > start && start >= 0 && end <= text.length && i >= 0 && i < packed.names.length)) throw new Error(`packed actor span ${k / 3} is out of range`);
    out[k / 3] = { text: text.slice(start, end), start: start + offset, end: end + offset, name: packed.names[i], kind: packed.kinds[i] };
    last = end;
  }
  return out;
}
