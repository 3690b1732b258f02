/**
 * The popup's timeline, one page at a time: the popup virtualises its list and asks only for the rows
 * it shows, so 100,000 events cost one indexed range read, not a full load.
 * Order is chronological by the date string: YYYY-MM sorts before YYYY-MM-01, so a month-precision
 * event stands for the whole month and heads it.
 */
import Dexie from 'dexie';
import type { TimelineItem, TimelinePage, TimelineQuery } from '../messages/protocol';
import type { DossierDB } from './database';
import type { ActorRecord, ClaimRecord, EventRecord, SourceRecord } from './records';
import { saneActor, saneClaim, saneEvent, saneSource } from './sane';

export const MAX_PAGE = 500;

const chronological = (a: EventRecord, b: EventRecord): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export async function listTimeline(db: DossierDB, query: TimelineQuery): Promise<TimelinePage> {
  const offset = Math.max(0, Math.floor(query.offset));
  const limit = Math.min(MAX_PAGE, Math.max(0, Math.floor(query.limit)));
  const text = query.text?.trim().toLocaleLowerCase() ?? '';

  let total: number;
  let exact = true;
  let page: EventRecord[];
  const matchesText = (e: EventRecord) => saneEvent(e).summary.toLocaleLowerCase().includes(text);
  if (query.actorId) {
    // One actor's events are few enough to sort in memory.
    const matches = await db.events
      .where('actorIds')
      .equals(query.actorId)
      .filter((e) => !e.deleted && (!text || matchesText(e)))
      .toArray();
    matches.sort(chronological);
    total = matches.length;
    page = matches.slice(offset, offset + limit);
  } else {
    // [deleted+date] keeps live events in date order (then by id) inside the index itself, so a page
    // is read in order and the walk stops as soon as the page is full, text filter or not.
    const live = () => {
      const all = db.events.where('[deleted+date]').between([0, Dexie.minKey], [0, Dexie.maxKey]);
      return text ? all.filter(matchesText) : all;
    };
    page = limit > 0 ? await live().offset(offset).limit(limit).toArray() : [];
    if (query.count === false) {
      // Without a count: what we know — this page, and "at least one more" when the page is full.
      exact = page.length < limit;
      total = offset + page.length + (exact ? 0 : 1);
    } else {
      total = await live().count();
    }
  }
  return { total, exact, offset, items: await decorate(db, page) };
}

async function decorate(db: DossierDB, stored: EventRecord[]): Promise<TimelineItem[]> {
  // One malformed row (old build, sync peer) must not break the whole list.
  const events = stored.map(saneEvent);
  const actorIds = [...new Set(events.flatMap((e) => e.actorIds))];
  const sourceIds = [...new Set(events.flatMap((e) => e.sourceIds))];
  const claimIds = [...new Set(events.map((e) => e.claimIds[0]).filter((id): id is string => !!id))];
  const [actors, sources, claims] = await Promise.all([
    db.actors.bulkGet(actorIds),
    db.sources.bulkGet(sourceIds),
    db.claims.bulkGet(claimIds),
  ]);
  const live = <T extends { id: string; deleted: 0 | 1 }>(rows: (T | undefined)[]) =>
    new Map(rows.filter((r): r is T => !!r && !r.deleted).map((r) => [r.id, r]));
  const actorById = live<ActorRecord>(actors.map((a) => a && saneActor(a)));
  const sourceById = live<SourceRecord>(sources.map((s) => s && saneSource(s)));
  const claimById = live<ClaimRecord>(claims.map((c) => c && saneClaim(c)));
  return events.map((event) => {
    const item: TimelineItem = {
      event,
      actors: event.actorIds
        .map((id) => actorById.get(id))
        .filter((a): a is ActorRecord => !!a)
        .map(({ id, name, kind }) => ({ id, name, kind })),
      sources: event.sourceIds
        .map((id) => sourceById.get(id))
        .filter((s): s is SourceRecord => !!s)
        .map(({ id, url, title, site }) => ({ id, url, title, site })),
    };
    const claim = event.claimIds[0] ? claimById.get(event.claimIds[0]) : undefined;
    if (claim) item.claim = { id: claim.id, text: claim.text, speaker: claim.speaker };
    return item;
  });
}
