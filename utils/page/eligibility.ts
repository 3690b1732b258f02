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

/** Layout-aware visibility for live pages: CSS-hidden subtrees (menus, modals) are not read. */
export function isHiddenByCss(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function') return false;
  if (check.call(el)) return false;
  // `display: contents` has no box of its own, so checkVisibility() says false while its children show.
  return el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'contents';
}
