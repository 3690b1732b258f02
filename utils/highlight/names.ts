/**
 * Highlight names are a public interface (DESIGN.md): users restyle them with `::highlight(name)`
 * in their own user styles, and tests read them from `CSS.highlights`.
 */
import type { ActorSpan, CandidateSpan, ClaimSpan, DateSpan } from '../analyze/types';

export type HighlightKind = 'actor' | 'date' | 'claim' | 'candidate' | 'clip';

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  actor: 'dossier-actor',
  date: 'dossier-date',
  claim: 'dossier-claim',
  // Not in the design card's list: proper names not in the gazetteer, drawn faintly so they can be
  // hovered and tracked with one click.
  candidate: 'dossier-candidate',
  clip: 'dossier-clip',
};

/** The keyboard-focused highlight, drawn on top of the others. */
export const FOCUS_NAME = 'dossier-focus';

/** What a highlight stands for: the span the engine found, by kind. */
export type HighlightData =
  | { kind: 'actor'; span: ActorSpan }
  | { kind: 'date'; span: DateSpan }
  | { kind: 'claim'; span: ClaimSpan }
  | { kind: 'candidate'; span: CandidateSpan }
  | { kind: 'clip'; span: { text: string; start: number; end: number; id: string } };

export interface HighlightEntry {
  /** A StaticRange where highlights are native (see PageText.spanRange), a live Range otherwise. */
  range: AbstractRange;
  data: HighlightData;
  /** Where `range` starts, known without making it (entries.ts makes ranges on first use). */
  readonly start?: RangeStart;
}

export type RangeStart = Pick<AbstractRange, 'startContainer' | 'startOffset'>;

/** Where an entry's range starts, without making a range that is not made yet. */
export const startOf = (e: HighlightEntry): RangeStart => e.start ?? e.range;

/**
 * A live Range over the same text, for geometry, selection and clipping; null when the page has
 * changed that text so the offsets no longer fit.
 */
export function liveRange(range: AbstractRange): Range | null {
  if ('getClientRects' in range) return range as Range;
  try {
    const live = (range.startContainer.ownerDocument ?? (range.startContainer as Document)).createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return null;
  }
}

/**
 * Which highlight wins where several overlap (an actor inside a claim): the smaller, more specific
 * thing. Also the CSS Highlight `priority`.
 */
export const PRIORITY: Record<HighlightKind, number> = { claim: 0, candidate: 1, date: 2, actor: 3, clip: 4 };
