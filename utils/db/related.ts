/**
 * What the store already knows, for the tooltip: events with an actor, events on a date, the same
 * claim in other sources. The page being read is excluded so the tooltip shows only new context.
 */
import type { RelatedEvent } from '../messages/protocol';
import type { DossierDB } from './database';
import { actorIdFor, normaliseUrl, sourceIdFor } from './ids';
import { claimFingerprint, claimWords, jaccard } from './fingerprint';
import type { ActorRecord, ClaimRecord, EventRecord, SourceRecord } from './records';

export const RELATED_LIMIT = 20;
/** Claims whose words overlap this much are "the same claim" reworded. */
export const SIMILAR_CLAIM = 0.6;

const excludedId = (excludeUrl?: string): string | undefined =>
  excludeUrl ? sourceIdFor(normaliseUrl(excludeUrl)) : undefined;

/** Newest first: in a tooltip the latest context matters most. */
const byDateDesc = (a: EventRecord, b: EventRecord): number =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id);

async function withSources(db: DossierDB, events: EventRecord[]): Promise<RelatedEvent[]> {
  const ids = [...new Set(events.flatMap((e) => e.sourceIds))];
  const found = await db.sources.bulkGet(ids);
  const byId = new Map(found.filter((s): s is SourceRecord => !!s && !s.deleted).map((s) => [s.id, s]));
  return events.map((event) => ({
    event,
    sources: event.sourceIds
      .map((id) => byId.get(id))
      .filter((s): s is SourceRecord => !!s)
      .map(({ id, url, title, site }) => ({ id, url, title, site })),
  }));
}

/** An event belongs to "another page" when it has at least one source other than the excluded one. */
const elsewhere = (exclude?: string) => (e: EventRecord) =>
  !e.deleted && (!exclude || e.sourceIds.some((s) => s !== exclude));

export async function relatedToActor(
  db: DossierDB,
  name: string,
  excludeUrl?: string,
): Promise<{ actor?: ActorRecord; events: RelatedEvent[]; sources: SourceRecord[] }> {
  const exclude = excludedId(excludeUrl);
  const id = actorIdFor(name);
  const stored = await db.actors.get(id);
  const actor = stored && !stored.deleted ? stored : undefined;
  const events = (await db.events.where('actorIds').equals(id).filter(elsewhere(exclude)).toArray())
    .sort(byDateDesc)
    .slice(0, RELATED_LIMIT);
  const mentions = await db.mentions.where('[actorId+deleted]').equals([id, 0]).toArray();
  const sourceIds = [...new Set(mentions.map((m) => m.sourceId))].filter((s) => s !== exclude);
  const sources = (await db.sources.bulkGet(sourceIds))
    .filter((s): s is SourceRecord => !!s && !s.deleted)
    .sort((a, b) => (b.publishedAt || '').localeCompare(a.publishedAt || ''))
    .slice(0, RELATED_LIMIT);
  const result: { actor?: ActorRecord; events: RelatedEvent[]; sources: SourceRecord[] } = {
    events: await withSources(db, events),
    sources,
  };
  if (actor) result.actor = actor;
  return result;
}

/**
 * Events within the period the value names: a day gives that day, a month gives the month itself and
 * every day in it, a year everything in the year (dates are YYYY[-MM[-DD]], so a prefix is a period).
 */
export async function relatedToDate(db: DossierDB, value: string, excludeUrl?: string): Promise<{ events: RelatedEvent[] }> {
  const exclude = excludedId(excludeUrl);
  const events = await db.events
    .where('date')
    .between(value, value + '\uffff', true, true)
    .filter(elsewhere(exclude))
    .limit(RELATED_LIMIT * 5)
    .toArray();
  return { events: await withSources(db, events.sort(byDateDesc).slice(0, RELATED_LIMIT)) };
}

export async function relatedToClaim(
  db: DossierDB,
  text: string,
  speaker: string | null,
  excludeUrl?: string,
): Promise<{ claims: (ClaimRecord & { source?: SourceRecord })[] }> {
  const exclude = excludedId(excludeUrl);
  const fingerprint = claimFingerprint(text);
  const same = await db.claims.where('fingerprint').equals(fingerprint).toArray();
  // Reworded versions: only among the same speaker's claims, so common words don't link strangers.
  let similar: ClaimRecord[] = [];
  if (speaker) {
    const words = claimWords(text);
    similar = (await db.claims.where('speakerActorId').equals(actorIdFor(speaker)).toArray()).filter(
      (c) => c.fingerprint !== fingerprint && jaccard(words, claimWords(c.text)) >= SIMILAR_CLAIM,
    );
  }
  const claims = [...same, ...similar]
    .filter((c) => !c.deleted && c.sourceId !== exclude)
    .slice(0, RELATED_LIMIT);
  const sources = await db.sources.bulkGet([...new Set(claims.map((c) => c.sourceId))]);
  const byId = new Map(sources.filter((s): s is SourceRecord => !!s && !s.deleted).map((s) => [s.id, s]));
  return {
    claims: claims.map((c) => {
      const source = byId.get(c.sourceId);
      return source ? { ...c, source } : { ...c };
    }),
  };
}
