/**
 * Known actors in a text: every inflected form of every gazetteer name, as spans with the canonical
 * name. The work happens in the compiled trie (gazetteer.ts, gazetteer-scan.ts); this only shapes it.
 */
import type { Gazetteer } from './gazetteer';
import { foldCase } from './normalize';
import type { ActorSpan } from './types';

/**
 * Actor mentions, sorted by start, non-overlapping, the longest name winning at each place. A surname
 * alone that several people share goes to the one whose full name came last before it ("Ліндон
 * Джонсон … Джонсон"), or, with none mentioned, to the one listed first in the gazetteer.
 */
export function findActors(text: string, gazetteer: Gazetteer): ActorSpan[] {
  const spans: ActorSpan[] = [];
  const lastFull = new Map<number, number>();
  gazetteer.scan(text, (start, end, found) => {
    let index = found;
    const { namesakes, surname } = gazetteer.entry(found);
    const alone = !/\s/.test(text.slice(start, end));
    if (namesakes && surname && alone && sameStem(text.slice(start, end), surname)) {
      let last = lastFull.get(found) ?? -1;
      for (const other of namesakes) {
        const at = lastFull.get(other) ?? -1;
        if (at > last) [last, index] = [at, other];
      }
    } else if (!alone) lastFull.set(found, start);
    const entry = gazetteer.entry(index);
    spans.push({ text: text.slice(start, end), start, end, name: entry.name, kind: entry.kind });
  });
  return spans;
}

/** Whether a one-word match is a form of `surname` (folded): they differ at most in the last two letters. */
function sameStem(word: string, surname: string): boolean {
  const stem = surname.slice(0, Math.max(3, surname.length - 2));
  return foldCase(word).startsWith(stem);
}
