/**
 * English attributions (PolNeAR test split): content recall on direct and indirect attributions and
 * speaker accuracy among found ones. PolNeAR is staged as its test split only, so this task runs
 * with `--split test` alone.
 */
import { evalPath, readText } from './corpus';
import { engine } from './engine';
import { scoreAttributions, type AttributionDoc } from './attribution';
import type { Range } from './score';
import type { Task } from './types';

interface PolnearSpan {
  spans: [number, number][];
  text: string;
}

interface PolnearDoc {
  doc: string;
  publication_date: string;
  text: string;
  attributions: { source: PolnearSpan | null; content: PolnearSpan | null; direct_quote: boolean }[];
}

const ranges = (s: PolnearSpan): Range[] => s.spans.map(([start, end]) => ({ start, end })).sort((a, b) => a.start - b.start);

export function polnearDocs(jsonl: string): (AttributionDoc & { published: string })[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PolnearDoc)
    .map((d) => ({
      id: d.doc,
      text: d.text,
      published: d.publication_date,
      gold: d.attributions
        .filter((a) => a.content?.spans.length)
        .map((a) => ({
          content: ranges(a.content!),
          source: a.source ? ranges(a.source) : null,
          sourceText: a.source?.text ?? '',
          mode: a.direct_quote ? ('direct' as const) : ('indirect' as const),
        })),
    }));
}

export const claimsEn: Task = {
  name: 'claims-en',
  async run(split, limit) {
    const base = { task: 'claims-en', lang: 'en' as const, corpus: 'polnear_test' };
    if (split !== 'test') return [{ ...base, figures: [], misses: [], items: 0, skipped: 'PolNeAR is staged as its test split only: run with --split test' }];
    const e = await engine();
    if (typeof e === 'string') return [{ ...base, figures: [], misses: [], items: 0, skipped: e }];
    const docs = polnearDocs(readText(evalPath('polnear_test', 'polnear_test.jsonl'))).slice(0, limit);
    const predicted = docs.map((d) => e.analyze(d.text, null, { published: d.published, lang: 'en' }).claims);
    return [{ ...base, ...scoreAttributions(docs, predicted), items: docs.length }];
  },
};
