/**
 * Storing what the analyser found on a page. Re-reading a page updates in place: ids are derived from
 * content, unchanged records are not rewritten (so sync doesn't see churn), and records of this
 * source that the new reading no longer contains are tombstoned.
 */
import type { AnalysisResult, DateSpan } from '../analyze/types';
import type { PageInfo } from '../messages/protocol';
import { tombstone, type DossierDB } from './database';
import { actorIdFor, claimIdFor, eventIdFor, mentionIdFor, normaliseUrl, sourceIdFor } from './ids';
import { claimFingerprint } from './fingerprint';
import { writeChanged } from './write-changed';
import type {
  ActorRecord,
  BaseRecord,
  ClaimRecord,
  EventRecord,
  MentionRecord,
  Selector,
  SourceRecord,
} from './records';

export type AnalysisPayload = Omit<AnalysisResult, 'text'> & { text?: string };

export interface IngestOptions {
  now?: number;
  /** Canonical names from the bundled starter list: such actors are stored with origin 'starter'. */
  starterNames?: ReadonlySet<string>;
}

export interface IngestSummary {
  sourceId: string;
  written: { sources: number; actors: number; mentions: number; claims: number; events: number };
  tombstoned: number;
}

const CONTEXT = 32;

export function selectorsFor(text: string | undefined, start: number, end: number, exact: string): Selector[] {
  const quote: Selector = text
    ? {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end) || exact,
        prefix: text.slice(Math.max(0, start - CONTEXT), start),
        suffix: text.slice(end, end + CONTEXT),
      }
    : { type: 'TextQuoteSelector', exact };
  return [quote, { type: 'TextPositionSelector', start, end }];
}

/** Optional fields this module writes: their disappearing is a change too. */
const OPTIONAL_FIELDS = ['endDate', 'speakerActorId'] as const;

/**
 * Equal in everything this module writes. Fields others keep on the record (sync's clock stamps)
 * and `updatedAt` don't count, so re-reading an unchanged page writes nothing at all.
 */
function sameContent(fresh: BaseRecord, old: BaseRecord): boolean {
  const f = fresh as unknown as Record<string, unknown>;
  const o = old as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(f), ...OPTIONAL_FIELDS.filter((k) => k in o)]);
  keys.delete('updatedAt');
  for (const k of keys) if (JSON.stringify(f[k]) !== JSON.stringify(o[k])) return false;
  return true;
}

/** The fresh record, or null when the stored one says the same (see writeChanged). */
function unlessSame<T extends BaseRecord>(fresh: T, stored: T | undefined): T | null {
  return stored && sameContent(fresh, stored) ? null : fresh;
}

/** One record per id; records minted twice from one page (same sentence twice) are merged. */
function dedupeById<T extends { id: string }>(records: T[], merge?: (a: T, b: T) => T): T[] {
  const map = new Map<string, T>();
  for (const r of records) {
    const prev = map.get(r.id);
    map.set(r.id, prev && merge ? merge(prev, r) : (prev ?? r));
  }
  return [...map.values()];
}

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

