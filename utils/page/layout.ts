/**
 * Layout-aware extras for extraction in a live page (optional: the Node CLI has no layout). Both
 * read computed styles, which the browser has at hand after the page rendered.
 */
import type { ExtractOptions } from './extract';

type Styled = Element & { checkVisibility?: (o?: object) => boolean };

function styleOf(el: Element): CSSStyleDeclaration | null {
  return el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;
}

/** CSS-hidden subtrees (closed menus, modals, off-screen templates) are not read. */
export function isHiddenByCss(el: Element): boolean {
  const check = (el as Styled).checkVisibility;
  if (typeof check !== 'function') return false;
  if (check.call(el)) return false;
  // `display: contents` has no box of its own, so checkVisibility() says false while its children show.
  return styleOf(el)?.display !== 'contents';
}

/**
 * Elements laid out as blocks even though their tag is inline: menu links in a flex bar, spans
 * styled `display: block`. Without this, "Техно Lifestyle Спорт" reads as one proper name.
 */
export function isBlockByCss(el: Element): boolean {
  const display = styleOf(el)?.display ?? '';
  return display !== '' && !display.startsWith('inline') && display !== 'contents' && display !== 'none';
}

export const liveLayout: ExtractOptions = { isHidden: isHiddenByCss, isBlock: isBlockByCss };
