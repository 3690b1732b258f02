/** Where the corpora live and how to read their plain formats. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** `../shared/eval` next to the repo, or DOSSIER_EVAL_DIR. */
export const EVAL_DIR = process.env.DOSSIER_EVAL_DIR ?? resolve(import.meta.dirname, '../../../shared/eval');

export const evalPath = (...parts: string[]): string => resolve(EVAL_DIR, ...parts);

export const readText = (path: string): string => readFileSync(path, 'utf8');

/** A cell as pandas writes it: wrapped in quotes, with inner quotes doubled, when it holds a quote. */
export function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

/** A TSV with a header row → one object per line (no cell in these corpora spans lines). */
export function parseTsv(tsv: string): Record<string, string>[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.length);
  const head = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t').map(unquote);
    return Object.fromEntries(head.map((h, i) => [h, cells[i] ?? '']));
  });
}

export const readTsv = (path: string): Record<string, string>[] => parseTsv(readText(path));

/** Names of test splits by the house rule: `*test*`, `SPLIT_*test*`, `te3-platinum`. */
export const isTestName = (name: string): boolean => /test|te3-platinum/i.test(name);
