/**
 * What every export format is made from: live clips with their source and actors, oldest first
 * (a researcher's notes read in the order they were taken).
 */
import type { DossierDB } from '../db/database';
import type { ActorRecord, ClipRecord, SourceRecord } from '../db/records';

export interface ExportClip {
  clip: ClipRecord;
  source?: SourceRecord;
  actors: Pick<ActorRecord, 'id' | 'name' | 'kind'>[];
}

export async function collectClips(db: DossierDB): Promise<ExportClip[]> {
  const clips = (await db.clips.where('deleted').equals(0).toArray()).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const sources = new Map(
    (await db.sources.bulkGet([...new Set(clips.map((c) => c.sourceId))])).filter((s): s is SourceRecord => !!s).map((s) => [s.id, s]),
  );
  const actors = new Map(
    (await db.actors.bulkGet([...new Set(clips.flatMap((c) => c.actorIds))])).filter((a): a is ActorRecord => !!a).map((a) => [a.id, a]),
  );
  return clips.map((clip) => ({
    clip,
    source: sources.get(clip.sourceId),
    actors: clip.actorIds.map((id) => actors.get(id)).filter((a): a is ActorRecord => !!a).map(({ id, name, kind }) => ({ id, name, kind })),
  }));
}

/** A file name like `dossier-clips-2026-11-25.csv`. */
export function exportFileName(kind: string, ext: string, now = new Date()): string {
  return `dossier-${kind}-${now.toISOString().slice(0, 10)}.${ext}`;
}
