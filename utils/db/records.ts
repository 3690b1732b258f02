/**
 * Stored records. Every record has a stable string id, `updatedAt` (ms since epoch) and a `deleted`
 * tombstone so that sync can merge devices without losing anything (see ../shared/DESIGN.md).
 * Ids are derived from content where the same thing can be found on two devices (a source's URL, an
 * actor's canonical name), so both devices mint the same id and merging makes one record.
 */
import type { ActorKind, DatePrecision, Lang } from '../analyze/types';

export interface BaseRecord {
  id: string;
  updatedAt: number;
  /** 0 = live, 1 = tombstone. A number (not boolean) so Dexie can index it. */
  deleted: 0 | 1;
}

export interface SourceRecord extends BaseRecord {
  /** Canonical URL (link rel=canonical or og:url, else location without hash). */
  url: string;
  title: string;
  site: string;
  lang: Lang | string;
  /** YYYY-MM-DD or full ISO timestamp as the page states it; '' when unknown. */
  publishedAt: string;
  firstSeenAt: number;
}

export interface ActorRecord extends BaseRecord {
  name: string;
  kind: ActorKind;
  /** Base forms per language (inflected forms are generated, not stored). */
  aliases: Partial<Record<Lang, string[]>>;
  origin: 'starter' | 'user' | 'discovered';
  tracked: 0 | 1;
}

/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export type Selector = TextQuoteSelector | TextPositionSelector;

export interface MentionRecord extends BaseRecord {
  actorId: string;
  sourceId: string;
  text: string;
  selector: Selector[];
}

export interface ClaimRecord extends BaseRecord {
  text: string;
  /** Actor id when the speaker is a known actor. */
  speakerActorId?: string;
  /** Speaker as written (or the canonical name). */
  speaker: string;
  sourceId: string;
  /** YYYY | YYYY-MM | YYYY-MM-DD ('' when undated). */
  date: string;
  selector: Selector[];
  /** Normalised text used to link claims that say the same thing in different sources. */
  fingerprint: string;
}

export interface EventRecord extends BaseRecord {
  /** YYYY | YYYY-MM | YYYY-MM-DD; sorts lexicographically by time. */
  date: string;
  precision: DatePrecision;
  endDate?: string;
  summary: string;
  actorIds: string[];
  sourceIds: string[];
  claimIds: string[];
}

export interface ClipRecord extends BaseRecord {
  sourceId: string;
  quote: string;
  note: string;
  tags: string[];
  selector: Selector[];
  speaker?: string;
  date?: string;
  actorIds: string[];
  createdAt: number;
  /** Set when the quote can no longer be found on the page. */
  orphaned?: 0 | 1;
}
