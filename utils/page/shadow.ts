/**
 * Open shadow roots: custom elements and web components render text the light DOM doesn't hold.
 * Reading follows the composed tree (a host's open shadow root instead of its light children, and
 * at each <slot> the light nodes assigned to it); closed roots stay closed, as their authors meant.
 * Highlights inside a shadow tree need the `::highlight()` rules inside that tree too, because
 * document styles don't cross the shadow boundary.
 */

/**
 * The nodes rendered as `node`'s children when they differ from its own child nodes: its open shadow
 * root's children, or a slot's assigned nodes. Null in the common case, so walkers keep their fast
 * firstChild/nextSibling loop and allocate nothing.
 */
export function composedOverride(node: Node): Node[] | null {
  if (node.nodeType !== 1) return null;
  const el = node as Element;
  const root = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (root) return Array.from(root.childNodes);
  if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
    const assigned = (el as HTMLSlotElement).assignedNodes();
    if (assigned.length) return assigned;
  }
  return null;
}

/** The shadow root a node lives in, or null for the document's own tree. */
export function shadowRootOf(node: Node): ShadowRoot | null {
  const root = node.getRootNode?.();
  return root && root.nodeType === 11 && (root as ShadowRoot).host ? (root as ShadowRoot) : null;
}

/**
 * Adds `css` to a document or shadow root as an adopted sheet (not subject to the page's CSP,
 * invisible in the DOM); returns a function that takes it away again. Silently does nothing where
 * the browser can't adopt sheets.
 */
export function adoptStyles(root: Document | ShadowRoot, css: string): () => void {
  try {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    const view = doc?.defaultView as (Window & typeof globalThis) | null | undefined;
    const Sheet = view?.CSSStyleSheet;
    if (!Sheet || !('replaceSync' in Sheet.prototype) || !Array.isArray(root.adoptedStyleSheets)) return () => undefined;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return () => undefined;
  }
}
