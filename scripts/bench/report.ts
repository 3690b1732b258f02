/**
 * The bench's output: a table of medians with ratios against the content script (printed, and
 * written as markdown to scripts/bench/RESULTS.md), and one JSON line of the headline figures.
 */
export interface Row {
  page: string;
  gazetteer: string;
  engine: string;
  runs: number;
  /** All names highlighted on the first load after the browser started, ms (engine runs only; not in the medians). */
  coldMs?: number;
  /** Median time to the first highlight, ms (engine runs only). */
  firstMs?: number;
  /** Median time until every name is highlighted, ms (for a baseline: its call's time). */
  namesMs: number;
  /** Median time until dates, claims and candidates are highlighted too (engine runs only). */
  fullMs?: number;
  highlights: number;
  /** Long tasks over 50 ms, per run (median), and the longest seen in any run. */
  longTasks: number;
  longestTaskMs: number;
  peakHeapMb?: number;
  note?: string;
}

export const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const fmt = (x: number | undefined, digits = 0) => (x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits));

/** "×" ratio of a baseline against the content script on the same page and gazetteer. */
function ratio(rows: Row[], row: Row): string {
  if (row.engine === 'dossier' || row.note?.startsWith('error')) return '';
  const ours = rows.find((r) => r.engine === 'dossier' && r.page === row.page && r.gazetteer === row.gazetteer);
  if (!ours) return '';
  const x = row.namesMs / ours.namesMs;
  return x >= 1 ? `Dossier ${x.toFixed(1)}× faster` : `Dossier ${(1 / x).toFixed(1)}× slower`;
}

export function markdownTable(rows: Row[]): string {
  const head = '| page | gazetteer | highlighter | runs | first highlight ms | all names highlighted ms | + dates, claims, candidates ms | highlights found | long tasks >50 ms (median per run; longest) | peak JS heap MB | names: vs Dossier | first load after start: all names ms |';
  const sep = '|' + ' --- |'.repeat(12);
  const lines = rows.map((r) =>
    `| ${r.page} | ${r.gazetteer} | ${r.engine} | ${r.runs} | ${fmt(r.firstMs)} | ${r.note?.startsWith('error') ? r.note : fmt(r.namesMs)} | ${fmt(r.fullMs)} | ${r.highlights} | ${r.longTasks}; ${fmt(r.longestTaskMs)} ms | ${fmt(r.peakHeapMb, 1)} | ${ratio(rows, r)} | ${fmt(r.coldMs)} |`,
  );
  return [head, sep, ...lines].join('\n');
}

export function printTable(rows: Row[]): void {
  console.log(markdownTable(rows));
}
