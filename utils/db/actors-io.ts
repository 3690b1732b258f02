/**
 * Import/export of actors as the gazetteer JSON list ({name, aliases?, kind?, lang?}). An import is
 * all or nothing: a malformed file is refused with the first problems spelled out, before any write.
 */
import type { GazetteerEntry, Lang } from '../analyze/types';
import type { DossierDB } from './database';
import { ACTOR_KINDS, LANGS, gazetteerActors, sortedByName, toGazetteerEntry } from './actors';
import { actorIdFor } from './ids';
import type { ActorRecord } from './records';
import { writeChanged } from './write-changed';

export type ParseResult = { ok: true; entries: GazetteerEntry[] } | { ok: false; error: string };

const MAX_PROBLEMS = 5;

export function parseActorList(json: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).` };
  }
  if (!Array.isArray(data)) return { ok: false, error: 'The file must contain a JSON list of actors, like [{"name": "…"}].' };
  const problems: string[] = [];
  const entries: GazetteerEntry[] = [];
  data.forEach((item: unknown, i) => {
    const where = `Item ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push(`${where} is not an object.`);
      return;
    }
    const o = item as Record<string, unknown>;
    const name = typeof o.name === 'string' ? o.name.trim() : '';
    if (!name) problems.push(`${where} has no "name" (a non-empty string).`);
    if (o.kind !== undefined && !ACTOR_KINDS.includes(o.kind as ActorRecord['kind']))
      problems.push(`${where}: "kind" must be one of ${ACTOR_KINDS.join(', ')}.`);
    if (o.lang !== undefined && !LANGS.includes(o.lang as Lang)) problems.push(`${where}: "lang" must be one of ${LANGS.join(', ')}.`);
    if (o.aliases !== undefined && (!Array.isArray(o.aliases) || !o.aliases.every((a) => typeof a === 'string')))
      problems.push(`${where}: "aliases" must be a list of strings.`);
    if (!name) return;
    const entry: GazetteerEntry = { name };
    if (Array.isArray(o.aliases)) entry.aliases = (o.aliases as string[]).map((a) => a.trim()).filter(Boolean);
    if (typeof o.kind === 'string') entry.kind = o.kind as ActorRecord['kind'];
    if (typeof o.lang === 'string') entry.lang = o.lang as Lang;
    entries.push(entry);
  });
  if (problems.length) {
    const more = problems.length > MAX_PROBLEMS ? ` (and ${problems.length - MAX_PROBLEMS} more problems)` : '';
    return { ok: false, error: problems.slice(0, MAX_PROBLEMS).join(' ') + more };
  }
  return { ok: true, entries };
}

export function entryToActor(entry: GazetteerEntry, now: number): ActorRecord {
  const lang: Lang = entry.lang ?? 'uk';
  const aliases: ActorRecord['aliases'] = {};
  const list = (entry.aliases ?? []).filter((a) => a !== entry.name);
  if (list.length) aliases[lang] = [...new Set(list)];
  return {
    id: actorIdFor(entry.name),
    name: entry.name.replace(/\s+/g, ' '),
    kind: entry.kind ?? 'person',
    aliases,
    origin: 'user',
    tracked: 1,
    updatedAt: now,
    deleted: 0,
  };
}

/** Throws with the parse problems; writes nothing unless the whole file is valid. */
export async function importActors(db: DossierDB, json: string, now = Date.now()): Promise<number> {
  const parsed = parseActorList(json);
  if (!parsed.ok) throw new Error(parsed.error);
  const records = new Map(parsed.entries.map((e) => [actorIdFor(e.name), entryToActor(e, now)]));
  await db.transaction('rw', db.actors, async () => {
    // Aliases the user already gave in other languages are kept, not overwritten by the file.
    const existing = await db.actors.bulkGet([...records.keys()]);
    for (const old of existing) {
      const fresh = old && records.get(old.id);
      if (old && fresh && !old.deleted) fresh.aliases = mergeAliases(old.aliases, fresh.aliases);
    }
    // Every entry is written; the new ones are added, without a read per record (write-changed.ts).
    await writeChanged(db.actors, [...records.values()], existing, (fresh) => fresh);
  });
  return records.size;
}

function mergeAliases(a: ActorRecord['aliases'], b: ActorRecord['aliases']): ActorRecord['aliases'] {
  const out: ActorRecord['aliases'] = {};
  for (const l of LANGS) {
    const list = [...new Set([...(a[l] ?? []), ...(b[l] ?? [])])];
    if (list.length) out[l] = list;
  }
  return out;
}

export async function exportActors(db: DossierDB): Promise<string> {
  const actors = sortedByName(await gazetteerActors(db));
  return JSON.stringify(actors.map(toGazetteerEntry), null, 2) + '\n';
}
