/**
 * Ukrainian date detection on NER-UK 2.0. Upstream stages only its TEST split, so this task runs with
 * `--split test` alone: tuning on it would turn the scoreboard into training data. Recall is over
 * DATE spans; precision (information) counts a found date as right when it overlaps a DATE, PERIOD or
 * TIME span, since "з 2010 по 2015 рік" is a period the engine rightly reads as a date range.
 */
import { readdirSync } from 'node:fs';
import { evalPath, readText } from './corpus';
import { dateFinder } from './engine';
import { context, overlaps, ratio, type Range } from './score';
import type { Figure, Miss, Task } from './types';
import type { DateSpan } from '../../utils/analyze/types';

export interface AnnSpan extends Range {
  type: string;
  surface: string;
}

export interface AnnDoc {
  id: string;
  text: string;
  spans: AnnSpan[];
}

/** brat-like lines "T1<TAB>TYPE<TAB>start<TAB>end<TAB>surface"; continuation lines have fewer fields. */
export function parseAnn(ann: string): AnnSpan[] {
  return ann
    .split(/\r?\n/)
    .map((l) => l.split('\t'))
    .filter((f) => f.length >= 5 && /^T\d+$/.test(f[0]))
    .map(([, type, s, e, surface]) => ({ type, start: +s, end: +e, surface }));
}

export function loadNerUk(): AnnDoc[] {
  const dir = evalPath('ner_uk_v2', 'test');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.slice(0, -4), text: readText(`${dir}/${f}`), spans: parseAnn(readText(`${dir}/${f.slice(0, -4)}.ann`)) }));
}

const DATEISH = new Set(['DATE', 'PERIOD', 'TIME']);

export function scoreDateRecall(docs: AnnDoc[], predicted: DateSpan[][]): { figures: Figure[]; misses: Miss[] } {
  const misses: Miss[] = [];
  let gold = 0, found = 0, preds = 0, good = 0;
  docs.forEach((d, i) => {
    const pred = predicted[i];
    for (const g of d.spans.filter((s) => s.type === 'DATE')) {
      gold++;
      if (pred.some((p) => overlaps(p, g))) found++;
      else misses.push({ key: `missed: "${g.surface.toLowerCase().replace(/\d/g, '9')}"`, example: `${d.id}: ${context(d.text, g)}` });
    }
    for (const p of pred) {
      preds++;
      if (d.spans.some((s) => DATEISH.has(s.type) && overlaps(s, p))) good++;
      else misses.push({ key: `false: "${p.text.toLowerCase().replace(/\d/g, '9')}"`, example: `${d.id}: ${context(d.text, p)}` });
    }
  });
  return { figures: [ratio('recall', found, gold), ratio('precision', good, preds, true)], misses };
}

export const datesUk: Task = {
  name: 'dates-uk',
  async run(split, limit) {
    const base = { task: 'dates-uk', lang: 'uk' as const, corpus: 'ner_uk_v2', figures: [], misses: [], items: 0 };
    if (split !== 'test') return [{ ...base, skipped: 'NER-UK has only a test split: run with --split test' }];
    const find = await dateFinder();
    if (typeof find === 'string') return [{ ...base, skipped: find }];
    const docs = loadNerUk().slice(0, limit);
    // NER-UK states no publication dates; detection does not depend on the reference day.
    const predicted = docs.map((d) => find(d.text, '2019-01-01', 'uk'));
    return [{ ...base, ...scoreDateRecall(docs, predicted), items: docs.length }];
  },
};
