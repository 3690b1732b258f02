/**
 * The URL that opens a clip at its source: `#dossier-clip=ID` for our content script (which scrolls
 * to the re-anchored clip, even on a changed page) followed by a text fragment directive
 * (`:~:text=start,end`, https://wicg.github.io/scroll-to-text-fragment/) so the browser itself
 * scrolls there too when the text is unchanged. The browser strips the directive from
 * `location.hash`, leaving our part readable.
 */

/** Text fragment terms must escape '-', ',' and '&' besides what URI components escape. */
const term = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

export function textFragment(quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  // Long quotes as start,end (up to 5 words each), which also spans paragraph breaks.
  if (words.length <= 10) return `:~:text=${term(words.join(' '))}`;
  return `:~:text=${term(words.slice(0, 5).join(' '))},${term(words.slice(-5).join(' '))}`;
}

export function clipUrl(sourceUrl: string, clipId: string, quote: string): string {
  const base = sourceUrl.split('#')[0];
  return `${base}#dossier-clip=${encodeURIComponent(clipId)}${textFragment(quote)}`;
}
