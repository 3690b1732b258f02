/**
 * UD Ukrainian-IU and Russian-GSD: every proper-noun span, found with a gazetteer holding only the
 * split's lemmas (base forms). Measures recall overall and on inflected spans (surface ≠ lemma),
 * and how often a match lands where no proper noun stands ("віра" the word, not Віра the name).
 */
import { existsSync } from 'node:fs';
import type { GazetteerEntry, Lang } from '../../utils/analyze/types';
import { evalPath, readText, readTsv } from './corpus';
import { engine } from './engine';
import { context, overlaps, ratio, sameSpan, words, type Range } from './score';
import type { Miss, Split, Task, TaskResult } from './types';

export interface UdSpan extends Range {
  surface: string;
  lemma: string;
}

export interface UdSentence {
  id: string;
  text: string;
  spans: UdSpan[];
  /** Every PROPN token, for telling a false match from a match inside a name. */
  tokens: Range[];
}

/** Sentences with their PROPN spans from the derived TSV (consecutive flat:name tokens = one span). */
export function parsePropnTsv(rows: Record<string, string>[]): UdSentence[] {
  const byId = new Map<string, UdSentence>();
  const spanTokens = new Map<string, Record<string, string>[]>();
  for (const r of rows) {
    let s = byId.get(r.sentence_id);
    if (!s) byId.set(r.sentence_id, (s = { id: r.sentence_id, text: r.sentence, spans: [], tokens: [] }));
    s.tokens.push({ start: +r.start, end: +r.end });
    const list = spanTokens.get(r.span_id) ?? [];
    if (!list.length) spanTokens.set(r.span_id, list);
    list.push(r);
  }
  for (const toks of spanTokens.values()) {
    const s = byId.get(toks[0].sentence_id)!;
    const start = Math.min(...toks.map((t) => +t.start));
    const end = Math.max(...toks.map((t) => +t.end));
    s.spans.push({ start, end, surface: s.text.slice(start, end), lemma: toks.map((t) => t.lemma).join(' ') });
  }
  return [...byId.values()];
}

/** Sentences of a CoNLL-U file that hold no proper noun: where every match is a false one. */
export function sentencesWithout(conllu: string, ids: Set<string>): UdSentence[] {
  const out: UdSentence[] = [];
  let id = '';
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# sent_id = ')) id = line.slice(12).trim();
    else if (line.startsWith('# text = ') && !ids.has(id)) out.push({ id, text: line.slice(9), spans: [], tokens: [] });
  }
  return out;
}

/** The gold name counts as found under `name` if the lemma's words are all in it ("Лукашенко" in "Олександр Лукашенко"). */
export function nameMatches(name: string, lemma: string): boolean {
  const have = new Set(words(name));
  return words(lemma).every((w) => have.has(w));
}

export interface Predicted extends Range {
  text: string;
  name: string;
}

export function scoreUd(sentences: UdSentence[], predicted: Predicted[][]): { figures: ReturnType<typeof ratio>[]; misses: Miss[] } {
  const misses: Miss[] = [];
  let gold = 0, found = 0, touched = 0, inflected = 0, inflFound = 0, preds = 0, falseMatches = 0;
  sentences.forEach((s, i) => {
    const pred = predicted[i];
    for (const g of s.spans) {
      const isInfl = g.surface !== g.lemma;
      gold++;
      if (isInfl) inflected++;
      const exact = pred.find((p) => sameSpan(p, g));
      const ok = !!exact && nameMatches(exact.name, g.lemma);
      if (pred.some((p) => overlaps(p, g))) touched++;
      if (ok) {
        found++;
        if (isInfl) inflFound++;
      } else {
        const key = exact ? `wrong name: ${g.lemma} → ${exact.name}` : `missed: ${g.lemma} ← ${g.surface}`;
        misses.push({ key, example: context(s.text, g) });
      }
    }
    for (const p of pred) {
      preds++;
      if (!s.tokens.some((t) => overlaps(t, p))) {
        falseMatches++;
        misses.push({ key: `false match: "${p.text}" as ${p.name}`, example: context(s.text, p) });
      }
    }
  });
  return {
    figures: [
      ratio('recall', found, gold),
      ratio('recall-inflected', inflFound, inflected),
      { ...ratio('false-match', falseMatches, preds), lower: true },
      ratio('recall-overlap', touched, gold, true),
    ],
    misses,
  };
}

const FILES: Record<'uk' | 'ru', { dir: string; stem: string; conllu: string }> = {
  uk: { dir: 'ud_uk_iu', stem: 'uk_iu', conllu: 'uk_iu-ud-{split}.conllu' },
  ru: { dir: 'ud_ru_gsd', stem: 'ru_gsd', conllu: 'ru_gsd-ud-{split}.conllu' },
};

export function loadUd(lang: 'uk' | 'ru', split: Split): UdSentence[] {
  const f = FILES[lang];
  const positive = parsePropnTsv(readTsv(evalPath(f.dir, `${f.stem}_${split}_propn.tsv`)));
  const conllu = evalPath(f.dir, f.conllu.replace('{split}', split));
  // Russian dev keeps only the PROPN extract upstream, so its false-match rate is measured on PROPN sentences alone.
  const negative = existsSync(conllu) ? sentencesWithout(readText(conllu), new Set(positive.map((s) => s.id))) : [];
  return [...positive, ...negative];
}

export const udNames: Task = {
  name: 'ud-names',
  async run(split, limit) {
    const e = await engine();
    const out: TaskResult[] = [];
    for (const lang of ['uk', 'ru'] as const) {
      const corpus = FILES[lang].dir;
      if (typeof e === 'string') {
        out.push({ task: 'ud-names', lang, corpus, figures: [], misses: [], items: 0, skipped: e });
        continue;
      }
      const sentences = loadUd(lang, split).slice(0, limit);
      const lemmas = new Set(sentences.flatMap((s) => s.spans.map((g) => g.lemma)));
      const entries: GazetteerEntry[] = [...lemmas].map((name) => ({ name, lang: lang as Lang }));
      const gaz = e.gazetteer(entries);
      const predicted = sentences.map((s) =>
        e.analyze(s.text, gaz, { published: '2020-01-01', lang }).actors.map((a) => ({ start: a.start, end: a.end, text: a.text, name: a.name })),
      );
      out.push({ task: 'ud-names', lang, corpus, ...scoreUd(sentences, predicted), items: sentences.length });
    }
    return out;
  },
};
