/**
 * Page-side styles for the highlights. `::highlight()` can only paint (colours, text-decoration),
 * never change layout, which is exactly the guarantee we want on someone else's page. Colours are
 * translucent so they read on light and dark pages alike.
 */
import { UI_ATTRIBUTE } from '../page/extract';
import { FOCUS_NAME, HIGHLIGHT_NAMES } from './names';

/**
 * What every highlight is filled with: the manifest's style sheet, on every page from document_start.
 * Every kind has a fill, so each one shows where underlines are left out (see LINES).
 */
const FILL: Record<string, string> = {
  [HIGHLIGHT_NAMES.actor]: 'background-color: rgba(255, 183, 0, 0.32);',
  [HIGHLIGHT_NAMES.date]: 'background-color: rgba(0, 150, 255, 0.22);',
  [HIGHLIGHT_NAMES.claim]: 'background-color: rgba(190, 80, 220, 0.10);',
  [HIGHLIGHT_NAMES.candidate]: 'background-color: rgba(128, 128, 128, 0.14);',
  [HIGHLIGHT_NAMES.clip]: 'background-color: rgba(60, 200, 110, 0.30);',
  [FOCUS_NAME]: 'background-color: rgba(255, 120, 0, 0.55); color: inherit;',
};

/**
 * Underlines, which tell the kinds apart by more than colour. Only for pages of up to
 * DECORATED_MAX_CHARS: while a `::highlight` with a text-decoration has ranges, Chromium 156 walks
 * the whole page (PrePaint) in every frame that repaints anything, 12-25 ms on a 5 MB page
 * against ~1 ms with fills alone; and adding or removing the rules restyles the whole page
 * (75-120 ms there). So the manifest holds the fills, and a reading session adds these to a
 * short page (`decorationCss`, adopted by utils/highlight/session.ts).
 */
const LINES: Record<string, string> = {
  [HIGHLIGHT_NAMES.actor]: 'text-decoration: underline 2px rgba(230, 140, 0, 0.9);',
  [HIGHLIGHT_NAMES.date]: 'text-decoration: underline 2px rgba(0, 120, 230, 0.85);',
  [HIGHLIGHT_NAMES.claim]: 'text-decoration: underline dotted 1px rgba(170, 60, 200, 0.9);',
  [HIGHLIGHT_NAMES.candidate]: 'text-decoration: underline dotted 1px rgba(128, 128, 128, 0.9);',
};

/** Pages whose text is at most this long get underlined highlights (see LINES). */
export const DECORATED_MAX_CHARS = 100_000;

/** Fallback marks (no CSS Custom Highlight API): same paint, and `all: unset` keeps layout. */
export const FALLBACK_TAG = 'dossier-mark';

/**
 * The manifest's sheet: fills for the highlights; fallback marks with their underlines too (they
 * are elements of the page's own, which the cost above does not concern).
 */
export function highlightCss(): string {
  const rules = Object.entries(FILL).map(([name, fill]) => `::highlight(${name}) { ${fill} }`);
  for (const [name, fill] of Object.entries(FILL)) {
    rules.push(`${FALLBACK_TAG}[data-kind="${name}"] { all: unset; ${fill}${LINES[name] ? ` ${LINES[name]}` : ''} }`);
  }
  return rules.join('\n');
}

/** The highlights' underlines, for a short page (see LINES). */
export function decorationCss(): string {
  return Object.entries(LINES)
    .map(([name, lines]) => `::highlight(${name}) { ${lines} }`)
    .join('\n');
}

const STYLE_ID = 'dossier-highlight-style';

/**
 * Adds the stylesheet once; returns a function that removes it. A constructed sheet in
 * `adoptedStyleSheets` is not subject to the page's CSP `style-src` (a `<style>` element can be);
 * the `<style>` element stays as well, for browsers and pages where adopting fails.
 */
export function injectHighlightStyles(doc: Document): () => void {
  let style = doc.getElementById(STYLE_ID) as HTMLStyleElement | null;
  let sheet: CSSStyleSheet | null = null;
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    style.setAttribute(UI_ATTRIBUTE, '');
    // A page styling `head, style { display: block }` would print our rules as text and push its
    // content down; through the CSSOM, so a page CSP without 'unsafe-inline' can't block it.
    style.style.setProperty('display', 'none', 'important');
    style.textContent = highlightCss();
    (doc.head ?? doc.documentElement).append(style);
    try {
      const Sheet = doc.defaultView?.CSSStyleSheet;
      if (Sheet && 'replaceSync' in Sheet.prototype && Array.isArray(doc.adoptedStyleSheets)) {
        sheet = new Sheet();
        sheet.replaceSync(highlightCss());
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      }
    } catch {
      sheet = null; // the <style> element above still applies
    }
  }
  return () => {
    style?.remove();
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
