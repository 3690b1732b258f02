/**
 * How the reader reaches a highlight: hovering it (throttled hit-testing on mousemove, short delays
 * so passing over text doesn't flash tooltips), or from the keyboard: Alt+Shift+D steps forward
 * through the highlights, Alt+Shift+A back, Escape closes. Listeners are passive and never call
 * preventDefault except for our own shortcut, so the page's behaviour is unchanged.
 */
import type { HighlightEntry } from './names';
import type { HighlightPainter } from './painter';
import { highlightAtPoint, throttleFrame } from './pointer';
import type { TooltipHost } from './tooltip-host';

export interface InteractionOptions {
  doc: Document;
  painter: HighlightPainter;
  tooltip: TooltipHost;
  /** Opens the tooltip for an entry (the content script knows how to load details). */
  open(entry: HighlightEntry, how: { focus: boolean }): void;
  hoverDelay?: number;
  leaveDelay?: number;
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as (Element & { isContentEditable?: boolean }) | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable === true || /^(INPUT|TEXTAREA|SELECT)$/i.test(el.tagName);
}

/** Starts listening; returns a function that removes every listener. */
export function bindInteraction(o: InteractionOptions): () => void {
  const win = o.doc.defaultView!;
  const hoverDelay = o.hoverDelay ?? 200;
  const leaveDelay = o.leaveDelay ?? 350;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let keyboardIndex = -1;

  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };

  const onMove = throttleFrame(win, (x: number, y: number, target: EventTarget | null) => {
    if (o.tooltip.contains(target)) {
      clearTimeout(timer); // the reader moved into the card to click a link
      return;
    }
    const hit = highlightAtPoint(o.doc, o.painter, x, y);
    if (hit && hit === o.tooltip.entry) {
      clearTimeout(timer);
      return;
    }
    if (hit) {
      later(() => {
        o.painter.focus(hit);
        o.open(hit, { focus: false });
      }, o.tooltip.entry ? hoverDelay / 2 : hoverDelay);
    } else if (o.tooltip.entry) {
      later(() => {
        o.painter.focus(null);
        o.tooltip.hide();
      }, leaveDelay);
    } else {
      clearTimeout(timer);
    }
  });
  const mousemove = (e: MouseEvent) => onMove(e.clientX, e.clientY, e.target);

  const step = (delta: 1 | -1) => {
    const list = o.painter.entries();
    if (!list.length) return;
    const current = o.painter.focusedEntry ? list.indexOf(o.painter.focusedEntry) : -1;
    keyboardIndex = ((current >= 0 ? current : keyboardIndex) + delta + list.length) % list.length;
    const entry = list[keyboardIndex];
    o.painter.focus(entry);
    const el = entry.range.startContainer.parentElement;
    el?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    o.open(entry, { focus: true });
  };

  const keydown = (e: KeyboardEvent) => {
    const shortcut = e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyD' || e.code === 'KeyA');
    // In a text field Option+Shift+D types "Î" on a Mac: typing wins over our shortcut.
    if (shortcut && !isEditable(e.target)) {
      e.preventDefault();
      e.stopPropagation();
      step(e.code === 'KeyD' ? 1 : -1);
      return;
    }
    if (e.key === 'Escape' && o.tooltip.entry) {
      clearTimeout(timer);
      o.painter.focus(null);
      o.tooltip.hide();
    }
  };

  // The card is fixed to the viewport; after a scroll it must follow its text.
  const scroll = throttleFrame(win, () => o.tooltip.reposition());

  o.doc.addEventListener('mousemove', mousemove, { passive: true, capture: true });
  win.addEventListener('keydown', keydown, { capture: true });
  win.addEventListener('scroll', scroll, { passive: true });
  return () => {
    clearTimeout(timer);
    o.doc.removeEventListener('mousemove', mousemove, { capture: true });
    win.removeEventListener('keydown', keydown, { capture: true });
    win.removeEventListener('scroll', scroll);
  };
}
