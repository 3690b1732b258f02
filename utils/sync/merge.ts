/**
 * How two devices' copies of a record become one (the rule sync and the encrypted file share).
 *
 * Design:
 * - Local-first: the Dexie store is the source of truth and works offline; sync is opt-in and only
 *   ever talks to the CouchDB-compatible server the user names (settings in storage.sync, the
 *   password encrypted in storage.local, see ./credentials.ts).
 * - Replication speaks the CouchDB protocol over fetch (./replicate.ts); no PouchDB in the extension.
 *   One server document per record, id `<table>:<record id>`; ids are content-derived (utils/db/ids),
 *   so the same source or actor read on two devices is one document and merges into one record.
 * - Every local write gets a hybrid-logical-clock stamp `hlc` (./hooks.ts). The merge is a join
 *   (commutative, associative, idempotent), so devices converge whatever order copies meet in:
 *   - the whole record: last writer wins by `hlc` (ties: the canonical JSON, so both sides agree);
 *   - tombstones (`deleted: 1`) are ordinary writes and win or lose by the same clock;
 *   - clips' tags: an add/remove clock per tag (`tagClock`), so the tags are the union of what was
 *     added on any device minus what was removed later;
 *   - clips' note: last writer wins by `noteHlc`; a concurrently written losing note (one the
 *     winner's author had not seen, see `noteSeen`) is kept in `conflicts`, never dropped;
 *   - events' actor/source/claim ids and actors' aliases are grow-only references: unioned;
 *   - `firstSeenAt` / `createdAt`: the earliest either device knew.
 */
import type { TableName } from '../db/database';
import type { BaseRecord } from '../db/records';
import { stableHash } from '../db/ids';
import { hlcFromMillis } from './hlc';

export interface NoteConflict {
  note: string;
  hlc: string;
}
export interface TagStamp {
  hlc: string;
  removed: 0 | 1;
}

/** Fields sync adds to stored records (absent on records written before sync was installed). */
export interface SyncFields {
  hlc?: string;
  tagClock?: Record<string, TagStamp>;
  noteHlc?: string;
  /** Clock values of note versions some device replaced after seeing them (not conflicts). */
  noteSeen?: string[];
  conflicts?: NoteConflict[];
}
export type SyncRecord = BaseRecord & SyncFields & Record<string, unknown>;

/** Fields merged on their own rule rather than taken from the record-level winner. */
const OWN_RULE = new Set(['hlc', 'tags', 'tagClock', 'note', 'noteHlc', 'noteSeen', 'conflicts', 'actorIds', 'sourceIds', 'claimIds', 'aliases', 'firstSeenAt', 'createdAt']);

export function hlcOf(r: SyncRecord): string {
  return typeof r.hlc === 'string' && r.hlc ? r.hlc : hlcFromMillis(r.updatedAt ?? 0);
}

/** JSON with sorted keys: equal records give equal strings on every device. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

function baseFields(r: SyncRecord): string {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!OWN_RULE.has(k)) out[k] = v;
  return canonical(out);
}

function compareRecords(a: SyncRecord, b: SyncRecord): number {
  const ha = hlcOf(a);
  const hb = hlcOf(b);
  if (ha !== hb) return ha > hb ? 1 : -1;
  const ca = baseFields(a);
  const cb = baseFields(b);
  return ca === cb ? 0 : ca > cb ? 1 : -1;
}

/** Winner's order first, then what only the other side had, sorted, so both devices agree. */
function unionList(winner: unknown, loser: unknown): string[] {
  const w = Array.isArray(winner) ? (winner as string[]) : [];
  const l = Array.isArray(loser) ? (loser as string[]) : [];
  const seen = new Set(w);
  return [...w, ...l.filter((x) => !seen.has(x)).sort()].filter((x, i, all) => all.indexOf(x) === i);
}

/** A record's tag clock, with tags written by code that bypassed the hooks stamped at the record's clock. */
export function effectiveTagClock(r: SyncRecord): Record<string, TagStamp> {
  const clock: Record<string, TagStamp> = { ...(r.tagClock ?? {}) };
  const tags = Array.isArray(r.tags) ? (r.tags as string[]) : [];
  const h = hlcOf(r);
  for (const t of tags) if (!clock[t] || clock[t].removed) clock[t] = { hlc: h > (clock[t]?.hlc ?? '') ? h : clock[t].hlc, removed: 0 };
  for (const [t, s] of Object.entries(clock)) if (!s.removed && !tags.includes(t)) clock[t] = { hlc: h, removed: 1 };
  return clock;
}

