/** The printed table, the worst misses, and the floor check of `npm run eval`. */
import { worstMisses } from './score';
import type { Figure, Split, TaskResult } from './types';

export type Floors = Partial<Record<Split, Record<string, number>>>;

export const figureKey = (r: TaskResult, f: Figure): string => `${r.task}/${r.lang}/${r.corpus}/${f.metric}`;

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const count = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

export function table(results: TaskResult[]): string {
  const lines = [`${pad('task', 11)}${pad('lang', 5)}${pad('corpus', 26)}${pad('metric', 18)}${lpad('value', 7)}  counts`];
  for (const r of results) {
    const head = `${pad(r.task, 11)}${pad(r.lang, 5)}${pad(r.corpus, 26)}`;
    if (r.skipped) {
      lines.push(`${head}skipped: ${r.skipped}`);
      continue;
    }
    const time = r.seconds !== undefined ? `  [${r.items} items, ${r.seconds.toFixed(1)}s]` : '';
    r.figures.forEach((f, i) => {
      const mark = f.info ? ' (info)' : f.lower ? ' (lower is better)' : '';
      lines.push(`${i ? ' '.repeat(42) : head}${pad(f.metric, 18)}${lpad(f.value.toFixed(3), 7)}  ${count(f.num)}/${count(f.den)}${mark}${i ? '' : time}`);
    });
  }
  return lines.join('\n');
}

export function missesReport(results: TaskResult[], n = 5): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.skipped || !r.misses.length) continue;
    out.push(`\n## ${r.task} ${r.lang} ${r.corpus}: ${r.misses.length} misses, worst kinds:`);
    for (const m of worstMisses(r.misses, n)) out.push(`  ${lpad(String(m.count), 4)} × ${m.key}\n         e.g. ${m.example.slice(0, 220)}`);
  }
  return out.join('\n');
}

/** Figures under their floor (over their ceiling for lower-is-better rates), and floors with no figure. */
export function belowFloors(results: TaskResult[], floors: Record<string, number>): string[] {
  const failures: string[] = [];
  const seen = new Set<string>();
  for (const r of results)
    for (const f of r.figures) {
      const key = figureKey(r, f);
      const floor = floors[key];
      if (floor === undefined) continue;
      seen.add(key);
      const bad = f.lower ? f.value > floor : f.value < floor;
      if (bad) failures.push(`${key} = ${f.value.toFixed(3)} ${f.lower ? 'above ceiling' : 'below floor'} ${floor}`);
    }
  const ran = new Set(results.map((r) => `${r.task}/`));
  for (const key of Object.keys(floors))
    if (!seen.has(key) && ran.has(key.slice(0, key.indexOf('/') + 1))) failures.push(`${key}: floor set but no figure (task skipped or metric gone)`);
  return failures;
}
