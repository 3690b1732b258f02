/**
 * One reading session on one page: extract -> analyse (in slices) -> highlight -> store, plus the
 * tooltip and keyboard wiring. Everything the content script does lives here, with the engine and
 * the message client passed in, so it runs under happy-dom in tests with a fake background.
 */
import { guessBaseForm, type BaseGuess } from '../analyze/lemma';
import type { ActorSpan, AnalysisResult, Lang } from '../analyze/types';
import type { RequestOf, RequestType, ResponseOf } from '../messages/protocol';
import type { TooltipDetails, Translate } from '../../components/Tooltip';
import { extractText, type ExtractOptions } from '../page/extract';
import { publishedDay, readPageInfo } from '../page/metadata';
import { analyzeInSlices, mergeResults, withinRegion, type Slice } from '../page/scan';
import { inTimeSlices, slicesInReadingOrder } from '../page/reading-order';
import { watchChanges, type Watcher } from '../page/watch';
import { entriesFor } from './entries';
import { bindInteraction } from './interaction';
import type { HighlightEntry } from './names';
import { HighlightPainter } from './painter';
import { injectHighlightStyles } from './styles';
import { TooltipHost } from './tooltip-host';

export type Send = <T extends RequestType>(type: T, payload: Omit<RequestOf<T>, 'type'>) => Promise<ResponseOf<T>>;

export interface SessionDeps<G> {
  doc: Document;
  location: Pick<Location, 'href'>;
  send: Send;
  loadGazetteer(data: unknown): G;
  analyze(text: string, gazetteer: G, opts: { published: string; lang?: Lang }): AnalysisResult;
  /**
   * Names only, with the compiled trie: when given (and highlights need no DOM changes), every name
   * on the page is drawn first, before the slower rest of the engine runs.
   */
  findActors?(text: string, gazetteer: G): ActorSpan[];
  t: Translate;
  extract?: ExtractOptions;
  /** Gives the main thread back between analysis slices. */
  yieldToPage?: () => Promise<void>;
  forceFallback?: boolean;
  /** Characters per analysis slice (see utils/page/scan.ts). */
  sliceChars?: number;
  now?: () => Date;
  /** Watch the page for added text (on in the content script; tests drive rescans directly). */
  watch?: boolean;
  /** Saves a highlighted claim as a clip (the tooltip's "Clip" button); no button without it. */
  onClip?: (entry: HighlightEntry) => Promise<void>;
}

export interface Session {
  painter: HighlightPainter;
  tooltip: TooltipHost;
  /** The last full analysis of the page (offsets into the extracted text). */
  result: AnalysisResult | null;
  /** Re-reads the whole page (after the gazetteer changed, e.g. a name was tracked). */
  rescan(): Promise<void>;
  /** Re-reads only these subtrees (text the page added or changed), highlights only. */
  rescanWithin(roots: Element[]): Promise<void>;
  stop(): void;
}

/** Names are scanned in slices this big, several per time budget (a slice takes a few ms). */
const NAME_SLICE_CHARS = 50_000;
/** Main-thread time before giving the page a turn: well under the 50 ms of a long task. */
const SLICE_BUDGET_MS = 20;
/**
 * The whole engine (dates, claims, events) reads this much text at most, starting where the reader
 * is: past it, on feeds of megabytes, only names are highlighted. It costs ~5 s of CPU per MB.
 */
const MAX_ANALYSED_CHARS = 600_000;

/** See `paint` in rescan(). */
const PAINT_EVERY_MS = 250;

/** Timeline marks the page can read (the content script shares the page's performance timeline). */
const mark = (name: string) => {
  try {
    performance.mark(`dossier:${name}`);
  } catch {
    // performance.mark is missing or refuses in some test DOMs; timings are optional.
  }
};

const shift = <T extends { start: number; end: number }>(items: T[], by: number): T[] =>
  by === 0 ? items : items.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));

/** The text the store keeps for selectors: skipped on huge pages, where it would only cost memory. */
const MAX_STORED_TEXT = 500_000;

const asLang = (lang: string): Lang | undefined => (lang === 'uk' || lang === 'ru' || lang === 'en' ? lang : undefined);

