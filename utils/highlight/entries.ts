/** From the engine's spans (text offsets) to highlight entries (DOM ranges) through the offset map. */
import type { AnalysisResult } from '../analyze/types';
import type { PageText } from '../page/extract';
import type { HighlightData, HighlightEntry } from './names';

export function entriesFor(page: Pick<PageText, 'rangeFor'> & Partial<Pick<PageText, 'spanRange'>>, result: Pick<AnalysisResult, 'actors' | 'dates' | 'claims' | 'candidates'>): HighlightEntry[] {
  const out: HighlightEntry[] = [];
  // Static ranges where the browser has them: thousands of live ones would slow every DOM change the page makes.
  const rangeFor = page.spanRange ?? page.rangeFor;
  const push = (data: HighlightData) => {
    const range = rangeFor(data.span.start, data.span.end);
    if (range) out.push({ range, data });
  };
  for (const span of result.actors) push({ kind: 'actor', span });
  for (const span of result.dates) push({ kind: 'date', span });
  for (const span of result.claims) push({ kind: 'claim', span });
  for (const span of result.candidates) push({ kind: 'candidate', span });
  return out;
}
