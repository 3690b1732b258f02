/**
 * `npm run eval`: every benchmark in ../shared/eval run through the engine the content script uses.
 *   --split dev|test   dev (default) for tuning and CI; test is the scoreboard, never tuned on
 *   --task NAME        one task (repeatable, or comma-separated)
 *   --limit N          first N items per corpus (a quick look while debugging)
 *   --misses N         worst-miss kinds shown per corpus (default 5)
 *   --json             end with one JSON line holding every figure
 *   --check            exit 1 when a figure falls below scripts/eval/floors.json for this split
 *   --floors FILE      another floors file for --check
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findDates, prepareDateGates } from '../utils/analyze';
import { PRIMER_PUBLISHED, PRIMER_TEXTS } from '../utils/analyze/primer';
import { candidates } from './eval/candidates';
import { claimsEn } from './eval/claims-en';
import { claimsRu } from './eval/claims-ru';
import { datesEn } from './eval/dates-en';
import { datesUk } from './eval/dates-uk';
import { duckling } from './eval/duckling';
import { lemma } from './eval/lemma';
import { published } from './eval/published';
import { belowFloors, figureKey, missesReport, table, type Floors } from './eval/report';
import { slavicNer } from './eval/slavicner';
import type { Split, Task, TaskResult } from './eval/types';
import { udNames } from './eval/ud-names';

const TASKS: Task[] = [udNames, slavicNer, candidates, datesEn, datesUk, duckling, claimsRu, claimsEn, published, lemma];

interface Options {
  split: Split;
  tasks: string[];
  limit?: number;
  misses: number;
  json: boolean;
  check: boolean;
  floors: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { split: 'dev', tasks: [], misses: 5, json: false, check: false, floors: resolve(import.meta.dirname, 'eval/floors.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--split') {
      const v = value();
      if (v !== 'dev' && v !== 'test') throw new Error('--split is dev or test');
      o.split = v;
    } else if (a === '--task') o.tasks.push(...value().split(','));
    else if (a === '--limit') o.limit = Number(value());
    else if (a === '--misses') o.misses = Number(value());
    else if (a === '--json') o.json = true;
    else if (a === '--check') o.check = true;
    else if (a === '--floors') o.floors = resolve(value());
    else throw new Error(`unknown option ${a}`);
  }
  for (const t of o.tasks) if (!TASKS.some((x) => x.name === t)) throw new Error(`unknown task ${t}; tasks: ${TASKS.map((x) => x.name).join(', ')}`);
  return o;
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  const chosen = o.tasks.length ? TASKS.filter((t) => o.tasks.includes(t.name)) : TASKS;
  const results: TaskResult[] = [];
  const started = performance.now();
  // As in the extension's worker, which reads a primer per language and then, idle, prepares the
  // date parsers' gates (utils/analyze/dates/cheap-parsers.ts): the figures are the gated engine's.
  for (const lang of ['uk', 'ru', 'en'] as const) findDates(PRIMER_TEXTS[lang], PRIMER_PUBLISHED, lang);
  prepareDateGates();
  for (const t of chosen) {
    const t0 = performance.now();
    const rs = await t.run(o.split, o.limit);
    const seconds = (performance.now() - t0) / 1000;
    for (const r of rs) results.push({ ...r, seconds: seconds / rs.length });
    process.stderr.write(`eval: ${t.name} done in ${seconds.toFixed(1)}s\n`);
  }
  console.log(`Dossier eval, split ${o.split}, ${((performance.now() - started) / 1000).toFixed(1)}s\n`);
  console.log(table(results));
  if (o.misses > 0) console.log(missesReport(results, o.misses));
  let failures: string[] = [];
  if (o.check) {
    if (!existsSync(o.floors)) throw new Error(`no floors file ${o.floors}`);
    const floors = (JSON.parse(readFileSync(o.floors, 'utf8')) as Floors)[o.split] ?? {};
    failures = belowFloors(results, floors);
    console.log(failures.length ? `\nFLOOR CHECK FAILED:\n  ${failures.join('\n  ')}` : `\nfloor check: ${Object.keys(floors).length} floors held`);
  }
  if (o.json) {
    const figures = results.flatMap((r) => r.figures.map((f) => ({ key: figureKey(r, f), ...f })));
    const skipped = results.filter((r) => r.skipped).map((r) => ({ task: r.task, lang: r.lang, corpus: r.corpus, why: r.skipped }));
    console.log(JSON.stringify({ split: o.split, figures, skipped, failures }));
  }
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
