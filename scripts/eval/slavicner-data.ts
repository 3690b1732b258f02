/**
 * SlavicNER documents and mentions. Dev vs test follows the upstream cross-topic split: documents
 * listed in SPLIT_cross-topic_test.txt are the scoreboard, every other staged document is dev (for
 * Russian that is mostly russia_-_ukraine_war, which the test list leaves out).
 */
import { readdirSync } from 'node:fs';
import type { ActorKind, GazetteerEntry, Lang } from '../../utils/analyze/types';
import { evalPath, readText } from './corpus';
import { codePointToUtf16 } from './score';
import type { Split } from './types';

export interface Mention {
  start: number;
  end: number;
  surface: string;
  lemma: string;
  type: string;
  entity: string;
}

export interface NerDoc {
  /** `raw/<topic>/<lang>/<file>.txt`, as the SPLIT lists name it. */
  path: string;
  lang: 'uk' | 'ru';
  text: string;
  mentions: Mention[];
}

/** The raw file a mention file belongs to: X.tsv ↔ X.txt, X.txt.tsv ↔ X.txt. */
export function rawNameOf(tsvName: string): string {
  const stem = tsvName.replace(/\.tsv$/, '');
  return stem.endsWith('.txt') ? stem : `${stem}.txt`;
}

/** One mention line: start, end (code points), surface, base form, type, cross-lingual id. */
export function parseMentions(tsv: string, text: string): Mention[] {
  const toUtf16 = codePointToUtf16(text);
  return tsv
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((line) => {
      const [s, e, surface, lemma, type, entity] = line.split('\t');
      return { start: toUtf16(+s), end: toUtf16(+e), surface, lemma, type, entity: entity || `${type}-${lemma}` };
    });
}

let testList: Set<string> | undefined;
const testDocs = (): Set<string> =>
  (testList ??= new Set(readText(evalPath('slavicner', 'SPLIT_cross-topic_test.txt')).split(/\r?\n/).map((l) => l.trim())));

export function loadSlavicNer(lang: 'uk' | 'ru', split: Split): NerDoc[] {
  const docs: NerDoc[] = [];
  for (const topic of readdirSync(evalPath('slavicner', 'ner')).sort()) {
    let files: string[];
    try {
      files = readdirSync(evalPath('slavicner', 'ner', topic, lang)).sort();
    } catch {
      continue;
    }
    for (const f of files) {
      const path = `raw/${topic}/${lang}/${rawNameOf(f)}`;
      if (testDocs().has(path) !== (split === 'test')) continue;
      const text = readText(evalPath('slavicner', path));
      docs.push({ path, lang, text, mentions: parseMentions(readText(evalPath('slavicner', 'ner', topic, lang, f)), text) });
    }
  }
  return docs;
}

const KIND: Record<string, ActorKind | undefined> = { PER: 'person', ORG: 'org', LOC: 'place' };

function mostFrequent(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/**
 * One gazetteer entry per cross-lingual entity, from the base forms (never the surfaces) of the
 * given documents: the most frequent base form is the name, the others (both languages) aliases.
 * Also returns name → entity ids, to check canonical names.
 */
export function gazetteerOf(docs: NerDoc[]): { entries: GazetteerEntry[]; idsOf: Map<string, Set<string>> } {
  const lemmas = new Map<string, Map<string, number>>();
  const types = new Map<string, Map<string, number>>();
  const langOf = new Map<string, Lang>();
  for (const d of docs)
    for (const m of d.mentions) {
      const l = lemmas.get(m.entity) ?? new Map<string, number>();
      lemmas.set(m.entity, l);
      l.set(m.lemma, (l.get(m.lemma) ?? 0) + 1);
      if (!langOf.has(`${m.entity}\t${m.lemma}`)) langOf.set(`${m.entity}\t${m.lemma}`, d.lang);
      const t = types.get(m.entity) ?? new Map<string, number>();
      types.set(m.entity, t);
      t.set(m.type, (t.get(m.type) ?? 0) + 1);
    }
  const entries: GazetteerEntry[] = [];
  const idsOf = new Map<string, Set<string>>();
  for (const [entity, counts] of lemmas) {
    const name = mostFrequent(counts);
    const kind = KIND[mostFrequent(types.get(entity)!)];
    const aliases = [...counts.keys()].filter((l) => l !== name);
    entries.push({ name, ...(aliases.length ? { aliases } : {}), ...(kind ? { kind } : {}), lang: langOf.get(`${entity}\t${name}`) });
    const ids = idsOf.get(name) ?? new Set<string>();
    idsOf.set(name, ids);
    ids.add(entity);
  }
  return { entries, idsOf };
}
