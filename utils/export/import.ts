/**
 * Importing a Web Annotation JSON-LD file (ours, or a single Annotation / a plain list of them).
 * The whole file is validated before anything is written: a malformed or hostile file is refused
 * with a message naming what is wrong and where, and the store is not touched. A valid file is
 * written in one transaction, so a failure half-way (quota) leaves nothing half-imported either.
 */
import type { DossierDB } from '../db/database';
import { actorIdFor, clipIdFor, normaliseUrl, sourceIdFor, stableHash } from '../db/ids';
import { normaliseTags } from '../db/clips';
import type { ActorRecord, ClipRecord, Selector, SourceRecord } from '../db/records';
import { ShapeError, arrayOf, int, isRecord, object, oneOf, optional, str, type Check } from '../messages/check';
import { CLIP_IRI_PREFIX } from './jsonld';

export class ImportError extends Error {
  override name = 'ImportError';
}

/** Past these a file is not a researcher's clips but something meant to hurt. */
export const IMPORT_LIMITS = { bytes: 50_000_000, items: 100_000, text: 200_000, short: 2_000, tags: 200 };

const bounded =
  (max: number): Check<string> =>
  (v, p) => {
    const s = str(v, p);
    if (s.length > max) throw new ShapeError(`${p} is longer than ${max} characters`);
    return s;
  };
const httpUrl: Check<string> = (v, p) => {
  const s = bounded(IMPORT_LIMITS.short)(v, p);
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new ShapeError(`${p} must be a web address (got "${s.slice(0, 60)}")`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new ShapeError(`${p} must be an http(s) address (got "${u.protocol}")`);
  return s;
};
const isoTime: Check<number> = (v, p) => {
  const s = bounded(40)(v, p);
  const t = Date.parse(s);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(s) || Number.isNaN(t)) throw new ShapeError(`${p} must be an ISO date-time (got "${s}")`);
  return t;
};
const dateValue: Check<string> = (v, p) => {
  const s = str(v, p);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) throw new ShapeError(`${p} must be YYYY, YYYY-MM or YYYY-MM-DD (got "${s.slice(0, 20)}")`);
  return s;
};
const offset = int(0, 1_000_000_000);
const selector: Check<Selector> = (v, p) => {
  if (!isRecord(v)) throw new ShapeError(`${p} must be an object`);
  if (v.type === 'TextQuoteSelector') {
    const q = object({ exact: bounded(IMPORT_LIMITS.text), prefix: optional(bounded(IMPORT_LIMITS.short)), suffix: optional(bounded(IMPORT_LIMITS.short)) })(v, p);
    if (!q.exact) throw new ShapeError(`${p}.exact is empty`);
    return { type: 'TextQuoteSelector', ...q };
  }
  if (v.type === 'TextPositionSelector') {
    const { start, end } = object({ start: offset, end: offset })(v, p);
    if (end < start) throw new ShapeError(`${p}: end (${end}) is before start (${start})`);
    return { type: 'TextPositionSelector', start, end };
  }
  throw new ShapeError(`${p}.type must be TextQuoteSelector or TextPositionSelector (got ${JSON.stringify(String(v.type)).slice(0, 40)})`);
};

const annotation = object({
  id: bounded(IMPORT_LIMITS.short),
  type: oneOf(['Annotation'] as const),
  created: isoTime,
  modified: optional(isoTime),
  body: optional(
    arrayOf(object({ type: oneOf(['TextualBody'] as const), purpose: oneOf(['commenting', 'tagging'] as const), value: bounded(IMPORT_LIMITS.text) }), IMPORT_LIMITS.tags + 1),
  ),
  target: object({ source: httpUrl, selector: arrayOf(selector, 4) }),
  'dossier:source': optional(object({ title: bounded(IMPORT_LIMITS.short), site: bounded(IMPORT_LIMITS.short), lang: optional(bounded(20)), published: bounded(40) })),
  'dossier:speaker': optional(bounded(IMPORT_LIMITS.short)),
  'dossier:date': optional(dateValue),
  'dossier:actors': optional(arrayOf(object({ name: bounded(IMPORT_LIMITS.short), kind: oneOf(['person', 'org', 'place'] as const) }), 500)),
  'dossier:orphaned': optional((v, p) => (typeof v === 'boolean' ? v : (() => { throw new ShapeError(`${p} must be true or false`); })())),
});

export interface ParsedImport {
  clips: ClipRecord[];
  sources: SourceRecord[];
  actors: ActorRecord[];
}

/** The annotations of a file: a collection (first.items), a page (items), a list, or one annotation. */
function itemsOf(doc: unknown): { items: unknown[]; path: string } {
  if (Array.isArray(doc)) return { items: doc, path: '' };
  if (!isRecord(doc)) throw new ImportError('The file must hold a JSON object or list of Web Annotations.');
  if (doc.type === 'AnnotationCollection') {
    const first = doc.first;
    if (!isRecord(first) || !Array.isArray(first.items)) throw new ImportError('The AnnotationCollection has no "first" page with "items".');
    if (typeof first.next === 'string') throw new ImportError('The collection has further pages ("first.next"); import the file that holds all of them.');
    return { items: first.items, path: 'first.items' };
  }
  if (doc.type === 'AnnotationPage' && Array.isArray(doc.items)) return { items: doc.items, path: 'items' };
  if (doc.type === 'Annotation') return { items: [doc], path: '' };
  throw new ImportError(`The file is not Web Annotation JSON-LD (type is ${JSON.stringify(doc.type ?? null)}).`);
}

