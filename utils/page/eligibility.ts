/**
 * Which documents the content script may touch: real HTML pages the reader reads. Not about:blank,
 * not images/PDFs/plain text shown by the browser, not XML, not the browser's own pages.
 */
export function isReadablePage(doc: Document, href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) return false;
  const type = (doc.contentType || 'text/html').toLowerCase();
  if (type !== 'text/html' && type !== 'application/xhtml+xml') return false;
  if (!doc.body || doc.documentElement?.nodeName.toUpperCase() !== 'HTML') return false;
  // Chromium renders a bare image or video as a generated HTML document with one element.
  const only = doc.body.children.length === 1 ? doc.body.firstElementChild?.tagName : '';
  return only !== 'IMG' && only !== 'VIDEO';
}
