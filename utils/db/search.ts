/**
 * Full-text search over events, claims and clips, from the popup. Every query word is a prefix
 * ("зелен" finds "Зеленський", "Зеленського"), all words must match, case and apostrophes folded
 * (search-terms.ts). Reads the `search` word index: one index range per word, never a table scan.
 */
import type { DossierDB } from './database';
import type { SourceRecord } from './records';
import { SEARCH_TABLE, type SearchDoc, type SearchKind } from './search-index';
import { matchesAllPrefixes, words } from './search-terms';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** Event summary, claim text or clip quote. */
  text: string;
  /** The clip's note, the claim's speaker. */
  detail?: string;
  date?: string;
  source?: Pick<SourceRecord, 'id' | 'url' | 'title' | 'site'>;
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many records match in all (hits holds at most `limit`). */
  total: number;
}

export interface SearchOptions {
  kinds?: SearchKind[];
  limit?: number;
}

/**
 * Up to this many hits are ranked newest first; past it (a word in a tenth of the store) the index's
 * own order decides, because reading thousands of rows to rank them costs more than the reader gains
 * from a query they will narrow anyway. The same bound lets the other words be checked on the rows.
 */
const RANKED = 200;

/**
 * Ids of records with a word starting with `prefix`. One native `getAllKeys` on the index range:
 * measured in Chromium, Dexie's `primaryKeys()` on this multiEntry range took ~1 s for 11k hits
 * (a cursor step per key), the native call a fraction of that. multiEntry lists a record once per
 * matching word, hence the Set.
 */
async function idsWithPrefix(db: DossierDB, prefix: string): Promise<Set<string>> {
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  const request = idb.transaction(SEARCH_TABLE, 'readonly').objectStore(SEARCH_TABLE).index('terms').getAllKeys(IDBKeyRange.bound(prefix, prefix + '\uffff'));
  const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return new Set(keys as string[]);
}

/** Ids of records where every query word starts some word, most selective (longest) word first. */
async function candidates(db: DossierDB, queryWords: string[]): Promise<string[]> {
  const byLength = [...queryWords].sort((a, b) => b.length - a.length);
  let ids = await idsWithPrefix(db, byLength[0]);
  for (let i = 1; i < byLength.length && ids.size; i++) {
    if (ids.size <= RANKED) {
      const docs = await db.search.bulkGet([...ids]);
      return docs.filter((d): d is SearchDoc => !!d && matchesAllPrefixes(byLength, d.terms)).map((d) => d.id);
    }
    const next = await idsWithPrefix(db, byLength[i]);
    ids = new Set([...ids].filter((id) => next.has(id)));
  }
  return [...ids];
}

const KIND_OF_ID: Record<string, SearchKind> = { evt_: 'event', clm_: 'claim', clp_: 'clip' };

/** Searches the store; up to `limit` hits, newest first when there are few enough to rank. */
export async function searchStore(db: DossierDB, query: string, opts: SearchOptions = {}): Promise<SearchResult> {
  const limit = Math.max(0, Math.min(opts.limit ?? 50, 500));
  const queryWords = [...new Set(words(query))];
  if (!queryWords.length) return { hits: [], total: 0 };
  let ids = await candidates(db, queryWords);
  if (opts.kinds?.length) {
    const kinds = new Set(opts.kinds);
    ids = ids.filter((id) => kinds.has(KIND_OF_ID[id.slice(0, 4)]));
  }
  const ranked = ids.length <= Math.max(RANKED, limit);
  const hits = await loadHits(db, ranked ? ids : ids.slice(0, limit));
  if (ranked) hits.sort((a, b) => b.at - a.at || (a.hit.id < b.hit.id ? -1 : 1));
  return { hits: hits.slice(0, limit).map((h) => h.hit), total: ids.length };
}

async function loadHits(db: DossierDB, ids: string[]): Promise<{ hit: SearchHit; at: number }[]> {
  const idsOf = (kind: SearchKind) => ids.filter((id) => KIND_OF_ID[id.slice(0, 4)] === kind);
  const [events, claims, clips] = await Promise.all([
    db.events.bulkGet(idsOf('event')),
    db.claims.bulkGet(idsOf('claim')),
    db.clips.bulkGet(idsOf('clip')),
  ]);
  const found: { hit: SearchHit; at: number; sourceId?: string }[] = [];
  for (const e of events) if (e && !e.deleted) found.push({ hit: { kind: 'event', id: e.id, text: e.summary, date: e.date }, at: e.updatedAt, sourceId: e.sourceIds[0] });
  for (const c of claims) if (c && !c.deleted) found.push({ hit: { kind: 'claim', id: c.id, text: c.text, detail: c.speaker, date: c.date || undefined }, at: c.updatedAt, sourceId: c.sourceId });
  for (const c of clips) if (c && !c.deleted) found.push({ hit: { kind: 'clip', id: c.id, text: c.quote, detail: c.note || undefined, date: c.date }, at: c.updatedAt, sourceId: c.sourceId });
  const sourceIds = [...new Set(found.map((f) => f.sourceId).filter((s): s is string => !!s))];
  const sources = new Map((await db.sources.bulkGet(sourceIds)).filter((s): s is SourceRecord => !!s).map((s) => [s.id, s]));
  return found.map(({ hit, at, sourceId }) => {
    const s = sourceId ? sources.get(sourceId) : undefined;
    return { hit: s ? { ...hit, source: { id: s.id, url: s.url, title: s.title, site: s.site } } : hit, at };
  });
}
