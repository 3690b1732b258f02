/**
 * A researcher's clips: save a passage with its source and what the engine found in it, list and
 * filter them, edit note and tags, delete with undo (a tombstone, so the deletion syncs and undo is
 * just bringing the record back), and remember whether a clip could be found on its page again.
 */
import type { ClipDraft } from '../messages/protocol';
import type { DossierDB } from './database';
import { actorIdFor, clipIdFor, normaliseUrl, sourceIdFor } from './ids';
import type { ActorRecord, ClipRecord, SourceRecord } from './records';
import { matchesAllPrefixes, termsOf, words } from './search-terms';

/** What a clip is saved from: the shape the content script sends (one declaration, in the protocol). */
export type ClipInput = ClipDraft;

export interface ClipView {
  clip: ClipRecord;
  source?: Pick<SourceRecord, 'id' | 'url' | 'title' | 'site' | 'publishedAt'>;
  actors: Pick<ActorRecord, 'id' | 'name'>[];
}

export interface ClipQuery {
  text?: string;
  tag?: string;
  site?: string;
  actorId?: string;
  offset?: number;
  limit?: number;
}

export interface ClipList {
  items: ClipView[];
  total: number;
  /** Values the filters can take, from all live clips. */
  facets: { tags: string[]; sites: string[]; actors: Pick<ActorRecord, 'id' | 'name'>[] };
}

/** Tags as the reader means them: no '#', no stray spaces, no duplicates, nothing empty. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, 60);
    if (tag && !out.some((t) => t.toLowerCase() === tag.toLowerCase())) out.push(tag);
  }
  return out;
}

/** Stores a new clip (and its source and actors if the store lacks them); returns it. */
export async function saveClip(db: DossierDB, input: ClipInput, now = Date.now()): Promise<ClipRecord> {
  const quote = input.quote.trim();
  if (!quote) throw new Error('Nothing to clip: the selection holds no text.');
  const url = normaliseUrl(input.page.url);
  const sourceId = sourceIdFor(url);
  const actors = input.actors ?? [];
  const clip: ClipRecord = {
    id: clipIdFor(sourceId, quote, now),
    sourceId,
    quote,
    note: input.note ?? '',
    tags: normaliseTags(input.tags ?? []),
    selector: input.selector,
    actorIds: [...new Set(actors.map((a) => actorIdFor(a.name)))],
    createdAt: now,
    updatedAt: now,
    deleted: 0,
  };
  if (input.speaker) clip.speaker = input.speaker;
  if (input.date) clip.date = input.date;
  await db.transaction('rw', [db.clips, db.sources, db.actors], async () => {
    if (!(await db.sources.get(sourceId))) {
      const p = input.page;
      // Added, not put: it was just found missing, and a put would make Dexie look again (write-changed.ts).
      await db.sources.add({ id: sourceId, url, title: p.title, site: p.site, lang: p.lang, publishedAt: p.publishedAt, firstSeenAt: now, updatedAt: now, deleted: 0 });
    }
    const distinct = [...new Map(actors.map((a) => [actorIdFor(a.name), a])).values()];
    const known = await db.actors.bulkGet(distinct.map((a) => actorIdFor(a.name)));
    const missing = distinct.filter((_, i) => !known[i]);
    await db.actors.bulkAdd(
      missing.map((a) => ({ id: actorIdFor(a.name), name: a.name, kind: a.kind, aliases: {}, origin: 'discovered' as const, tracked: 0 as const, updatedAt: now, deleted: 0 as const })),
    );
    await db.clips.put(clip);
  });
  return clip;
}

/** Live clips of one page (by canonical URL), oldest first, for drawing them there. */
export async function clipsForPage(db: DossierDB, url: string): Promise<ClipRecord[]> {
  const clips = await db.clips.where('sourceId').equals(sourceIdFor(url)).toArray();
  return clips.filter((c) => !c.deleted).sort((a, b) => a.createdAt - b.createdAt);
}

