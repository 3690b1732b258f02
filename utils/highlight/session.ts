/**
 * One reading session on one page: extract -> analyse (in slices) -> highlight -> store, plus the
 * tooltip and keyboard wiring. Everything the content script does lives here, with the engine and
 * the message client passed in, so it runs under happy-dom in tests with a fake background.
 */
import { guessKind } from '../analyze/gazetteer';
import type { AnalysisResult, Lang } from '../analyze/types';
import type { RequestOf, RequestType, ResponseOf } from '../messages/protocol';
import type { TooltipDetails, Translate } from '../../components/Tooltip';
import { extractText, type ExtractOptions } from '../page/extract';
import { publishedDay, readPageInfo } from '../page/metadata';
import { analyzeInSlices, withinRegion } from '../page/scan';
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
      let drawn!: () => void;
      whenDrawn = Promise.all([whenDrawn, new Promise<void>((resolve) => (drawn = resolve))]).then(() => undefined);
      let result: AnalysisResult;
      let page: ReturnType<typeof extractText>;
      try {
        // A single-page app may have navigated: the page is then another article.
        readHref = deps.location.href;
        info = readPageInfo(doc, deps.location, deps.now?.());
        published = publishedDay(info, deps.now?.());
        page = extractText(doc, deps.extract);
        result = await analyzeText(page.text);
        if (controller.signal.aborted) return;
        quietly(() => {
          painter.clear();
          painter.add(entriesFor(page, result));
        });
      } finally {
        drawn();
      }
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

  const open = (entry: HighlightEntry, how: { focus: boolean }) => {
    const d = entry.data;
    tooltip.show(entry, {
      focus: how.focus,
      details: () => details(entry),
      onTrack:
        d.kind === 'candidate'
          ? async () => {
              await send('actor/track', { name: d.span.text, kind: guessKind({ name: d.span.text }) });
              // The gazetteer changed: re-read so the name is highlighted everywhere on the page.
              void session.rescan().catch(() => undefined);
            }
          : undefined,
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
