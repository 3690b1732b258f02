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
  // shared surname → the namesake whose full name came last
  const lastFull = new Map<string, number>();
  gazetteer.scan(text, (start, end, found) => {
    let index = found;
    const { surname } = gazetteer.entry(found);
    if (surname) {
      const alone = !/\s/.test(text.slice(start, end));
      if (!alone) lastFull.set(surname, found);
      else if (sameStem(text.slice(start, end), surname)) index = lastFull.get(surname) ?? found;
    }
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
