/**
 * Gazetteers: compile base-form entries once into a compact, JSON-serialisable trie of all their
 * inflected forms (background or build time), load that quickly wherever text is scanned.
 */
import { guessGender, inflectName, slavicLangs } from './morphology';
import { packEncodedTrie, packedChild } from './gazetteer-layout';
import { scanText } from './gazetteer-scan';
import { buildTrie, classTable, encodeTrie, FLAG_ALLCAPS, FLAG_CAPITAL, FLAG_INITIAL, FLAG_MIDSENTENCE, type EncodedTrie, type TrieKey } from './gazetteer-trie';
import { isCommonWord } from './stopwords';
import { foldCase, isAcronym, isUpperCode, isWordChar, normalizeApostrophes, normalizeSpaces } from './normalize';
import type { ActorKind, GazetteerEntry } from './types';

export const GAZETTEER_FORMAT = 'dossier-gazetteer/4';

/** The compiled gazetteer: plain JSON (strings and numbers), safe to post between extension contexts. */
export interface CompiledGazetteer {
  format: typeof GAZETTEER_FORMAT;
  entries: Array<CompiledEntry>;
  /** The trie of every form, packed (see gazetteer-trie.ts). */
  trie: EncodedTrie;
  /**
   * First letters (folded) of the forms that may start in lower case. Most words in running text
   * start in lower case and no capitalised name can begin there, so the scanner skips them at once.
   * Absent in older compiled copies: then every word start is tried.
   */
  lowerStarts?: string;
}

export interface CompiledEntry {
  name: string;
  kind: ActorKind;
  aliases: string[];
  /**
   * Set when another person's surname alone is written the same (Борис Джонсон, Ліндон Джонсон): the
   * folded surname. The trie gives a shared surname to the entry listed first; findActors moves it to
   * whichever namesake's full name the text mentioned last.
   */
  surname?: string;
}

export interface GazetteerHit {
  entry: number;
  flags: number;
}

/** The runtime matcher over a compiled gazetteer. */
export interface Gazetteer {
  readonly size: number;
  /** Canonical name and kind of entry `index` (as reported in a scan). */
  entry(index: number): CompiledEntry;
  /** The entry whose canonical name or one of whose base-form aliases is `name` (case-folded). */
  entryFor(name: string): { name: string; kind: ActorKind; aliases: string[] } | undefined;
  /** Calls `onMatch` for every leftmost-longest name occurrence, in text order; see actors.ts. */
  scan(text: string, onMatch: (start: number, end: number, entry: number) => void): void;
  /** Internal arrays, for the matcher. */
  readonly trie: LoadedTrie;
}

export interface LoadedTrie {
  classOf: Uint16Array;
  /** Node records in depth-first order (see gazetteer-layout.ts); nodes are record offsets. */
  records: Int32Array;
  /** Record of the root's child along each class, or -1. */
  root: Int32Array;
  /** `root` for a word that starts in lower case: only names written in lower case begin there. */
  lowerRoot: Int32Array;
  spaceClass: number;
}

/** Kind of an entry that does not say: an acronym is an organisation, "Given Surname" a person. */
export function guessKind(entry: GazetteerEntry): ActorKind {
  if (entry.kind) return entry.kind;
  if (isAcronym(entry.name)) return 'org';
  const words = entry.name.split(' ');
  return words.length >= 2 && words.length <= 3 && words.every((w) => isUpperCode(w.charCodeAt(0))) ? 'person' : 'place';
}

/** All base forms of an entry; for a person of several words, the surname alone too ("Зеленський"). */
export function baseForms(entry: GazetteerEntry, kind: ActorKind): string[] {
  const forms = new Set<string>();
  for (const raw of [entry.name, ...(entry.aliases ?? [])]) {
    const form = normalizeSpaces(normalizeApostrophes(raw));
    if (!form) continue;
    forms.add(form);
    const words = form.split(' ');
    if (kind === 'person' && words.length >= 2 && !form.includes('.')) {
      const last = words[words.length - 1];
      if (isUpperCode(last.charCodeAt(0)) && last.length >= 3) forms.add(last);
    }
  }
  return [...forms];
}

