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

const COMMA = 44;
const MINUS = 45;
// Built outside the loop: a template literal inside it made V8's optimised loop 3x slower.
const malformedAt = (i: number) => new Error(`packed actor spans are malformed at character ${i}`);
const outOfRange = (k: number) => new Error(`packed actor span ${k} is out of range`);

/**
 * The spans back, with their surface text read from `text` and offsets moved by `offset`. Read
 * character by character: split(',') and parseInt made three strings per name (26,000 for the names
 * of a 1 MB page) for the page's young-generation collector, at ~3x the time.
 */
export function unpackActors(packed: PackedActors, text: string, offset = 0): ActorSpan[] {
  const spans = packed.spans;
  const out: ActorSpan[] = [];
  if (!spans) return out;
  let last = 0;
  let field = 0; // 0: gap, 1: length, 2: name index
  let value = 0;
  let digits = 0;
  let negative = false;
  let start = 0;
  let length = 0;
  for (let i = 0; i <= spans.length; i++) {
    const c = i < spans.length ? spans.charCodeAt(i) : COMMA;
    if (c === COMMA) {
      if (!digits) throw malformedAt(i);
      if (negative) value = -value;
      if (field === 0) start = last + value;
      else if (field === 1) length = value;
      else {
        const end = start + length;
        if (!(end > start && start >= 0 && end <= text.length && value < packed.names.length)) throw outOfRange(out.length);
        out.push({ text: text.slice(start, end), start: start + offset, end: end + offset, name: packed.names[value], kind: packed.kinds[value] });
        last = end;
      }
      field = field === 2 ? 0 : field + 1;
      value = 0;
      digits = 0;
      negative = false;
      continue;
    }
    const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1; // 0-9, a-z: base 36
    if (digit < 0) {
      // Only a gap can be negative (a span out of order), and only its first character says so.
      if (c === MINUS && field === 0 && !digits && !negative) {
        negative = true;
        continue;
      }
      throw malformedAt(i);
    }
    value = value * 36 + digit;
    digits++;
  }
  if (field !== 0) throw new Error('packed actor spans are not triples');
  return out;
}
