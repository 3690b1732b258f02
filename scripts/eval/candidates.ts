/**
 * Candidate actors on SlavicNER Ukrainian with an empty gazetteer: do the suggested names cover the
 * gold mentions (a new reader's store should fill itself), and are the suggestions names at all?
 */
import type { CandidateSpan } from '../../utils/analyze/types';
import { engine } from './engine';
import { context, overlaps, ratio, sameSpan } from './score';
import { loadSlavicNer, type NerDoc } from './slavicner-data';
import type { Figure, Miss, Task } from './types';

export function scoreCandidates(docs: NerDoc[], predicted: CandidateSpan[][]): { figures: Figure[]; misses: Miss[] } {
  const misses: Miss[] = [];
  let gold = 0, covered = 0, exact = 0, preds = 0, good = 0;
  docs.forEach((d, i) => {
    const pred = predicted[i];
    gold += d.mentions.length;
    preds += pred.length;
    for (const g of d.mentions) {
      if (pred.some((p) => sameSpan(p, g))) exact++;
      if (pred.some((p) => overlaps(p, g))) covered++;
      else misses.push({ key: `uncovered ${g.type}: ${g.lemma}`, example: context(d.text, g) });
    }
    for (const p of pred) {
      if (d.mentions.some((g) => overlaps(g, p))) good++;
      else misses.push({ key: `not a name: "${p.text}"`, example: context(d.text, p) });
    }
  });
  return {
    figures: [ratio('coverage', covered, gold), ratio('precision', good, preds), ratio('exact-span-recall', exact, gold, true)],
    misses,
  };
}

export const candidates: Task = {
  name: 'candidates',
  async run(split, limit) {
    const e = await engine();
    if (typeof e === 'string') return [{ task: 'candidates', lang: 'uk', corpus: 'slavicner', figures: [], misses: [], items: 0, skipped: e }];
    const docs = loadSlavicNer('uk', split).slice(0, limit);
    const predicted = docs.map((d) => e.analyze(d.text, null, { published: '2020-01-01', lang: 'uk' }).candidates);
    return [{ task: 'candidates', lang: 'uk', corpus: 'slavicner', ...scoreCandidates(docs, predicted), items: docs.length }];
  },
};
