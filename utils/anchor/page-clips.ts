/**
 * The clips of the page being read: fetched from the background, re-anchored in time slices, drawn
 * as `dossier-clip` highlights (a painter of their own, so a re-scan of the page's actors and dates
 * doesn't wipe them), orphans reported back, and the clip named in the URL (`#dossier-clip=ID`,
 * as "open at source" builds it) scrolled into view.
 */
import type { AnalysisResult } from '../analyze/types';
import type { ClipRecord } from '../db/records';
import { HighlightPainter } from '../highlight/painter';
import type { Send } from '../highlight/session';
import type { ClipSelectionResult } from '../messages/protocol';
import { extractText, type ExtractOptions, type PageText } from '../page/extract';
import { readPageInfo } from '../page/metadata';
import { captureRange, captureSelection, type SelectionDraft } from './capture';
import { reanchorAll, type Anchored } from './reanchor';

export interface PageClipsDeps {
  doc: Document;
  location: Pick<Location, 'href' | 'hash'>;
  send: Send;
  extract?: ExtractOptions;
  yieldToPage?: () => Promise<void>;
  /** The reading session's analysis (once it is ready), for the speaker/date/actors inside a new clip. */
  analysis?: () => Promise<AnalysisResult | null> | AnalysisResult | null;
  forceFallback?: boolean;
}

export interface PageClips {
  painter: HighlightPainter;
  /** Clips of this page and where they were found (after `draw`). */
  anchored: { clip: ClipRecord; result: Anchored }[];
  draw(): Promise<void>;
  clipSelection(extra?: { note?: string; tags?: string[] }): Promise<ClipSelectionResult>;
  /** Clips a given range (the tooltip's "Clip" on a highlighted claim). */
  clipRange(range: Range): Promise<ClipSelectionResult>;
  stop(): void;
}

export const CLIP_HASH = 'dossier-clip=';

export function startPageClips(deps: PageClipsDeps): PageClips {
  const { doc, send } = deps;
  const controller = new AbortController();
  const painter = new HighlightPainter(doc, { forceFallback: deps.forceFallback });
  const read = (): PageText => extractText(doc, deps.extract);

  const paint = (page: PageText, items: { clip: ClipRecord; result: Anchored }[]) => {
    const entries = items.flatMap(({ clip, result }) => {
      if (result.status !== 'anchored') return [];
      const range = page.rangeFor(result.start, result.end);
      return range ? [{ range, data: { kind: 'clip' as const, span: { text: clip.quote, start: result.start, end: result.end, id: clip.id } } }] : [];
    });
    painter.add(entries);
    return entries;
  };

  const scrollToLinked = (entries: ReturnType<typeof paint>) => {
    const hash = deps.location.hash ?? '';
    const at = hash.indexOf(CLIP_HASH);
    if (at < 0) return;
    const id = decodeURIComponent(hash.slice(at + CLIP_HASH.length).split(/[&:]/)[0]);
    const entry = entries.find((e) => e.data.span.id === id);
    const el = entry?.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center' });
  };

  // One drawing at a time: a single-page app may navigate while the first one is still anchoring.
  let drawing: Promise<void> = Promise.resolve();
  const self: PageClips = {
    painter,
    anchored: [],
    draw() {
      const run = drawing.then(() => drawOnce());
      drawing = run.catch(() => undefined);
      return run;
    },
    clipSelection(extra = {}) {
      return clipWith((page, analysis) => captureSelection(doc, page, analysis), extra);
    },
    clipRange(range) {
      return clipWith((page, analysis) => captureRange(page, range, analysis), {});
    },
    stop() {
      controller.abort();
      painter.clear();
    },
  };

  const drawOnce = async () => {
    const info = readPageInfo(doc, deps.location);
    const { clips } = await send('clips/forPage', { url: info.url });
    if (controller.signal.aborted) return;
    if (!clips.length) {
      // (After a single-page app's navigation, the previous article's clips are not this one's.)
      painter.clear();
      self.anchored = [];
      return;
    }
    const page = read();
    const results = await reanchorAll(page.text, clips, { yieldToPage: deps.yieldToPage, signal: controller.signal });
    if (controller.signal.aborted) return;
    // Slicing gave the page time to change: draw against the text as it is now when it moved.
    const now = read();
    const drawn = now.text === page.text ? page : now;
    painter.clear();
    self.anchored = results;
    scrollToLinked(paint(drawn, results));
    const changed = results.filter(({ clip, result }) => (clip.orphaned ?? 0) !== (result.status === 'orphaned' ? 1 : 0));
    if (changed.length) await send('clips/anchored', { results: changed.map(({ clip, result }) => ({ id: clip.id, orphaned: result.status === 'orphaned' })) });
  };

  type Capture = (page: PageText, analysis: AnalysisResult | null) => SelectionDraft | null;
  const clipWith = async (capture: Capture, extra: { note?: string; tags?: string[] }): Promise<ClipSelectionResult> => {
    // A reader may clip while the page is still being read: wait for that reading to finish.
    const analysis = (await deps.analysis?.()) ?? null;
    const page = read();
    const draft = capture(page, analysis);
    if (!draft) return { clip: null, reason: 'no-selection' };
    const { span, ...rest } = draft;
    const { clip } = await send('clips/save', { ...rest, ...extra, page: readPageInfo(doc, deps.location) });
    const item = { clip, result: { status: 'anchored' as const, start: span.start, end: span.end, method: 'position' as const, errors: 0 } };
    self.anchored.push(item);
    paint(page, [item]);
    return { clip };
  };
  return self;
}
