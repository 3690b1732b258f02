/**
 * The one place message shapes between the content script, the background and extension pages are
 * declared. Both ends import these types; the receiving end validates with `parseRequest` before
 * trusting anything (a page can't forge runtime messages, but a compromised content script context
 * or a bug can send anything).
 */
import type { AnalysisResult, Lang } from '../analyze/types';
import type { ActorRecord, ClaimRecord, EventRecord, SourceRecord } from '../db/records';

/** What the page layer knows about the page being read. */
export interface PageInfo {
  url: string;
  title: string;
  site: string;
  lang: Lang | string;
  /** As found on the page (ISO); '' when the page states none. */
  publishedAt: string;
}

export interface RelatedEvent {
  event: EventRecord;
  sources: Pick<SourceRecord, 'id' | 'url' | 'title' | 'site'>[];
}

export interface Requests {
  /** Content script: store what was found on a page. Idempotent per page URL. */
  'page/analyzed': { req: { page: PageInfo; result: Omit<AnalysisResult, 'text'> & { text?: string } }; res: { sourceId: string } };
  /** Content script: the compiled gazetteer (starter + user actors). */
  'gazetteer/get': { req: Record<string, never>; res: { version: string; data: unknown } };
  /** Tooltip: what the store knows about an actor, other than this page. */
  'related/actor': { req: { name: string; excludeUrl?: string }; res: { actor?: ActorRecord; events: RelatedEvent[]; sources: SourceRecord[] } };
  /** Tooltip: what else happened on that date (same precision prefix). */
  'related/date': { req: { value: string; excludeUrl?: string }; res: { events: RelatedEvent[] } };
  /** Tooltip: other sources with a similar claim. */
  'related/claim': { req: { text: string; speaker: string | null; excludeUrl?: string }; res: { claims: (ClaimRecord & { source?: SourceRecord })[] } };
  /** Candidate actor tracked with one click. */
  'actor/track': { req: { name: string; kind: ActorRecord['kind'] }; res: { actor: ActorRecord } };
  /** Popup: one page of the timeline (date order), optionally filtered by actor and text. */
  'timeline/list': { req: TimelineQuery; res: TimelinePage };
  /** Options/popup: live actors, optionally only some origins. */
  'actors/list': { req: { origins?: ActorRecord['origin'][] }; res: { actors: ActorRecord[] } };
  /** Options: create or edit a user actor (`previousId` when the edit renamed it). */
  'actors/save': { req: { actor: ActorInput; previousId?: string }; res: { actor: ActorRecord } };
  /** Options: delete (tombstone) an actor. */
  'actors/delete': { req: { id: string }; res: { deleted: boolean } };
  /** Options: import a JSON list of {name, aliases?, kind?, lang?}; all or nothing. */
  'actors/import': { req: { json: string }; res: { imported: number } };
  /** Options: the user's actors as that same JSON list. */
  'actors/export': { req: Record<string, never>; res: { json: string } };
}

export interface ActorInput {
  name: string;
  kind: ActorRecord['kind'];
  aliases: ActorRecord['aliases'];
}

export interface TimelineQuery {
  actorId?: string;
  text?: string;
  offset: number;
  limit: number;
  /** false: skip counting (IndexedDB counts by walking the index; 100k rows take ~0.5 s). */
  count?: boolean;
}

export interface TimelineItem {
  event: EventRecord;
  actors: Pick<ActorRecord, 'id' | 'name' | 'kind'>[];
  sources: Pick<SourceRecord, 'id' | 'url' | 'title' | 'site'>[];
  /** The first claim of the event, for a snippet. */
  claim?: Pick<ClaimRecord, 'id' | 'text' | 'speaker'>;
}

export interface TimelinePage {
  /** Events matching the filters (all pages). When `exact` is false: rows known so far, plus one when the page was full (there may be more). */
  total: number;
  exact: boolean;
  offset: number;
  items: TimelineItem[];
}

export type RequestType = keyof Requests;
export type RequestOf<T extends RequestType> = { type: T } & Requests[T]['req'];
export type ResponseOf<T extends RequestType> = Requests[T]['res'];
export type AnyRequest = { [T in RequestType]: RequestOf<T> }[RequestType];

/** Every reply is wrapped so errors cross the boundary as data, not as a silent `undefined`. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
