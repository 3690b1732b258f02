/**
 * The engine's public shapes. They mirror the CLI output in ../shared/DESIGN.md ("Interfaces that
 * others rely on"), so the command line, the content script and the store speak the same words.
 * Offsets are UTF-16 indexes into the analysed text, end exclusive.
 */

export type Lang = 'uk' | 'ru' | 'en';
export type ActorKind = 'person' | 'org' | 'place';
export type DatePrecision = 'day' | 'month' | 'year';

/** One entry of a gazetteer as users and the starter list write it (base forms only). */
export interface GazetteerEntry {
  /** Canonical name, shown to the reader and used as the actor's identity. */
  name: string;
  /** Other base forms (other languages, short forms, abbreviations). */
  aliases?: string[];
  kind?: ActorKind;
  /** Language of `name` when known; aliases are inflected in every language they look like. */
  lang?: Lang;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface ActorSpan extends Span {
  /** Canonical gazetteer name. */
  name: string;
  kind: ActorKind;
}

export type CandidateSpan = Span;

export interface DateSpan extends Span {
  /** YYYY | YYYY-MM | YYYY-MM-DD; for a range, the start. */
  value: string;
  precision: DatePrecision;
  /** End of a range ("з 1 по 5 травня"), same format as value. */
  endValue?: string;
  /**
   * The TIMEX3 (ISO-TimeML) value when the phrase names a unit `value` cannot: a week (1998-W12)
   * or its weekend (1998-W12-WE), a quarter (1989-Q3), a half (1990-H1), a season (1998-SU), a
   * decade (199), a century (19), or a time relative to the text: PRESENT_REF ("now"; `value` = the publication day), PAST_REF
   * ("recently") and FUTURE_REF ("soon"; `value` = the publication year). Absent when it equals `value`.
   */
  timex?: string;
}

export interface ClaimSpan extends Span {
  /** Canonical actor name when resolved, otherwise the speaker's words from the text, or null. */
  speaker: string | null;
  /** Where the speaker stands in the text, when it was found there. */
  speakerStart?: number;
  speakerEnd?: number;
  /** 'direct' for quoted words, 'reported' for reported speech without quotes. */
  mode: 'direct' | 'reported';
}

export interface EventRecordDraft {
  /** The event's date value (YYYY | YYYY-MM | YYYY-MM-DD). */
  date: string;
  precision: DatePrecision;
  /** The sentence the event is taken from. */
  text: string;
  start: number;
  end: number;
  /** Canonical names of the actors in the sentence. */
  actors: string[];
  /** Indexes into AnalysisResult.claims. */
  claims: number[];
}

export interface AnalysisResult {
  text: string;
  /** Reference date used to resolve relative dates, YYYY-MM-DD. */
  published: string;
  lang: Lang;
  actors: ActorSpan[];
  candidates: CandidateSpan[];
  dates: DateSpan[];
  claims: ClaimSpan[];
  events: EventRecordDraft[];
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD (a full ISO timestamp is accepted and cut to the day). */
  published: string;
  /** Language if known (from <html lang>); guessed from the text otherwise. */
  lang?: Lang;
}
