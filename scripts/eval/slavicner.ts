/**
 * SlavicNER known-actor matching: a gazetteer of the split's base forms (one actor per cross-lingual
 * entity), exact-span precision/recall/F1 of the actors found, and how often a matched span carries
 * the right actor.
 */
import type { ActorSpan } from '../../utils/analyze/types';
import { engine } from './engine';
import { context, overlaps, prf, ratio, sameSpan } from './score';
import { gazetteerOf, loadSlavicNer, type NerDoc } from './slavicner-data';
import type { Figure, Miss, Task, TaskResult } from './types';

export function scoreActors(docs: NerDoc[], predicted: ActorSpan[][], idsOf: Map<string, Set<string>>): { figures: Figure[]; misses: Miss[] } {
  const misses: Miss[] = [];
  let gold = 0, preds = 0, tp = 0, rightName = 0;
  const byType = new Map<string, { n: number; found: number }>();
  docs.forEach((d, i) => {
    const pred = predicted[i];
    gold += d.mentions.length;
    preds += pred.length;
    for (const g of d.mentions) {
      const p = pred.find((x) => sameSpan(x, g));
      const t = byType.get(g.type) ?? { n: 0, found: 0 };
      byType.set(g.type, t);
      t.n++;
      if (p) {
        t.found++;
        tp++;
        if (idsOf.get(p.name)?.has(g.entity)) rightName++;
        else misses.push({ key: `wrong actor: ${g.lemma} (${g.entity}) → ${p.name}`, example: context(d.text, g) });
        continue;
      }
      const near = pred.find((x) => overlaps(x, g));
      const key = near ? `boundary: gold "${g.surface}", found "${near.text}"` : `missed ${g.type}: ${g.lemma} ← ${g.surface}`;
      misses.push({ key, example: context(d.text, g) });
    }
    for (const p of pred)
      if (!d.mentions.some((g) => sameSpan(g, p)) && !d.mentions.some((g) => overlaps(g, p)))
        misses.push({ key: `false match: "${p.text}" as ${p.name}`, example: context(d.text, p) });
  });
  const perType = [...byType].sort((a, b) => b[1].n - a[1].n).map(([type, t]) => ratio(`recall-${type}`, t.found, t.n, true));
  return { figures: [...prf(tp, preds, tp, gold), ratio('name-acc', rightName, tp), ...perType], misses };
}

export const slavicNer: Task = {
  name: 'slavicner',
  async run(split, limit) {
    const e = await engine();
    const byLang = { uk: loadSlavicNer('uk', split), ru: loadSlavicNer('ru', split) };
    const out: TaskResult[] = [];
    if (typeof e === 'string') {
      return (['uk', 'ru'] as const).map((lang) => ({ task: 'slavicner', lang, corpus: 'slavicner', figures: [], misses: [], items: 0, skipped: e }));
    }
    // The reader's gazetteer is one list for every language, so both languages' base forms go in.
    const { entries, idsOf } = gazetteerOf([...byLang.uk, ...byLang.ru]);
    const gaz = e.gazetteer(entries);
    for (const lang of ['uk', 'ru'] as const) {
      const docs = byLang[lang].slice(0, limit);
      const predicted = docs.map((d) => e.analyze(d.text, gaz, { published: '2020-01-01', lang }).actors);
      out.push({ task: 'slavicner', lang, corpus: 'slavicner', ...scoreActors(docs, predicted, idsOf), items: docs.length });
    }
    return out;
  },
};