export async function startSession<G>(deps: SessionDeps<G>): Promise<Session> {
  const { doc, send } = deps;
  const controller = new AbortController();
  const painter = new HighlightPainter(doc, { forceFallback: deps.forceFallback });
  const removeStyles = injectHighlightStyles(doc);
  const tooltip = new TooltipHost(doc, deps.t, () => painter.focus(null));
  let info = readPageInfo(doc, deps.location, deps.now?.());
  let published = publishedDay(info, deps.now?.());
  let readHref = deps.location.href;
  let watcher: Watcher | null = null;
  // Re-scans of changed blocks wait for a full read in progress, which would otherwise wipe them.
  let whenDrawn: Promise<void> = Promise.resolve();
  const quietly = <T>(fn: () => T): T => (watcher ? watcher.ignore(fn) : fn());
  let gazetteer: { version: string; value: G } | null = null;

  const loadGazetteer = async () => {
    const { version, data } = await send('gazetteer/get', {});
    mark('gazetteer-received');
    if (gazetteer?.version !== version) gazetteer = { version, value: deps.loadGazetteer(data) };
    return gazetteer.value;
  };

  const details = (entry: HighlightEntry): Promise<TooltipDetails> => {
    const excludeUrl = info.url;
    const d = entry.data;
    if (d.kind === 'actor') return send('related/actor', { name: d.span.name, excludeUrl }).then((res) => ({ kind: 'actor', res }));
    if (d.kind === 'date') return send('related/date', { value: d.span.value, excludeUrl }).then((res) => ({ kind: 'date', res }));
    if (d.kind === 'claim') {
      return send('related/claim', { text: d.span.text, speaker: d.span.speaker, excludeUrl }).then((res) => ({ kind: 'claim', res }));
    }
    return Promise.resolve({ kind: 'none' });
  };

  const analyzeText = async (text: string) => {
    const g = await loadGazetteer();
    // Without <html lang>, the first slice's guess holds for the rest: a page has one language, and
    // a short slice of names and numbers would guess worse.
    let lang = asLang(info.lang);
    const analyzeSlice = (slice: string) => {
      const result = deps.analyze(slice, g, { published, lang });
      lang ??= result.lang;
      return result;
    };
    return analyzeInSlices(text, analyzeSlice, { published, lang: lang ?? 'uk' }, {
      yieldToPage: deps.yieldToPage,
      maxChars: deps.sliceChars,
      signal: controller.signal,
    });
  };

  const session: Session = {
    painter,
    tooltip,
    result: null,
    async rescan() {
      // A single-page app may have navigated: the page is then another article.
      readHref = deps.location.href;
      info = readPageInfo(doc, deps.location, deps.now?.());
      published = publishedDay(info, deps.now?.());
      // Asked for first: the background's reply travels while the page's text is extracted.
      const gazetteerReady = loadGazetteer();
      gazetteerReady.catch(() => undefined);
      const page = extractText(doc, deps.extract);
      mark('extracted');
      const g = await gazetteerReady;
      mark('gazetteer-loaded');
      if (controller.signal.aborted) return;
      // Without <html lang>, the first slice's guess holds for the rest: a page has one language.
      let lang = asLang(info.lang);
      const scrolled = (doc.defaultView?.scrollY ?? 0) > 0;
      // Every change to CSS.highlights makes the browser repaint all of them, which on a page of
      // megabytes costs more than finding them: the first batch is drawn at once, later ones are
      // gathered and drawn at most every PAINT_EVERY_MS, less often on big pages, where a repaint of
      // tens of thousands of ranges takes longer itself (5 MB: every ~3 s).
      const paintEvery = Math.max(PAINT_EVERY_MS, page.text.length / 1000);
      let first = true;
      let pending: HighlightEntry[] = [];
      let paintedAt = 0;
      const paint = (entries: HighlightEntry[], force = false) => {
        if (entries.length) pending = pending.length ? pending.concat(entries) : entries;
        const now = performance.now();
        if (!pending.length || (!first && !force && now - paintedAt < paintEvery)) return;
        const batch = pending;
        pending = [];
        paintedAt = now;
        quietly(() => painter.add(batch));
        if (first) mark('first-highlight');
        first = false;
      };
      quietly(() => painter.clear());
      // Names first, over the whole page: the trie makes this close to one read of the text.
      const findNames = painter.native ? deps.findActors : undefined;
      if (findNames) {
        await inTimeSlices(
          slicesInReadingOrder(page, NAME_SLICE_CHARS, scrolled),
          (s) => paint(entriesFor(page, { actors: shift(findNames(page.text.slice(s.start, s.end), g), s.start), dates: [], claims: [], candidates: [] })),
          { budgetMs: SLICE_BUDGET_MS, yieldToPage: deps.yieldToPage, signal: controller.signal },
        );
      }
      paint([], true);
      mark('names-highlighted');
      // Then the whole engine in small slices (dates, claims, candidates, events), up to a cap.
      const parts: { slice: Slice; result: AnalysisResult }[] = [];
      const slices: Slice[] = [];
      let read = 0;
      for (const s of slicesInReadingOrder(page, deps.sliceChars ?? 20_000, scrolled)) {
        if (read >= MAX_ANALYSED_CHARS) break;
        slices.push(s);
        read += s.end - s.start;
      }
      for (let i = 0; i < slices.length; i++) {
        if (controller.signal.aborted) return;
        const s = slices[i];
        const result = deps.analyze(page.text.slice(s.start, s.end), g, { published, lang });
        lang ??= result.lang;
        parts.push({ slice: s, result });
        const shifted = { actors: findNames ? [] : shift(result.actors, s.start), dates: shift(result.dates, s.start), claims: shift(result.claims, s.start), candidates: shift(result.candidates, s.start) };
        paint(entriesFor(page, shifted));
        if (i < slices.length - 1) await deps.yieldToPage?.();
      }
      if (controller.signal.aborted) return;
      paint([], true);
      mark('all-highlights');
      parts.sort((a, b) => a.slice.start - b.slice.start);
      const result = mergeResults(page.text, parts, { published, lang: lang ?? 'uk' });
      session.result = result;
      // The store gets what the article says, not the navigation, teasers and sidebars around it.
      const stored = withinRegion(result, page.main.start, page.main.end);
      const { text, ...rest } = stored;
      await send('page/analyzed', { page: info, result: text.length <= MAX_STORED_TEXT ? { ...rest, text } : rest });
    },
    async rescanWithin(roots) {
      if (deps.location.href !== readHref) return session.rescan();
      for (const root of roots) {
        if (!root.isConnected) continue;
        quietly(() => painter.removeWithin(root));
        const page = extractText(root, deps.extract);
        if (!page.text.trim()) continue;
        const result = await analyzeText(page.text);
        if (controller.signal.aborted) return;
        quietly(() => painter.add(entriesFor(page, result)));
      }
    },
    stop() {
      controller.abort();
      watcher?.stop();
      unbind();
      tooltip.destroy();
      painter.clear();
      removeStyles();
    },
  };

  /** A candidate's base form, guessed only when its tooltip opens (never for every candidate of a page). */
  const baseOf = (span: { text: string; start: number; end: number }): BaseGuess => {
    const r = session.result;
    const text = r?.text ?? '';
    const quoted = text.slice(span.start, span.end) === span.text && /[«“„"]/.test(text[span.start - 1] ?? '');
    // The text around the name, not all of a 5 MB page: other forms of it nearby tell a surname from a place.
    const around = text.slice(Math.max(0, span.start - 20_000), span.end + 20_000);
    return guessBaseForm(span.text, r?.lang ?? 'uk', { text: around, quoted });
  };

  const open = (entry: HighlightEntry, how: { focus: boolean }) => {
    const d = entry.data;
    const base = d.kind === 'candidate' ? baseOf(d.span) : undefined;
    tooltip.show(entry, {
      focus: how.focus,
      details: () => details(entry),
      trackName: base && base.name !== d.span.text ? base.name : undefined,
      onTrack:
        d.kind === 'candidate' && base
          ? async () => {
              await send('actor/track', { name: base.name, kind: base.kind, alias: d.span.text });
              // The gazetteer changed: re-read so the name is highlighted everywhere on the page.
              void session.rescan().catch(() => undefined);
            }
          : undefined,
      onClip: d.kind === 'claim' && deps.onClip ? () => deps.onClip!(entry) : undefined,
    });
  };
  const unbind = bindInteraction({ doc, painter, tooltip, open });

  if (deps.watch) {
    // Watching starts before the first read, so text added while it runs (or while the store is
    // written) is not missed; one re-scan at a time, each after any full read in progress.
    let running: Promise<void> = Promise.resolve();
    watcher = watchChanges(doc, (roots) => {
      running = running
        .then(() => whenDrawn)
        .then(() => session.rescanWithin(roots))
        .catch((e: unknown) => console.debug('[dossier] re-scan failed:', e));
    });
  }
  try {
    await session.rescan();
  } catch (e) {
    session.stop();
    throw e;
  }
  return session;
}
