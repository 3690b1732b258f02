/**
 * The background's side of page analysis. The compiled gazetteer is megabytes (7 MB for 10,000
 * names, 36 MB for 50,000): sending it to every page cost seconds per page, so it stays here, loaded
 * once per version, and pages send their text instead (1 MB of text crosses the channel in a few ms).
 * After a service-worker restart the next request reloads it from the gazetteer cache's stored copy.
 */
import type { ActorSpan, AnalysisResult, Lang } from '../analyze/types';

/** The engine, passed in so this file stays free of the analyser's imports (tests use the real one). */
export interface AnalysisEngine<G> {
  load(compiled: unknown): G;
  findActors(text: string, gazetteer: G): ActorSpan[];
  analyze(text: string, gazetteer: G, opts: { published: string; lang?: Lang }): AnalysisResult;
  /**
   * Does up to `budgetMs` of the engine's deferred preparation (the date parsers' gates); true while
   * some remains. Cold, it is ~20 ms a language: done between requests, not before one.
   */
  prepare?(budgetMs: number): boolean;
}

/** One step of the engine's deferred preparation: other tabs' requests wait no longer than this. */
const PREPARE_STEP_MS = 4;
/**
 * The preparation starts this long after the reading that called for it: a worker just started
 * reads the primer as a page loads, and that page's text, which comes next, goes first.
 */
export const PREPARE_AFTER_MS = 250;

/** Where the compiled form comes from: the gazetteer cache (compiles after the user's actors change). */
export interface CompiledSource {
  get(): Promise<{ version: string; data: unknown }>;
}

export interface AnalysisService {
  names(req: { text: string }): Promise<{ actors: ActorSpan[] }>;
  full(req: { text: string; published: string; lang?: Lang }): Promise<Omit<AnalysisResult, 'text'>>;
  /** Loads the gazetteer ahead of the first page (worker start, after actors changed). */
  warm(): Promise<void>;
  /**
   * Loads the gazetteer and runs the engine once over a primer in `lang` (once per language and
   * worker), so a page in that language does not wait for V8 to compile the engine on first use.
   */
  prime(lang: Lang | undefined): Promise<void>;
}

/** A primer per language (utils/analyze/primer.ts), given to the service by its caller. */
export interface Primers {
  published: string;
  texts: Partial<Record<Lang, string>>;
}

export function createAnalysisService<G>(source: CompiledSource, engine: AnalysisEngine<G>, primers?: Primers): AnalysisService {
  let loaded: { version: string; value: G } | undefined;
  // Languages the engine has read in this worker: primed, or asked for by a page.
  const readIn = new Set<Lang>();

  const gazetteer = async (): Promise<G> => {
    // The cache answers from memory when nothing changed, so this is cheap on every request; it
    // waits (rather than fails) while a compile after an actor import is running.
    const { version, data } = await source.get();
    if (loaded?.version !== version) loaded = { version, value: engine.load(data) };
    return loaded.value;
  };

  // After the engine has read a language (a primer, a page), what it deferred is prepared a little
  // later, in short steps, each its own task, so a page's request is served between two of them.
  let preparing = false;
  const prepareSoon = () => {
    const { prepare } = engine;
    if (preparing || !prepare || !prepare(0)) return;
    preparing = true;
    const step = () => {
      if (prepare(PREPARE_STEP_MS)) setTimeout(step, 0);
      else preparing = false;
    };
    setTimeout(step, PREPARE_AFTER_MS);
  };

  return {
    async names({ text }) {
      return { actors: engine.findActors(text, await gazetteer()) };
    },
    async full({ text, published, lang }) {
      // The text is the caller's own: sending it back would double the reply for nothing.
      const { text: _text, ...rest } = engine.analyze(text, await gazetteer(), { published, lang });
      readIn.add(lang ?? rest.lang);
      prepareSoon();
      return rest;
    },
    async warm() {
      await gazetteer();
    },
    async prime(lang) {
      const loadedGazetteer = await gazetteer();
      const text = lang && primers?.texts[lang];
      if (!lang || !primers || !text || readIn.has(lang)) return;
      readIn.add(lang);
      engine.analyze(text, loadedGazetteer, { published: primers.published, lang });
      prepareSoon();
    },
  };
}
