/**
 * The timeline as JSON: live events in date order with their actors, sources and claims spelled
 * out (names and URLs, not store ids), so the file means something outside Dossier.
 */
import type { DossierDB } from '../db/database';
import type { ActorRecord, ClaimRecord, SourceRecord } from '../db/records';

export interface TimelineFile {
  type: 'dossier-timeline';
  version: 1;
  exportedAt: string;
  events: {
    date: string;
    precision: string;
    endDate?: string;
    summary: string;
    actors: string[];
    sources: { url: string; title: string; site: string; publishedAt: string }[];
    claims: { text: string; speaker: string }[];
  }[];
}

export async function exportTimeline(db: DossierDB, now = new Date()): Promise<TimelineFile> {
  const events = await db.events.where('[deleted+date]').between([0, ''], [0, '\uffff']).toArray();
  const ids = <T extends { id: string }>(rows: (T | undefined)[]) => new Map(rows.filter((r): r is T => !!r).map((r) => [r.id, r]));
  const actors = ids<ActorRecord>(await db.actors.bulkGet([...new Set(events.flatMap((e) => e.actorIds))]));
  const sources = ids<SourceRecord>(await db.sources.bulkGet([...new Set(events.flatMap((e) => e.sourceIds))]));
  const claims = ids<ClaimRecord>(await db.claims.bulkGet([...new Set(events.flatMap((e) => e.claimIds))]));
  const pick = <T>(map: Map<string, T>, keys: string[]) => keys.map((k) => map.get(k)).filter((v): v is T => v !== undefined);
  return {
    type: 'dossier-timeline',
    version: 1,
    exportedAt: now.toISOString(),
    events: events.map((e) => ({
      date: e.date,
      precision: e.precision,
      ...(e.endDate ? { endDate: e.endDate } : {}),
      summary: e.summary,
      actors: pick(actors, e.actorIds).filter((a) => !a.deleted).map((a) => a.name),
      sources: pick(sources, e.sourceIds).map((s) => ({ url: s.url, title: s.title, site: s.site, publishedAt: s.publishedAt })),
      claims: pick(claims, e.claimIds).filter((c) => !c.deleted).map((c) => ({ text: c.text, speaker: c.speaker })),
    })),
  };
}