/** Clips matching the filters, newest first, with the facets the filter menus offer. */
export async function listClips(db: DossierDB, query: ClipQuery = {}): Promise<ClipList> {
  // A researcher keeps hundreds or a few thousand clips: filtering them in memory is instant, and
  // it lets text, tag, site and actor filters combine freely.
  const live = (await db.clips.where('deleted').equals(0).toArray()).sort((a, b) => b.createdAt - a.createdAt);
  const sources = new Map((await db.sources.bulkGet([...new Set(live.map((c) => c.sourceId))])).filter((s): s is SourceRecord => !!s).map((s) => [s.id, s]));
  const actorIds = [...new Set(live.flatMap((c) => c.actorIds))];
  const actors = new Map((await db.actors.bulkGet(actorIds)).filter((a): a is ActorRecord => !!a).map((a) => [a.id, { id: a.id, name: a.name }]));
  const queryWords = words(query.text ?? '');
  const tagKey = query.tag?.toLowerCase();
  const matched = live.filter((c) => {
    if (tagKey && !c.tags.some((t) => t.toLowerCase() === tagKey)) return false;
    if (query.site && sources.get(c.sourceId)?.site !== query.site) return false;
    if (query.actorId && !c.actorIds.includes(query.actorId)) return false;
    return !queryWords.length || matchesAllPrefixes(queryWords, termsOf(c.quote, c.note, ...c.tags));
  });
  const offset = query.offset ?? 0;
  const items = matched.slice(offset, offset + (query.limit ?? 100)).map((clip): ClipView => {
    const s = sources.get(clip.sourceId);
    return {
      clip,
      source: s && { id: s.id, url: s.url, title: s.title, site: s.site, publishedAt: s.publishedAt },
      actors: clip.actorIds.map((id) => actors.get(id)).filter((a): a is { id: string; name: string } => !!a),
    };
  });
  const collator = new Intl.Collator(['uk', 'ru', 'en']);
  return {
    items,
    total: matched.length,
    facets: {
      tags: normaliseTags(live.flatMap((c) => c.tags)).sort(collator.compare),
      sites: [...new Set(live.map((c) => sources.get(c.sourceId)?.site).filter((s): s is string => !!s))].sort(collator.compare),
      actors: [...actors.values()].sort((a, b) => collator.compare(a.name, b.name)),
    },
  };
}

/** Edits a clip's note and/or tags; the sync hooks keep the per-tag and note clocks. */
export async function updateClip(db: DossierDB, id: string, changes: { note?: string; tags?: string[] }): Promise<ClipRecord> {
  const mods: Partial<ClipRecord> = { updatedAt: Date.now() };
  if (changes.note !== undefined) mods.note = changes.note;
  if (changes.tags !== undefined) mods.tags = normaliseTags(changes.tags);
  const n = await db.clips.where('id').equals(id).and((c) => !c.deleted).modify(mods);
  if (!n) throw new Error(`No clip ${id} to edit.`);
  return (await db.clips.get(id))!;
}

/** Deletes (tombstones) a clip; `restoreClip` undoes it. */
export async function deleteClip(db: DossierDB, id: string): Promise<boolean> {
  return (await db.clips.where('id').equals(id).and((c) => !c.deleted).modify({ deleted: 1, updatedAt: Date.now() })) > 0;
}

export async function restoreClip(db: DossierDB, id: string): Promise<boolean> {
  return (await db.clips.where('id').equals(id).and((c) => c.deleted === 1).modify({ deleted: 0, updatedAt: Date.now() })) > 0;
}

/** Records which clips the page could no longer show (and which came back), writing only changes. */
export async function markAnchoring(db: DossierDB, results: { id: string; orphaned: boolean }[]): Promise<number> {
  let changed = 0;
  await db.transaction('rw', db.clips, async () => {
    const clips = await db.clips.bulkGet(results.map((r) => r.id));
    const now = Date.now();
    for (const [i, clip] of clips.entries()) {
      if (!clip || clip.deleted) continue;
      const want: 0 | 1 = results[i].orphaned ? 1 : 0;
      if ((clip.orphaned ?? 0) === want) continue;
      await db.clips.update(clip.id, { orphaned: want, updatedAt: now });
      changed++;
    }
  });
  return changed;
}