/** Expands every entry into its inflected forms and builds the trie. Runs once, not per page. */
export function compileGazetteer(entries: GazetteerEntry[]): CompiledGazetteer {
  const keys: TrieKey[] = [];
  const lowerStarts = new Set<string>();
  const out: CompiledGazetteer['entries'] = [];
  const surnames = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    const kind = guessKind(entry);
    const bases = baseForms(entry, kind);
    out.push({ name: entry.name, kind, aliases: (entry.aliases ?? []).slice() });
    const multi = bases.filter((b) => b.includes(' '));
    // The gender of a surname alone comes from the full name ("Меркель" of "Ангела Меркель" is hers).
    const fullName = kind === 'person' ? (multi.find((b) => slavicLangs(b).length > 0) ?? multi[0]) : undefined;
    const gender = fullName ? guessGender(fullName) : undefined;
    const priority = entries.length - index;
    if (kind === 'person') {
      for (const base of bases) {
        if (base.includes(' ') || !multi.length) continue;
        const key = foldCase(base);
        const list = surnames.get(key) ?? [];
        if (!list.length) surnames.set(key, list);
        if (list[list.length - 1] !== index) list.push(index);
      }
    }
    for (const base of bases) {
      const lone = isLoneInitial(base);
      const acronym = !lone && isAcronym(base);
      const flags = acronym ? FLAG_ALLCAPS : isUpperCode(base.charCodeAt(0)) ? FLAG_CAPITAL : 0;
      // A lone word whose kind was only guessed may be a place or a surname (see inflectName).
      const known = entry.kind ?? (base.includes(' ') || bases.length > 1 ? kind : undefined);
      const forms = lone ? [base] : acronym ? acronymForms(base) : inflectName(base, { kind: known, gender: base.includes(' ') ? undefined : gender });
      forms.forEach((form, i) => {
        if (!isWordChar(form.charCodeAt(0))) return; // the scanner only starts at word characters
        const homonym = flags === FLAG_CAPITAL && !form.includes(' ') && isCommonWord(form);
        // A name that ends in an initial ("Р.", "Гаврилюк А.") matches its letters before a full stop;
        // the stop stays outside the span, as it may end the sentence too. A lone letter is never a
        // word of its own: "А" the name must not light up the conjunction "А" or the preposition "У".
        // A letter that is not a word ("Б", "Н") may be a name by itself ("криві А, Б та В") mid-sentence.
        const initial = lone ? base.endsWith('.') || ONE_LETTER_WORDS.includes(base.toLowerCase()) : endsInInitial(form);
        const letter = lone && !initial;
        keys.push({
          key: foldCase(initial ? form.replace(/\.$/, '') : form),
          entry: index,
          flags: (homonym || letter ? flags | FLAG_MIDSENTENCE : flags) | (initial ? FLAG_INITIAL : 0),
          priority: priority + (i === 0 ? entries.length : 0),
        });
        if (!(flags & (FLAG_CAPITAL | FLAG_ALLCAPS))) lowerStarts.add(keys[keys.length - 1].key[0]);
      });
    }
  });
  for (const [key, list] of surnames) {
    if (list.length < 2) continue;
    for (const i of list) out[i].surname = key;
  }
  return { format: GAZETTEER_FORMAT, entries: out, trie: encodeTrie(buildTrie(keys)), lowerStarts: [...lowerStarts].sort().join('') };
}

/** Letters that are words by themselves in uk, ru or en (conjunctions, prepositions, pronouns, "є"). */
const ONE_LETTER_WORDS = 'авзийікосуяєai';

/** A lone initial: one capital letter, or an initial with its full stop ("Р.", "Дж."). */
function isLoneInitial(base: string): boolean {
  return /^\p{Lu}$/u.test(base) || /^\p{Lu}\p{Ll}?\.$/u.test(base);
}

/** Whether the last word of a form is an initial with its full stop: "Гаврилюк А.", "Ілик Р.". */
function endsInInitial(form: string): boolean {
  return form.charCodeAt(form.length - 1) === 0x2e && /(^|[\s.])\p{Lu}\p{Ll}?\.$/u.test(form);
}

/**
 * Cyrillic acronyms that end in a consonant take lower-case case endings in running text: МИДа, МИДе,
 * ЮКОСом, ГУРу. Vowel-final ones (США, НАТО) do not. An ending that no writer uses simply never occurs.
 */
function acronymForms(base: string): string[] {
  if (!/[БВГҐДЖЗЙКЛМНПРСТФХЦЧШЩ]$/.test(base) || base.includes(' ')) return [base];
  return [base, ...['а', 'у', 'ом', 'е', 'і', 'ові'].map((e) => base + e)];
}

/** Makes the runtime matcher from a compiled gazetteer (decoding only; no trie building). */
export function loadGazetteer(compiled: CompiledGazetteer): Gazetteer {
  if (compiled.format !== GAZETTEER_FORMAT) throw new Error(`Unknown gazetteer format: ${String(compiled.format)}`);
  const alphabet = compiled.trie.alphabet;
  const classOf = classTable(alphabet);
  const records = packEncodedTrie(compiled.trie);
  // Where a match may start: the root's children, by class.
  const root = new Int32Array(alphabet.length + 1).fill(-1);
  for (let cls = 1; cls <= alphabet.length && records.length; cls++) root[cls] = packedChild(records, 0, cls);
  let lowerRoot = root;
  if (typeof compiled.lowerStarts === 'string') {
    lowerRoot = new Int32Array(root.length).fill(-1);
    for (const ch of compiled.lowerStarts) {
      const cls = alphabet.indexOf(ch) + 1;
      if (cls > 0) lowerRoot[cls] = root[cls];
    }
  }
  const spaceIndex = alphabet.indexOf(' ');
  const trie: LoadedTrie = { classOf, records, root, lowerRoot, spaceClass: spaceIndex < 0 ? -1 : spaceIndex + 1 };
  const entries = compiled.entries;
  let byName: Map<string, number> | undefined;
  return {
    size: entries.length,
    trie,
    entry: (i) => entries[i],
    entryFor(name) {
      if (!byName) {
        byName = new Map();
        entries.forEach((e, i) => {
          for (const n of [e.name, ...e.aliases]) {
            const k = foldCase(normalizeSpaces(n));
            if (!byName!.has(k)) byName!.set(k, i);
          }
        });
      }
      const i = byName.get(foldCase(normalizeSpaces(name)));
      return i === undefined ? undefined : entries[i];
    },
    scan: (text, onMatch) => scanText(trie, text, onMatch),
  };
}
