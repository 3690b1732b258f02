import type { Speaker, SpeakerMemory } from './speaker';
import type { ActorSpan, ClaimSpan, Lang, Span } from './types';

/** One sentence being read for claims, with its speech verbs (offsets in the whole text). */
export interface SentenceCtx {
  text: string;
  s: Span;
  actors: ActorSpan[];
  memory: SpeakerMemory;
  lang: Lang;
  verbs: Span[];
}

/** Trims spaces and a final full stop or comma off [start, end) of `text`. */
export function tidy(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.,;:–—-]/.test(text[end - 1])) end--;
  return end > start ? { text: text.slice(start, end), start, end } : null;
}

export function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export function claim(span: Span, who: Speaker | null, mode: ClaimSpan['mode'], memory: SpeakerMemory): ClaimSpan {
  if (who?.speaker) memory.last = who;
  return { ...span, speaker: who?.speaker ?? null, speakerStart: who?.speakerStart, speakerEnd: who?.speakerEnd, mode };
}

