/**
 * One reading session on one page: extract -> analyse (in slices, in the background) -> highlight ->
 * store, plus the tooltip and keyboard wiring. The engine runs in the background, which keeps the
 * loaded gazetteer: the page sends text slices (`analyze/names`, then `analyze/full`) and draws what
 * comes back. The message client is passed in, so this runs under happy-dom with a fake background.
 */
import { engineLang } from '../analyze/lang-tag';
import type { BaseGuess } from '../analyze/lemma';
import type { AnalysisResult } from '../analyze/types';
import type { RequestOf, RequestType, ResponseOf } from '../messages/protocol';
import type { TooltipDetails, Translate } from '../../components/Tooltip';
import { createExtractor, extractText, type ExtractOptions } from '../page/extract';
import { publishedDay, readPageInfo } from '../page/metadata';
import { mergeResults, withinRegion, type Slice } from '../page/scan';
import { slicesInReadingOrder } from '../page/reading-order';
import { scrollProbe } from '../page/scroll-probe';
import { visibleFirst } from '../page/visible-first';
import { watchChanges, type Watcher } from '../page/watch';
import { entriesFor } from './entries';
import { bindInteraction } from './interaction';
import type { HighlightEntry } from './names';
import { HighlightPainter } from './painter';
import { readInSteps, readWithNames } from './names-stream';
import { pipelined, retrying } from './remote';
import { DECORATED_MAX_CHARS, injectHighlightStyles } from './styles';
import { TooltipHost } from './tooltip-host';

export type Send = <T extends RequestType>(type: T, payload: Omit<RequestOf<T>, 'type'>) => Promise<ResponseOf<T>>;

export interface SessionDeps {
  doc: Document;
  location: Pick<Location, 'href'>;
  send: Send;
  t: Translate;
  extract?: ExtractOptions;
  /** Gives the main thread back between analysis slices. */
  yieldToPage?: () => Promise<void>;
  forceFallback?: boolean;
  /** Characters per `analyze/full` request (see utils/page/scan.ts). */
  sliceChars?: number;
  now?: () => Date;
  /** Watch the page for added text (on in the content script; tests drive rescans directly). */
  watch?: boolean;
  /**
   * Resolves once the page may be analysed (the reader's site list, read from storage meanwhile):
   * the page is read, and its text sent for analysis, while it is pending; nothing else is sent, and
   * nothing drawn, before. Rejecting stops the session.
   */
  ready?: Promise<unknown>;
  /** The page has the highlight styles already (the extension's manifest CSS): don't inject them. */
  stylesInManifest?: boolean;
  /** Saves a highlighted claim as a clip (the tooltip's "Clip" button); no button without it. */
  onClip?: (entry: HighlightEntry) => Promise<void>;
  /** The page became another article (a single-page app changed its URL): its clips are others too. */
  onNavigated?: () => void;
  /**
   * The first reading's names are drawn, or it ended without drawing any (refused, failed): work
   * that can wait (the reader's clips) starts then, so it does not compete with the reading.
   */
  onFirstDrawn?: () => void;
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

const FULL_IN_FLIGHT = 2;
/**
 * The whole engine (dates, claims, events) reads this much text at most, starting where the reader
 * is: past it, on feeds of megabytes, only names are highlighted. It costs ~5 s of the background's
 * CPU per MB, which every tab shares.
 */
const MAX_ANALYSED_CHARS = 600_000;

/** See `paint` in rescan(). */
const PAINT_EVERY_MS = 250;
/** Highlights drawn in one go (see drawNow). */
const DRAW_CHUNK = 3_000;

/** Timeline marks the page can read (the content script shares the page's performance timeline). */
const mark = (name: string, detail?: unknown) => {
  try {
    performance.mark(`dossier:${name}`, detail === undefined ? undefined : { detail });
  } catch {
    // performance.mark is missing or refuses in some test DOMs; timings are optional.
  }
};

const shift = <T extends { start: number; end: number }>(items: T[], by: number): T[] =>
  by === 0 ? items : items.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));