/** Validates the whole file; throws ImportError saying what is wrong, or returns the records to write. */
export function parseAnnotationFile(text: string, now = Date.now()): ParsedImport {
  if (text.length > IMPORT_LIMITS.bytes) throw new ImportError(`The file is larger than ${IMPORT_LIMITS.bytes / 1e6} MB.`);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new ImportError(`The file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { items, path } = itemsOf(doc);
  if (items.length > IMPORT_LIMITS.items) throw new ImportError(`The file holds ${items.length} annotations; at most ${IMPORT_LIMITS.items} can be imported at once.`);
  const clips = new Map<string, ClipRecord>();
  const sources = new Map<string, SourceRecord>();
  const actors = new Map<string, ActorRecord>();
  items.forEach((item, i) => {
    const at = path ? `${path}[${i}]` : `[${i}]`;
    let a: ReturnType<typeof annotation>;
    try {
      a = annotation(item, at);
    } catch (e) {
      throw new ImportError(`Annotation ${i + 1} is not valid: ${e instanceof Error ? e.message : String(e)}`);
    }
    const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
    if (!quote) throw new ImportError(`Annotation ${i + 1} (${at}) has no TextQuoteSelector: there is no passage to keep.`);
    const url = normaliseUrl(a.target.source);
    const sourceId = sourceIdFor(url);
    const meta = a['dossier:source'];
    if (!sources.has(sourceId)) {
      sources.set(sourceId, { id: sourceId, url, title: meta?.title ?? '', site: meta?.site ?? new URL(url).hostname, lang: meta?.lang ?? '', publishedAt: meta?.published ?? '', firstSeenAt: now, updatedAt: now, deleted: 0 });
    }
    for (const actor of a['dossier:actors'] ?? []) {
      const id = actorIdFor(actor.name);
      if (!actors.has(id)) actors.set(id, { id, name: actor.name, kind: actor.kind, aliases: {}, origin: 'discovered', tracked: 0, updatedAt: now, deleted: 0 });
    }
    // Our own ids come back as they were (so a re-import updates instead of duplicating); another
    // tool's annotation gets a stable id derived from its IRI.
    const id = a.id.startsWith(CLIP_IRI_PREFIX) && /^clp_[0-9a-z]+$/.test(a.id.slice(CLIP_IRI_PREFIX.length))
      ? a.id.slice(CLIP_IRI_PREFIX.length)
      : a.id ? 'clp_' + stableHash(a.id) : clipIdFor(sourceId, quote.exact, a.created);
    if (clips.has(id)) throw new ImportError(`Annotation ${i + 1} (${at}) repeats the id ${a.id}.`);
    const bodies = a.body ?? [];
    const clip: ClipRecord = {
      id,
      sourceId,
      quote: quote.exact,
      note: bodies.filter((b) => b.purpose === 'commenting').map((b) => b.value).join('\n\n'),
      tags: normaliseTags(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value)),
      selector: a.target.selector,
      actorIds: [...new Set((a['dossier:actors'] ?? []).map((x) => actorIdFor(x.name)))],
      createdAt: a.created,
      updatedAt: now,
      deleted: 0,
    };
    if (a['dossier:speaker']) clip.speaker = a['dossier:speaker'];
    if (a['dossier:date']) clip.date = a['dossier:date'];
    if (a['dossier:orphaned']) clip.orphaned = 1;
    clips.set(id, clip);
  });
  return { clips: [...clips.values()], sources: [...sources.values()], actors: [...actors.values()] };
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

const sameClip = (a: ClipRecord, b: ClipRecord) =>
  a.quote === b.quote && a.note === b.note && a.deleted === b.deleted && JSON.stringify([a.tags, a.selector, a.speaker, a.date, a.actorIds, a.orphaned ?? 0]) === JSON.stringify([b.tags, b.selector, b.speaker, b.date, b.actorIds, b.orphaned ?? 0]);

/**
 * Validates, then writes in one transaction. Existing sources and actors are kept as they are (the
 * reader's own edits win); clips with the same id are replaced by the file's version. Imported
 * records are stamped now, so sync sends them on like any other change.
 */
export async function importAnnotations(db: DossierDB, text: string, now = Date.now()): Promise<ImportSummary> {
  const parsed = parseAnnotationFile(text, now);
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  await db.transaction('rw', [db.clips, db.sources, db.actors], async () => {
    const [oldSources, oldActors, oldClips] = await Promise.all([
      db.sources.bulkGet(parsed.sources.map((s) => s.id)),
      db.actors.bulkGet(parsed.actors.map((a) => a.id)),
      db.clips.bulkGet(parsed.clips.map((c) => c.id)),
    ]);
    await db.sources.bulkPut(parsed.sources.filter((_, i) => !oldSources[i] || oldSources[i]!.deleted));
    await db.actors.bulkPut(parsed.actors.filter((_, i) => !oldActors[i]));
    const write: ClipRecord[] = [];
    parsed.clips.forEach((clip, i) => {
      const old = oldClips[i];
      if (!old) summary.added++;
      else if (sameClip(old, clip)) return void summary.unchanged++;
      else summary.updated++;
      write.push(old ? { ...old, ...clip, createdAt: clip.createdAt } : clip);
    });
    await db.clips.bulkPut(write);
  });
  return summary;
}
