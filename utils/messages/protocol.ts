/**
 * The one place message shapes between the content script, the background and extension pages are
 * declared. Both ends import these types; the receiving end validates with `parseRequest` before
 * trusting anything (a page can't forge runtime messages, but a compromised content script context
 * or a bug can send anything).
 */
import type { AnalysisResult, Lang } from '../analyze/types';
import type { BaseGuess } from '../analyze/lemma';
import type { PackedActors } from './packed-actors';
import type { ActorRecord, ClaimRecord, ClipRecord, EventRecord, Selector, SourceRecord } from '../db/records';
import type { ClipList, ClipQuery } from '../db/clips';
import type { SearchResult } from '../db/search';
import type { ImportSummary } from '../export/import';

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
  /**
   * Content script: the names in a slice of the page's text, matched in the background against the
   * gazetteer it keeps loaded (pages never receive the compiled trie). Offsets are shifted by `offset`.
   */
  'analyze/names': { req: { text: string }; res: { packed: PackedActors } };
  /** Content script: the whole engine over a slice (offsets into `text`), run in the background. */
  'analyze/full': { req: { text: string; published: string; lang?: Lang }; res: Omit<AnalysisResult, 'text'> };
  /**
   * Tooltip of a candidate: the base form Track would store ("Джоном Коулом" → "Джон Коул"), guessed
   * here so the content script carries no morphology. `around`: the page text near the name.
   */
  'analyze/base': { req: { name: string; lang: Lang; around: string; quoted: boolean }; res: BaseGuess };
  /** Tooltip: what the store knows about an actor, other than this page. */
  'related/actor': { req: { name: string; excludeUrl?: string }; res: { actor?: ActorRecord; events: RelatedEvent[]; sources: SourceRecord[] } };
  /** Tooltip: what else happened on that date (same precision prefix). */
  'related/date': { req: { value: string; excludeUrl?: string }; res: { events: RelatedEvent[] } };
  /** Tooltip: other sources with a similar claim. */
  'related/claim': { req: { text: string; speaker: string | null; excludeUrl?: string }; res: { claims: (ClaimRecord & { source?: SourceRecord })[] } };
  /** Candidate actor tracked with one click. */
  'actor/track': { req: { name: string; kind: ActorRecord['kind']; /** The name as written, kept as an alias. */ alias?: string }; res: { actor: ActorRecord } };
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
  /** Content script: store a clip of the reader's selection (issue #3). */
  'clips/save': { req: ClipDraft; res: { clip: ClipRecord } };
  /** Content script: this page's live clips, to re-anchor and draw. */
  'clips/forPage': { req: { url: string }; res: { clips: ClipRecord[] } };
  /** Content script: which clips could (not) be found on the page again. */
  'clips/anchored': { req: { results: { id: string; orphaned: boolean }[] }; res: { changed: number } };
  /** Popup: clips, filtered by text (quote, note, tags), tag, site and actor. */
  'clips/list': { req: ClipQuery; res: ClipList };
  'clips/update': { req: { id: string; note?: string; tags?: string[] }; res: { clip: ClipRecord } };
  /** Tombstones; `clips/restore` is its undo. */
  'clips/delete': { req: { id: string }; res: { deleted: boolean } };
  'clips/restore': { req: { id: string }; res: { restored: boolean } };
  /** Popup: full-text search over events, claims and clips. */
  'search/query': { req: { text: string; kinds?: ('event' | 'claim' | 'clip')[]; limit?: number }; res: SearchResult };
  /** Popup: an export file's text. */
  'export/file': { req: { format: ExportFormat; locale?: string }; res: { text: string; filename: string; mime: string } };
  /** Popup: import a Web Annotation JSON-LD file; all or nothing. */
  'import/annotations': { req: { json: string }; res: ImportSummary };
}

/** Longest text one analysis request may carry (characters); the content script sends slices well under it. */
export const MAX_ANALYSIS_CHARS = 8_000_000;

export type ExportFormat = 'jsonld' | 'csv' | 'markdown' | 'timeline';

/** A clip as the content script captures it: the selection's selectors and what the engine found in it. */
export interface ClipDraft {
  page: PageInfo;
  quote: string;
  selector: Selector[];
  note?: string;
  tags?: string[];
  speaker?: string;
  date?: string;
  actors?: { name: string; kind: ActorRecord['kind'] }[];
}

/**
 * Background -> content script (context menu, keyboard command): clip the current selection.
 * Answered with a `Reply` like every other message.
 */
export const CLIP_SELECTION = 'content/clip-selection' as const;
export interface ClipSelectionResult {
  clip: ClipRecord | null;
  /** Why nothing was clipped ('no-selection'), for the caller to report. */
  reason?: string;
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
