/**
 * The user's actors: what the options page edits and what feeds the gazetteer besides the starter
 * list. Deleting is a tombstone so the deletion syncs to other devices.
 */
import type { ActorKind, GazetteerEntry, Lang } from '../analyze/types';
import type { ActorInput } from '../messages/protocol';
import type { DossierDB } from './database';
import { actorIdFor } from './ids';
import type { ActorRecord } from './records';

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'org', 'place'];
export const LANGS: readonly Lang[] = ['uk', 'ru', 'en'];

// One collator for every sort: `localeCompare` with a locale sets one up per call, which for a list
// of 50,000 names took 1.3 s of a worker's start.
const collator = new Intl.Collator('uk');
const byName = (a: ActorRecord, b: ActorRecord) => collator.compare(a.name, b.name);

export async function listActors(db: DossierDB, origins?: ActorRecord['origin'][]): Promise<ActorRecord[]> {
  const rows = origins?.length
    ? await db.actors.where('origin').anyOf(origins).toArray()
    : await db.actors.toArray();
  return rows.filter((a) => !a.deleted).sort(byName);
}

/** By name, as the options page lists them and the gazetteer is compiled (in a stable order). */
export function sortedByName(actors: readonly ActorRecord[]): ActorRecord[] {
  return [...actors].sort(byName);
}

/**
 * Actors that belong in the user's gazetteer: their own, and discovered ones they chose to track, in
 * the store's order (their own by id, then the others by id). Not sorted by name: a woken worker
 * checks its stored gazetteer against these 3 s after it starts, and for 50,000 names the collator's
 * sort was 186 ms of that check's ~1.1 s; a compile sorts them (sortedByName).
 */
export async function gazetteerActors(db: DossierDB): Promise<ActorRecord[]> {
  // Index look-ups, not the whole table (every stored page adds discovered actors). An imported list
  // is both the user's and tracked: the tracked are listed by key, and only the others read.
  const [own, trackedIds] = await Promise.all([
    db.actors.where('origin').equals('user').toArray(),
    db.actors.where('tracked').equals(1).primaryKeys(),
  ]);
  const byId = new Map(own.map((a) => [a.id, a]));
  const others = trackedIds.filter((id) => !byId.has(id));
  if (others.length) for (const a of await db.actors.bulkGet(others)) if (a) byId.set(a.id, a);
  return [...byId.values()].filter((a) => !a.deleted);
}

function cleanAliases(aliases: ActorInput['aliases'], name: string): ActorRecord['aliases'] {
  const out: ActorRecord['aliases'] = {};
  for (const lang of LANGS) {
    const list = [...new Set((aliases[lang] ?? []).map((s) => s.trim()).filter((s) => s && s !== name))];
    if (list.length) out[lang] = list;
  }
  return out;
}

export async function saveActor(db: DossierDB, input: ActorInput, previousId?: string, now = Date.now()): Promise<ActorRecord> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw new Error('An actor needs a name.');
  const id = actorIdFor(name);
  return db.transaction('rw', db.actors, async () => {
    const actor: ActorRecord = {
      id,
      name,
      kind: input.kind,
      aliases: cleanAliases(input.aliases, name),
      origin: 'user',
      tracked: 1,
      updatedAt: now,
      deleted: 0,
    };
    await db.actors.put(actor);
    // A rename mints a new id (ids follow the name); the old record becomes a tombstone.
    if (previousId && previousId !== id) await db.actors.update(previousId, { deleted: 1, updatedAt: now });
    return actor;
  });
}

export async function deleteActor(db: DossierDB, id: string, now = Date.now()): Promise<boolean> {
  const changed = await db.actors.where('id').equals(id).filter((a) => !a.deleted).modify({ deleted: 1, updatedAt: now });
  return changed > 0;
}

/**
 * One click in the tooltip: a candidate name becomes a tracked discovered actor, under its base form
 * ("Джон Коул"); the form the reader saw ("Джоном Коулом") is kept as an alias, so the name is found
 * again even where the base-form guess and the declension rules disagree.
 */
export async function trackActor(db: DossierDB, name: string, kind: ActorKind, now = Date.now(), alias?: string): Promise<ActorRecord> {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) throw new Error('An actor needs a name.');
  const id = actorIdFor(clean);
  const seen = alias?.trim().replace(/\s+/g, ' ');
  const added: ActorInput['aliases'] = seen && seen !== clean ? { [aliasLang(seen)]: [seen] } : {};
  return db.transaction('rw', db.actors, async () => {
    const old = await db.actors.get(id);
    const actor: ActorRecord =
      old && !old.deleted
        ? { ...old, aliases: mergeAliases(old.aliases, added, old.name), tracked: 1, updatedAt: now }
        : { id, name: clean, kind, aliases: cleanAliases(added, clean), origin: 'discovered', tracked: 1, updatedAt: now, deleted: 0 };
    await db.actors.put(actor);
    return actor;
  });
}

/** The language an alias is written in, by its letters (Ukrainian when Cyrillic could be either). */
function aliasLang(s: string): Lang {
  if (!/[а-яёіїєґ]/i.test(s)) return 'en';
  return /[ыэъё]/i.test(s) && !/[іїєґ]/i.test(s) ? 'ru' : 'uk';
}

function mergeAliases(a: ActorRecord['aliases'], b: ActorInput['aliases'], name: string): ActorRecord['aliases'] {
  const out: ActorInput['aliases'] = {};
  for (const lang of LANGS) out[lang] = [...(a[lang] ?? []), ...(b[lang] ?? [])];
  return cleanAliases(out, name);
}

/** Aliases of every language flattened, as the gazetteer format wants them. */
export function toGazetteerEntry(actor: ActorRecord): GazetteerEntry {
  const aliases = [...new Set(LANGS.flatMap((l) => actor.aliases[l] ?? []))];
  const entry: GazetteerEntry = { name: actor.name, kind: actor.kind };
  if (aliases.length) entry.aliases = aliases;
  const langs = LANGS.filter((l) => actor.aliases[l]?.length);
  if (langs.length === 1 && langs[0]) entry.lang = langs[0];
  return entry;
}