export async function storePageAnalysis(
  db: DossierDB,
  page: PageInfo,
  result: AnalysisPayload,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const now = opts.now ?? Date.now();
  const url = normaliseUrl(page.url);
  const sourceId = sourceIdFor(url);
  const text = result.text;
  const live = 0 as const;

  // Actors: every canonical name found (span names and resolved speakers that are known actors).
  const kindByName = new Map(result.actors.map((a) => [a.name, a.kind] as const));
  const actorDrafts: ActorRecord[] = [...kindByName].map(([name, kind]) => ({
    id: actorIdFor(name),
    name,
    kind,
    aliases: {},
    origin: opts.starterNames?.has(name) ? 'starter' : 'discovered',
    tracked: 0,
    updatedAt: now,
    deleted: live,
  }));

  const mentions: MentionRecord[] = dedupeById(
    result.actors.map((a) => {
      const actorId = actorIdFor(a.name);
      return {
        id: mentionIdFor(sourceId, actorId, a.start),
        actorId,
        sourceId,
        text: a.text,
        selector: selectorsFor(text, a.start, a.end, a.text),
        updatedAt: now,
        deleted: live,
      };
    }),
  );

  // A claim is dated by the event sentence that contains it, else by the page's publication day.
  const claimDate = new Map<number, string>();
  for (const e of result.events) for (const c of e.claims) if (!claimDate.has(c)) claimDate.set(c, e.date);
  const pageDay = (page.publishedAt || result.published || '').slice(0, 10);
  const claimIds: string[] = [];
  const claims: ClaimRecord[] = dedupeById(
    result.claims.map((c, i) => {
      const fingerprint = claimFingerprint(c.text);
      const id = claimIdFor(sourceId, fingerprint);
      claimIds[i] = id;
      const speakerKnown = c.speaker !== null && kindByName.has(c.speaker);
      const record: ClaimRecord = {
        id,
        text: c.text,
        speaker: c.speaker ?? '',
        sourceId,
        date: claimDate.get(i) ?? pageDay,
        selector: selectorsFor(text, c.start, c.end, c.text),
        fingerprint,
        updatedAt: now,
        deleted: live,
      };
      if (speakerKnown && c.speaker) record.speakerActorId = actorIdFor(c.speaker);
      return record;
    }),
  );

  const events: EventRecord[] = dedupeById(
    result.events.map((e) => {
      const range = result.dates.find(
        (d: DateSpan) => d.value === e.date && d.endValue && d.start >= e.start && d.end <= e.end,
      );
      const record: EventRecord = {
        id: eventIdFor(sourceId, e.date, e.text),
        date: e.date,
        precision: e.precision,
        summary: e.text.trim(),
        actorIds: [...new Set(e.actors.map(actorIdFor))],
        sourceIds: [sourceId],
        claimIds: [...new Set(e.claims.map((i) => claimIds[i]).filter((id): id is string => !!id))],
        updatedAt: now,
        deleted: live,
      };
      if (range?.endValue) record.endDate = range.endValue;
      return record;
    }),
    (a, b) => ({ ...a, actorIds: union(a.actorIds, b.actorIds), claimIds: union(a.claimIds, b.claimIds) }),
  );

  const tables = [db.sources, db.actors, db.mentions, db.claims, db.events];
  return db.transaction('rw', tables, async () => {
    const oldSource = await db.sources.get(sourceId);
    const source: SourceRecord = {
      id: sourceId,
      url,
      title: page.title,
      site: page.site,
      lang: page.lang || result.lang,
      publishedAt: page.publishedAt || result.published || '',
      firstSeenAt: oldSource?.firstSeenAt ?? now,
      updatedAt: now,
      deleted: live,
    };

    // What is stored already: actors by id (they are everyone's), and this source's mentions, claims
    // and events by one indexed read each (their ids derive from the source's; a read per record
    // and a cursor per table for the tombstones below cost ~3 IndexedDB requests a record).
    const oldActors = await db.actors.bulkGet(actorDrafts.map((a) => a.id));
    const [storedMentions, storedClaims, storedEvents] = await Promise.all([
      db.mentions.where('sourceId').equals(sourceId).toArray(),
      db.claims.where('sourceId').equals(sourceId).toArray(),
      db.events.where('sourceIds').equals(sourceId).toArray(),
    ]);
    const storedUnder = <T extends { id: string }>(stored: T[], fresh: T[]): (T | undefined)[] => {
      const byId = new Map(stored.map((r) => [r.id, r]));
      return fresh.map((r) => byId.get(r.id));
    };

    const written = {
      sources: await writeChanged(db.sources, [source], [oldSource], unlessSame),
      // Known actors keep what the user gave them (origin, kind, aliases, tracked); only a tombstoned
      // discovered actor comes back to life, because the page just showed it again.
      actors: await writeChanged(db.actors, actorDrafts, oldActors, (draft, old) => {
        if (!old) return draft;
        return old.deleted && old.origin === 'discovered' ? { ...old, deleted: live, updatedAt: now } : null;
      }),
      mentions: await writeChanged(db.mentions, mentions, storedUnder(storedMentions, mentions), unlessSame),
      claims: await writeChanged(db.claims, claims, storedUnder(storedClaims, claims), unlessSame),
      // Events shared with other sources (same id can't happen across sources, but sync may merge)
      // keep their other sources' links.
      events: await writeChanged(db.events, events, storedUnder(storedEvents, events), (e, old) =>
        unlessSame(old ? { ...e, sourceIds: union(old.sourceIds, e.sourceIds) } : e, old),
      ),
    };

    // What this source said before but no longer says (the article was edited) is tombstoned; an
    // event that other sources tell too stays.
    const gone = <T extends BaseRecord>(stored: T[], fresh: { id: string }[]): T[] => {
      const kept = new Set(fresh.map((r) => r.id));
      return stored.filter((r) => !r.deleted && !kept.has(r.id));
    };
    const ids = (records: { id: string }[]) => records.map((r) => r.id);
    const tombstoned =
      (await tombstone(db, 'mentions', ids(gone(storedMentions, mentions)), now)) +
      (await tombstone(db, 'claims', ids(gone(storedClaims, claims)), now)) +
      (await tombstone(db, 'events', ids(gone(storedEvents, events).filter((e) => e.sourceIds.length === 1)), now));

    return {
      sourceId,
      written,
      tombstoned,
    };
  });
}
