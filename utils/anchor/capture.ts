/**
 * Turning the reader's selection into a clip draft: its selectors over the page's extracted text,
 * plus what the engine found inside it (speaker of a claim it overlaps, the first date in it or the
 * date of the event around it, the actors in it), taken from the session's last analysis when that
 * analysis was of the same text.
 */
import type { AnalysisResult } from '../analyze/types';
import type { ClipDraft } from '../messages/protocol';
import type { PageText } from '../page/extract';
import { describeRange, type TextSpan } from './describe';

export type SelectionDraft = Omit<ClipDraft, 'page'> & { span: TextSpan };

/** What the engine found inside [start, end) of `result.text`. */
export function engineFindings(result: AnalysisResult | null, text: string, span: TextSpan): Pick<ClipDraft, 'speaker' | 'date' | 'actors'> {
  // Offsets from an older reading of a page that changed since would point at other words.
  if (!result || result.text !== text) return {};
  const inside = (s: { start: number; end: number }) => s.start >= span.start && s.end <= span.end;
  const overlaps = (s: { start: number; end: number }) => s.start < span.end && s.end > span.start;
  const out: Pick<ClipDraft, 'speaker' | 'date' | 'actors'> = {};
  const claim = result.claims.find((c) => overlaps(c) && c.speaker);
  if (claim?.speaker) out.speaker = claim.speaker;
  const date = result.dates.find(inside)?.value ?? result.events.find((e) => e.start <= span.start && e.end >= span.start)?.date;
  if (date) out.date = date;
  const actors = new Map<string, { name: string; kind: ActorSpanKind }>();
  for (const a of result.actors) if (inside(a)) actors.set(a.name, { name: a.name, kind: a.kind });
  if (actors.size) out.actors = [...actors.values()];
  return out;
}
type ActorSpanKind = AnalysisResult['actors'][number]['kind'];

/** The draft for the document's current selection, or null when nothing readable is selected. */
export function captureSelection(doc: Document, page: PageText, result: AnalysisResult | null): SelectionDraft | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  return captureRange(page, selection.getRangeAt(0), result);
}

/** The draft for any range (a highlighted claim clipped from its tooltip), or null when it holds no text. */
export function captureRange(page: PageText, range: Range, result: AnalysisResult | null): SelectionDraft | null {
  const described = describeRange(page, range);
  if (!described) return null;
  return { quote: described.quote, selector: described.selectors, span: described.span, ...engineFindings(result, page.text, described.span) };
}
