/**
 * The engine's entry point: plain text in, actors, dates, claims and events out, the same for the
 * content script, the CLI and the eval. Pure: no DOM, no extension APIs.
 */
import { findActors } from './actors';
import { findCandidates } from './candidates';
import { findClaims } from './claims';
import { findDates } from './dates/index';
import { buildEvents } from './events';
import type { Gazetteer } from './gazetteer';
import { guessLang } from './lang';
import type { AnalysisResult, AnalyzeOptions } from './types';

export { findActors } from './actors';
export { findCandidates } from './candidates';
export { findClaims } from './claims';
export { dateGateStats, findDates, prepareDateGates } from './dates/index';
export { buildEvents } from './events';
export { compileGazetteer, loadGazetteer, type Gazetteer } from './gazetteer';
export { guessLang } from './lang';
export { segmentSentences } from './segment';

/** Analyses `text` published on `options.published`; without a gazetteer no actors are found. */
export function analyze(text: string, gazetteer: Gazetteer | null, options: AnalyzeOptions): AnalysisResult {
  const published = options.published.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new Error(`published must be YYYY-MM-DD, got ${options.published}`);
  const lang = options.lang ?? guessLang(text);
  const actors = gazetteer ? findActors(text, gazetteer) : [];
  const dates = findDates(text, published, lang);
  const claims = findClaims(text, actors, lang);
  const events = buildEvents(text, dates, actors, claims, published);
  const candidates = findCandidates(text, actors, lang);
  return { text, published, lang, actors, candidates, dates, claims, events };
}
