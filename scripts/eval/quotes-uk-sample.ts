/**
 * The Ukrainian claims check of issue #6 has no gold corpus, so it is done by hand: this prints 30
 * quotations in «…», „…“, “…” or "…" (four words or more, so names like «Північний потік» stay out) from the SlavicNER
 * Ukrainian texts (both splits unless --split says; nothing is tuned on this list), spread evenly over the documents, with what the engine made of each:
 * whether a claim covers the quotation and which speaker it gave. A person then marks each line.
 * --context N prints N characters either side of each quotation after the table, so the checker can
 * judge the speaker from the text itself rather than from the engine's answer.
 *   npx tsx scripts/eval/quotes-uk-sample.ts [--split all|dev|test] [--n 30] [--context 400]
 */
import { engine } from './engine';
import { overlapLength } from './score';
import { gazetteerOf, loadSlavicNer } from './slavicner-data';
import type { Split } from './types';

// Ukrainian sites write «…», „…“, “…” and straight "…" quotes alike.
// Every pair is matched, short ones too, so a short "ЄС" never leaves its closing mark to open the next.
const QUOTE = /«([^«»]{1,400})»|„([^„“”]{1,400})[“”]|“([^“”]{1,400})”|"([^"\n]{1,400})"/g;

async function main() {
  const args = process.argv.slice(2);
  const want = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all';
  const splits: Split[] = want === 'dev' || want === 'test' ? [want] : ['dev', 'test'];
  const n = args.includes('--n') ? Number(args[args.indexOf('--n') + 1]) : 30;
  const context = args.includes('--context') ? Number(args[args.indexOf('--context') + 1]) : 0;
  const e = await engine();
  if (typeof e === 'string') throw new Error(e);
  const docs = splits.flatMap((s) => loadSlavicNer('uk', s));
  const gaz = e.gazetteer(gazetteerOf([...docs, ...splits.flatMap((s) => loadSlavicNer('ru', s))]).entries);
  const all: { doc: string; start: number; end: number; text: string; docText: string }[] = [];
  for (const d of docs)
    for (const m of d.text.matchAll(QUOTE))
    {
      const inner = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (inner.length >= 12 && inner.trim().split(/\s+/).length >= 4) all.push({ doc: d.path, start: m.index!, end: m.index! + m[0].length, text: m[0], docText: d.text });
    }
  const step = Math.max(1, all.length / n);
  const picked = Array.from({ length: Math.min(n, all.length) }, (_, i) => all[Math.floor(i * step)]);
  console.log(`${picked.length} of ${all.length} «…» quotations (≥ 4 words) in SlavicNER uk ${splits.join('+')}\n`);
  console.log('| # | doc | quotation | found | speaker | verdict |\n|---|---|---|---|---|---|');
  const cache = new Map<string, ReturnType<typeof e.analyze>>();
  picked.forEach((q, i) => {
    const r = cache.get(q.doc) ?? e.analyze(q.docText, gaz, { published: '2020-01-01', lang: 'uk' });
    cache.set(q.doc, r);
    const claim = r.claims.filter((c) => overlapLength(c, q) > 0).sort((a, b) => overlapLength(b, q) - overlapLength(a, q))[0];
    const short = q.text.length > 90 ? `${q.text.slice(0, 87)}…` : q.text;
    console.log(`| ${i + 1} | ${q.doc.split('/').pop()} | ${short.replace(/\|/g, '/')} | ${claim ? 'yes' : 'no'} | ${claim?.speaker ?? '—'} |  |`);
  });
  if (context > 0)
    picked.forEach((q, i) => {
      const before = q.docText.slice(Math.max(0, q.start - context), q.start);
      const after = q.docText.slice(q.end, q.end + context);
      console.log(`\n### ${i + 1} ${q.doc.split('/').pop()}\n${before}[[${q.text}]]${after}`.replace(/\n{2,}(?!###)/g, '\n'));
    });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
});