/** The text the store keeps for selectors: skipped on huge pages, where it would only cost memory. */
const MAX_STORED_TEXT = 500_000;

export async function startSession(deps: SessionDeps): Promise<Session> {
  const { doc } = deps;
  const controller = new AbortController();
  const retried = retrying(deps.send, controller.signal);
  const send: Send = async (type, payload) => {
    await deps.ready;
    return retried(type, payload);
  };
  // Page text goes to the background while the reader's site setting still loads (the background
  // holds its own copy and refuses excluded pages: utils/page/site-access.ts); a storage read takes
  // a round trip through the browser, often behind one of the page's frames. The answer is used
  // only once the setting says yes.
  const sendEarly: Send = (type, payload) => {
    const reply = retried(type, payload);
    reply.catch(() => undefined); // the setting said no: nobody waits for it
    return Promise.resolve(deps.ready).then(() => reply);
  };
  const painter = new HighlightPainter(doc, { forceFallback: deps.forceFallback });
  // Injected with the first highlight: a new style sheet makes the browser restyle the whole page,
  // which done earlier would land (forced) inside our first reading step.
  let removeStyles: (() => void) | null = null;
  // Tens of thousands of highlights (all names of a 5 MB page) are drawn a few thousand at a time,
  // the page getting a turn in between: the first chunk at once, `drawn()` when all are.
  const queue: HighlightEntry[][] = [];
  let drawing: Promise<void> | null = null;
  const drainQueue = async () => {
    while (queue.length && !controller.signal.aborted) {
      const chunk = queue.shift()!;
      quietly(() => painter.add(chunk));
      if (queue.length) await deps.yieldToPage?.();
    }
    if (controller.signal.aborted) queue.length = 0;
  };
  const kick = () => {
    if (drawing || !queue.length) return;
    const run: Promise<void> = drainQueue().finally(() => {
      if (drawing !== run) return;
      drawing = null;
      kick(); // chunks queued after the loop's last look
    });
    drawing = run;
  };
  const drawNow = (entries: HighlightEntry[]) => {
    if (!deps.stylesInManifest) removeStyles ??= injectHighlightStyles(doc);
    for (let i = 0; i < entries.length; i += DRAW_CHUNK) queue.push(entries.slice(i, i + DRAW_CHUNK));
    kick();
  };
  const drawn = async () => {
    while (drawing) await drawing;
  };
  let firstDrawnCalled = false;
  const firstDrawn = () => {
    if (firstDrawnCalled) return;
    firstDrawnCalled = true;
    deps.onFirstDrawn?.();
  };
  const tooltip = new TooltipHost(doc, deps.t, () => painter.focus(null));
  let info = readPageInfo(doc, deps.location, deps.now?.());
  let published = publishedDay(info, deps.now?.());
  let readHref = deps.location.href;
  let rescans = 0;
  let watcher: Watcher | null = null;
  /**
   * Characters of the page read so far (its last full reading plus text added since), which decide
   * its underlines (styles.ts). A single-page app that navigates to a long page loses them in one
   * restyle of that page; one that grows past the limit, while it is still small.
   */
  let pageChars = 0;
  const setPageChars = (chars: number) => {
    pageChars = chars;
    painter.decorate(pageChars <= DECORATED_MAX_CHARS);
  };
  // Re-scans of changed blocks wait for a full read in progress, which would otherwise wipe them.
  let whenDrawn: Promise<void> = Promise.resolve();
  const quietly = <T>(fn: () => T): T => (watcher ? watcher.ignore(fn) : fn());

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

  /** The whole engine over `text`, in slices (in text order), merged; `lang` as the page states it. */
  const analyzeText = async (text: string, slices: Slice[], onSlice?: (slice: Slice, result: AnalysisResult) => void) => {
    // Without <html lang>, the first slice's guess holds for the rest: a page has one language, and
    // a short slice of names and numbers would guess worse. So the first slice goes alone.
    let lang = engineLang(info.lang);
    const parts: { slice: Slice; result: AnalysisResult }[] = [];
    const ask = (s: Slice) => sendEarly('analyze/full', { text: text.slice(s.start, s.end), published, lang }).then((r) => ({ ...r, text: '' }));
    const take = (slice: Slice, result: AnalysisResult) => {
      lang ??= result.lang;
      parts.push({ slice, result });
      onSlice?.(slice, result);
    };
    if (slices.length) take(slices[0], await ask(slices[0]));
    await pipelined(slices.slice(1), ask, take, { inFlight: FULL_IN_FLIGHT, signal: controller.signal });
    parts.sort((a, b) => a.slice.start - b.slice.start);
    return { result: mergeResults(text, parts, { published, lang: lang ?? 'uk' }), lang };
  };

  const session: Session = {
    painter,
    tooltip,
    result: null,
    async rescan() {
      // A single-page app may have navigated, or the page changed: then it is another article.
      if (rescans++ > 0) {
        info = readPageInfo(doc, deps.location, deps.now?.());
        published = publishedDay(info, deps.now?.());
        if (deps.location.href !== readHref) deps.onNavigated?.();
      }
      readHref = deps.location.href;
      const scrolled = scrollProbe(doc.defaultView);
      quietly(() => painter.clear());
      const extractor = createExtractor(doc, deps.extract);
      // Every change to CSS.highlights makes the browser repaint all of them, which on a page of
      // megabytes costs more than finding them: the first batch is drawn at once, later ones are
      // gathered and drawn at most every PAINT_EVERY_MS (more seldom on big pages, where a repaint
      // of tens of thousands of ranges takes longer itself).
      // The reading is under way: the length read so far stands in for the page's.
      let length = () => extractor.settled();
      const paintEvery = () => Math.max(PAINT_EVERY_MS, length() / 1000);
      let first = true;
      let pending: HighlightEntry[] = [];
      let paintedAt = 0;
      const paint = (entries: HighlightEntry[], when: 'soon' | 'now' | 'later' = 'soon') => {
        if (entries.length) pending = pending.length ? pending.concat(entries) : entries;
        if (when === 'later') return;
        const now = performance.now();
        if (!pending.length || (!first && when !== 'now' && now - paintedAt < paintEvery())) return;
        const batch = pending;
        pending = [];
        paintedAt = now;
        // Marked when the ranges reach the page: on a long page the viewport window paints them a
        // frame later, and only those near the reader.
        if (first) painter.whenPainted(() => mark('first-highlight'));
        drawNow(batch);
        first = false;
      };
      // Names first, matched in the background while the page is read (close to one read of the
      // text). Only with native highlights: the fallback wraps text in elements, and drawing names
      // twice (here and with the full results) would nest them.
      const namesFirst = painter.native;
      const reading = namesFirst
        ? await readWithNames({
            extractor,
            send: sendEarly,
            signal: controller.signal,
            scrolled,
            yieldToPage: deps.yieldToPage,
            // A short article goes to the whole engine at once: one round trip instead of two.
            skipUnder: deps.sliceChars ?? 20_000,
            onLongPage: () => painter.expectMany(),
            onNames: (actors, reader) => paint(entriesFor(reader, { actors, dates: [], claims: [], candidates: [] })),
          })
        : { page: await readInSteps(extractor, deps.yieldToPage), matched: false };
      const { page, matched } = reading;
      mark('extracted');
      if (controller.signal.aborted) return;
      // A short page's names are drawn after this (one round trip), underlined from the first frame.
      setPageChars(page.text.length);
      length = () => page.text.length;
      if (matched) paint([], 'now');
      await drawn();
      quietly(() => painter.pageRead());
      // With thousands of names only those near the viewport are painted: the counts say what was found.
      // (A short page's names, and all names without native highlights, come with the whole
      // engine's answer: marked with it, below.)
      if (matched) {
        mark('names-highlighted', { found: painter.counts() });
        firstDrawn();
      }
      // Then the whole engine (dates, claims, candidates, events), in the background too, up to a cap.
      const slices: Slice[] = [];
      let read = 0;
      for (const s of slicesInReadingOrder(page, deps.sliceChars ?? 20_000, scrolled())) {
        if (read >= MAX_ANALYSED_CHARS) break;
        slices.push(s);
        read += s.end - s.start;
      }
      // The first slice (where the reader is) is drawn at once, the rest together at the end: with all
      // names drawn, each repaint is a ~100 ms long task on a 1 MB page, and the background sends the
      // rest within seconds anyway.
      let fullSlices = 0;
      const { result } = await analyzeText(page.text, slices, (s, r) => {
        const shifted = { actors: matched ? [] : shift(r.actors, s.start), dates: shift(r.dates, s.start), claims: shift(r.claims, s.start), candidates: shift(r.candidates, s.start) };
        paint(entriesFor(page, shifted), fullSlices++ === 0 ? 'now' : 'later');
      });
      if (controller.signal.aborted) return;
      // What later slices gathered is drawn now, after a turn for the page (a short page's one slice
      // was drawn as it came: nothing waits, and neither does the reader).
      if (pending.length) {
        await deps.yieldToPage?.();
        paint([], 'now');
      }
      await drawn();
      if (!matched) mark('names-highlighted', { found: painter.counts() });
      mark('all-highlights', { found: painter.counts() });
      firstDrawn();
      await deps.yieldToPage?.();
      session.result = result;
      // The store gets what the article says, not the navigation, teasers and sidebars around it.
      const stored = withinRegion(result, page.main.start, page.main.end);
      const { text, ...rest } = stored;
      await send('page/analyzed', { page: info, result: text.length <= MAX_STORED_TEXT ? { ...rest, text } : rest });
      // Tests (and the bench) wait for this before closing the page: the store has the page now.
      mark('stored');
    },
    async rescanWithin(roots) {
      if (deps.location.href !== readHref) return session.rescan();
      for (const root of await visibleFirst(roots, doc.defaultView)) {
        if (!root.isConnected) continue;
        quietly(() => painter.removeWithin(root));
        const page = extractText(root, deps.extract);
        if (!page.text.trim()) continue;
        // (Text replaced in place counts again: a page near the limit loses its underlines early.)
        setPageChars(pageChars + page.text.length);
        const { result } = await analyzeText(page.text, slicesInReadingOrder(page, deps.sliceChars ?? 20_000, false));
        if (controller.signal.aborted) return;
        drawNow(entriesFor(page, result));
        await drawn();
      }
    },
    stop() {
      controller.abort();
      watcher?.stop();
      unbind();
      tooltip.destroy();
      painter.clear();
      painter.decorate(false);
      removeStyles?.();
    },
  };

  /**
   * A candidate's base form, guessed (in the background, which has the morphology) only when its
   * tooltip opens: never for every candidate of a page.
   */
  const baseOf = (span: { text: string; start: number; end: number }): Promise<BaseGuess> => {
    const r = session.result;
    const text = r?.text ?? '';
    const quoted = text.slice(span.start, span.end) === span.text && /[«“„"]/.test(text[span.start - 1] ?? '');
    // The text around the name, not all of a 5 MB page: other forms of it nearby tell a surname from a place.
    const around = text.slice(Math.max(0, span.start - 20_000), span.end + 20_000);
    return send('analyze/base', { name: span.text, lang: r?.lang ?? 'uk', around, quoted });
  };

  const open = (entry: HighlightEntry, how: { focus: boolean }) => {
    const d = entry.data;
    const base = d.kind === 'candidate' ? baseOf(d.span) : undefined;
    base?.catch(() => undefined); // shown when it comes; Track waits for it
    tooltip.show(entry, {
      focus: how.focus,
      details: () => details(entry),
      trackName: base?.then((b) => (b.name !== d.span.text ? b.name : undefined)),
      onTrack:
        d.kind === 'candidate' && base
          ? async () => {
              const { name, kind } = await base;
              await send('actor/track', { name, kind, alias: d.span.text });
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
  } finally {
    firstDrawn();
  }
  return session;
}
