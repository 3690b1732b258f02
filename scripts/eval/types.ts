/**
 * Shapes shared by every benchmark of `npm run eval`. A task returns figures (each with the counts
 * behind it, so a reader can judge how much a number means) and the misses worth fixing next.
 */
import type { Lang } from '../../utils/analyze/types';

export type Split = 'dev' | 'test';

export interface Figure {
  /** e.g. "recall", "precision", "f1", "value-acc". */
  metric: string;
  value: number;
  /** Numerator and denominator behind `value` (for F1: true positives and gold + predicted / 2). */
  num: number;
  den: number;
  /** Informational figures are printed but never checked against floors. */
  info?: boolean;
  /** A rate where less is better (false matches): its floor is a ceiling. */
  lower?: boolean;
}

export interface Miss {
  /** What went wrong, grouped: the same key across docs is counted once with its frequency. */
  key: string;
  /** One concrete occurrence, with a little context. */
  example: string;
}

export interface TaskResult {
  task: string;
  lang: Lang | 'mul';
  corpus: string;
  figures: Figure[];
  misses: Miss[];
  /** Why a task produced no figures (engine piece missing, corpus is test-only, …). */
  skipped?: string;
  /** Number of documents / sentences / phrases run. */
  items: number;
  seconds?: number;
}

export interface Task {
  name: string;
  /** One result per language/corpus. */
  run(split: Split, limit?: number): Promise<TaskResult[]>;
}
