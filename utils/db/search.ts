/**
 * Full-text search over events, claims and clips, from the popup. Every query word is a prefix
 * ("зелен" finds "Зеленський", "Зеленського"), all words must match, case and apostrophes folded
 * (search-terms.ts). Reads the `search` word index: one index range per word, never a table scan.
 */
import type { DossierDB } from './database';
import type { SourceRecord } from './records';
import type { SearchDoc, SearchKind } from './search-index';
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

/** Below this many candidates, the other words are checked on the rows instead of by more index ranges. */
const VERIFY_ON_ROWS = 2000;
/** Candidates read to rank by recency; past this the index's own order decides. */
const RANK_WINDOW = 2000;

async function idsWithPrefix(db: DossierDB, prefix: string): Promise<Set<string>> {
  // multiEntry: a record with two matching words is listed twice.
  return new Set((await db.search.where('terms').startsWith(prefix).primaryKeys()) as string[]);
}

/** Ids of index rows where every query word starts some word, most selective word first. */
async function candidates(db: DossierDB, queryWords: string[]): Promise<{ ids: string[]; docs?: SearchDoc[] }> {
  const byLength = [...queryWords].sort((a, b) => b.length - a.length);
  let ids = await idsWithPrefix(db, byLength[0]);
  for (let i = 1; i < byLength.length && ids.size; i++) {
    if (ids.size <= VERIFY_ON_ROWS) {
      const docs = (await db.search.bulkGet([...ids])).filter((d): d is SearchDoc => !!d && matchesAllPrefixes(byLength, d.terms));
      return { ids: docs.map((d) => d.id), docs };
    }
    const next = await idsWithPrefix(db, byLength[i]);
    ids = new Set([...ids].filter((id) => next.has(id)));
  }
  return { ids: [...ids] };
}

const KIND_OF_ID: Record<string, SearchKind> = { evt_: 'event', clm_: 'claim', clp_: 'clip' };

/** Searches the store; hits newest first. */
export async function searchStore(db: DossierDB, query: string, opts: SearchOptions = {}): Promise<SearchResult> {
  const limit = Math.max(0, Math.min(opts.limit ?? 50, 500));
  const queryWords = [...new Set(words(query))];
  if (!queryWords.length) return { hits: [], total: 0 };
  let { ids, docs } = await candidates(db, queryWords);
  if (opts.kinds?.length) {
    const kinds = new Set(opts.kinds);
    ids = ids.filter((id) => kinds.has(KIND_OF_ID[id.slice(0, 4)]));
  }
  const total = ids.length;
  const window = ids.slice(0, RANK_WINDOW);
  const wanted = new Set(window);
  const rows = docs ? docs.filter((d) => wanted.has(d.id)) : ((await db.search.bulkGet(window)).filter(Boolean) as SearchDoc[]);
  rows.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
  return { hits: await loadHits(db, rows.slice(0, limit)), total };
}

async function loadHits(db: DossierDB, rows: SearchDoc[]): Promise<SearchHit[]> {
  const idsOf = (kind: SearchKind) => rows.filter((r) => r.kind === kind).map((r) => r.id);
  const [events, claims, clips] = await Promise.all([
    db.events.bulkGet(idsOf('event')),
    db.claims.bulkGet(idsOf('claim')),
    db.clips.bulkGet(idsOf('clip')),
  ]);
  const byId = new Map<string, SearchHit & { sourceId?: string }>();
  for (const e of events) if (e && !e.deleted) byId.set(e.id, { kind: 'event', id: e.id, text: e.summary, date: e.date, sourceId: e.sourceIds[0] });
  for (const c of claims) if (c && !c.deleted) byId.set(c.id, { kind: 'claim', id: c.id, text: c.text, detail: c.speaker, date: c.date || undefined, sourceId: c.sourceId });
  for (const c of clips) if (c && !c.deleted) byId.set(c.id, { kind: 'clip', id: c.id, text: c.quote, detail: c.note || undefined, date: c.date, sourceId: c.sourceId });
  const sourceIds = [...new Set([...byId.values()].map((h) => h.sourceId).filter((s): s is string => !!s))];
  const sources = new Map((await db.sources.bulkGet(sourceIds)).filter((s): s is SourceRecord => !!s).map((s) => [s.id, s]));
  const out: SearchHit[] = [];
  for (const row of rows) {
    const hit = byId.get(row.id);
    if (!hit) continue;
    const { sourceId, ...rest } = hit;
    const s = sourceId ? sources.get(sourceId) : undefined;
    out.push(s ? { ...rest, source: { id: s.id, url: s.url, title: s.title, site: s.site } } : rest);
  }
  return out;
}
