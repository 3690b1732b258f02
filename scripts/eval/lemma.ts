/**
 * Base forms of proper names (utils/analyze/lemma.ts, what Track stores for a candidate): on every
 * PROPN span of UD uk-IU and ru-GSD (consecutive flat:name tokens = one name), the share whose guessed
 * base equals the gold lemma, overall and on inflected spans (surface ≠ lemma), where the guess matters.
 * The sentence is the only context, as a tooltip on a short page would have.
 * Run alone: `npx tsx scripts/eval/lemma.ts [dev|test]`.
 */
import { guessBaseForm } from '../../utils/analyze/lemma';
import { evalPath, readTsv } from './corpus';
import { ratio } from './score';
import type { Miss, Split, Task, TaskResult } from './types';
import { parsePropnTsv } from './ud-names';

const FILES = { uk: { dir: 'ud_uk_iu', stem: 'uk_iu' }, ru: { dir: 'ud_ru_gsd', stem: 'ru_gsd' } } as const;

function runLang(lang: 'uk' | 'ru', split: Split, limit?: number): TaskResult {
  const f = FILES[lang];
  const started = performance.now();
  let sentences = parsePropnTsv(readTsv(evalPath(f.dir, `${f.stem}_${split}_propn.tsv`)));
  if (limit) sentences = sentences.slice(0, limit);
  const misses: Miss[] = [];
  let all = 0, right = 0, inflected = 0, inflRight = 0, kept = 0, keptRight = 0;
  for (const s of sentences) {
    for (const g of s.spans) {
      const guess = guessBaseForm(g.surface, lang, { text: s.text }).name;
      const ok = guess === g.lemma;
      all++;
      if (ok) right++;
      if (g.surface !== g.lemma) {
        inflected++;
        if (ok) inflRight++;
      } else {
        kept++;
        if (ok) keptRight++;
      }
      if (!ok) misses.push({ key: `${tail(g.surface)} → ${tail(guess)} (gold ${tail(g.lemma)})`, example: `${g.surface} → ${guess}, gold ${g.lemma}` });
    }
  }
  return {
    task: 'lemma',
    lang,
    corpus: `UD ${lang === 'uk' ? 'uk-IU' : 'ru-GSD'} ${split} PROPN`,
    figures: [
      ratio('base-acc', right, all),
      ratio('base-acc-inflected', inflRight, inflected),
      ratio('base-acc-nominative', keptRight, kept, true),
    ],
    misses,
    items: all,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The ending a miss is about ("-ові → -ов"), so misses group by kind, not by name. */
function tail(s: string): string {
  return '-' + s.slice(-3);
}

export const lemma: Task = {
  name: 'lemma',
  async run(split, limit) {
    return [runLang('uk', split, limit), runLang('ru', split, limit)];
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const split = (process.argv[2] as Split) ?? 'dev';
  for (const r of await lemma.run(split)) {
    const figs = r.figures.map((x) => `${x.metric} ${(x.value * 100).toFixed(1)}% (${x.num}/${x.den})`).join(', ');
    console.log(`${r.corpus}: ${figs} in ${r.seconds?.toFixed(1)} s`);
    const counts = new Map<string, number>();
    for (const m of r.misses) counts.set(m.example, (counts.get(m.example) ?? 0) + 1);
    console.log('  misses:', [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([e, n]) => `${e} ×${n}`).join(' | '));
  }
}
