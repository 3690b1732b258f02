import type { Page } from 'playwright-core';

/** Names and texts of the ranges registered in CSS.highlights, read from the page's main world. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    // CSS.highlights is a maplike HighlightRegistry; ranges are live Range/StaticRange objects.
    (CSS as any).highlights?.forEach((h: Set<AbstractRange>, name: string) => {
      out[name] = [...h].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    });
    return out;
  });
}
