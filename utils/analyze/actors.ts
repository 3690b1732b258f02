/**
 * Known actors in a text: every inflected form of every gazetteer name, as spans with the canonical
 * name. The work happens in the compiled trie (gazetteer.ts, gazetteer-scan.ts); this only shapes it.
 */
import type { Gazetteer } from './gazetteer';
import type { ActorSpan } from './types';

/** Actor mentions, sorted by start, non-overlapping, the longest name winning at each place. */
export function findActors(text: string, gazetteer: Gazetteer): ActorSpan[] {
  const spans: ActorSpan[] = [];
  gazetteer.scan(text, (start, end, index) => {
    const entry = gazetteer.entry(index);
    spans.push({ text: text.slice(start, end), start, end, name: entry.name, kind: entry.kind });
  });
  return spans;
}