function mergeTags(winner: SyncRecord, loser: SyncRecord): { tags: string[]; tagClock: Record<string, TagStamp> } {
  const a = effectiveTagClock(winner);
  const b = effectiveTagClock(loser);
  const tagClock: Record<string, TagStamp> = {};
  for (const t of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[t];
    const y = b[t];
    if (!x || !y) tagClock[t] = (x ?? y)!;
    // Same clock on both sides: an add and a remove in the same write can't both be true; add wins so nothing is lost.
    else if (x.hlc !== y.hlc) tagClock[t] = x.hlc > y.hlc ? x : y;
    else tagClock[t] = x.removed <= y.removed ? x : y;
  }
  // Order of addition, from the merged clock alone, so any merge order gives the same list.
  const tags = Object.keys(tagClock)
    .filter((t) => !tagClock[t].removed)
    .sort((x, y) => (tagClock[x].hlc === tagClock[y].hlc ? (x < y ? -1 : 1) : tagClock[x].hlc < tagClock[y].hlc ? -1 : 1));
  return { tags, tagClock };
}

function noteClock(r: SyncRecord): string {
  return typeof r.noteHlc === 'string' && r.noteHlc ? r.noteHlc : hlcOf(r);
}

/**
 * Note versions form a grow-only set, and so do the versions someone replaced knowingly (`noteSeen`):
 * the live versions are the first minus the second, the newest is the note, the rest are `conflicts`.
 * Being set unions, this is associative however many devices meet in whatever order.
 */
function mergeNotes(a: SyncRecord, b: SyncRecord): Pick<SyncFields, 'noteHlc' | 'noteSeen' | 'conflicts'> & { note: string } {
  const seen = [...new Set([...(a.noteSeen ?? []), ...(b.noteSeen ?? [])])].sort();
  const gone = new Set(seen);
  const versions = new Map<string, NoteConflict>();
  for (const r of [a, b]) {
    for (const v of [{ note: String(r.note ?? ''), hlc: noteClock(r) }, ...(r.conflicts ?? [])]) {
      if (v && !gone.has(v.hlc)) versions.set(`${v.hlc}\u0000${v.note}`, { note: v.note, hlc: v.hlc });
    }
  }
  const ordered = [...versions.values()].sort((x, y) => (x.hlc === y.hlc ? (x.note < y.note ? 1 : -1) : x.hlc > y.hlc ? -1 : 1));
  const [winner, ...rest] = ordered;
  const out: Pick<SyncFields, 'noteHlc' | 'noteSeen' | 'conflicts'> & { note: string } = { note: winner?.note ?? '', noteHlc: winner?.hlc ?? noteClock(a) };
  if (seen.length) out.noteSeen = seen;
  // Empty versions are not worth a conflict entry: an empty note carries nothing to lose.
  const conflicts = rest.filter((c) => c.note.trim());
  if (conflicts.length) out.conflicts = conflicts;
  return out;
}

/** Other versions of a clip's note worth showing the reader: different text from the current note. */
export function noteConflicts(r: SyncRecord): string[] {
  return [...new Set((r.conflicts ?? []).map((c) => c.note))].filter((n) => n !== r.note);
}

function mergeAliases(w: unknown, l: unknown): Record<string, string[]> {
  const a = (w ?? {}) as Record<string, string[]>;
  const b = (l ?? {}) as Record<string, string[]>;
  const out: Record<string, string[]> = {};
  for (const lang of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) out[lang] = unionList(a[lang], b[lang]);
  return out;
}

/** The one record both devices keep: see the rule at the top of this file. */
export function mergeRecord(table: TableName, a: SyncRecord | undefined, b: SyncRecord | undefined): SyncRecord {
  if (!a) return b!;
  if (!b) return a;
  const [winner, loser] = compareRecords(a, b) >= 0 ? [a, b] : [b, a];
  const out: SyncRecord = { ...winner, hlc: hlcOf(winner) };
  // When a source was first read or a clip first made is the earliest either device knew.
  for (const k of ['firstSeenAt', 'createdAt']) {
    const times = [winner[k], loser[k]].filter((x): x is number => typeof x === 'number');
    if (times.length) out[k] = Math.min(...times);
  }
  if (table === 'clips') {
    Object.assign(out, mergeTags(winner, loser), mergeNotes(winner, loser));
    if (!out.conflicts) delete out.conflicts;
  } else if (table === 'events') {
    for (const k of ['actorIds', 'sourceIds', 'claimIds']) out[k] = unionList(winner[k], loser[k]);
  } else if (table === 'actors') {
    out.aliases = mergeAliases(winner.aliases, loser.aliases);
  }
  return out;
}

/** Short fingerprint of a record's content, to notice writes that did not go through the hooks. */
export function contentHash(r: SyncRecord): string {
  return stableHash(canonical(r));
}

/** Same content, for deciding whether a merge changed anything worth writing or sending. */
export function sameRecord(a: SyncRecord | undefined, b: SyncRecord | undefined): boolean {
  if (!a || !b) return a === b;
  return canonical(a) === canonical(b);
}
