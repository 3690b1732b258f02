/**
 * Hosts the tooltip on the page: a closed shadow root on an element appended to <html>, so the
 * page's styles and scripts can't read or restyle what the reader's store knows, and the card is
 * `position: fixed` so opening it never moves the page's text.
 */
import { h, render } from 'preact';
import { Tooltip, type TooltipDetails, type TooltipState, type Translate } from '../../components/Tooltip';
import { tooltipCss } from '../../components/TooltipStyles';
import { UI_ATTRIBUTE } from '../page/extract';
import { liveRange, type HighlightEntry } from './names';

export const TOOLTIP_TAG = 'dossier-tooltip';

export interface ShowOptions {
  details: () => Promise<TooltipDetails>;
  onTrack?: () => Promise<void>;
  /** Candidates: the base form Track will store, shown on the button (once the background has guessed it). */
  trackName?: Promise<string | undefined>;
  /** Claims: save as a clip. */
  onClip?: () => Promise<void>;
  /** Opened from the keyboard: move focus into the card, and give it back on close. */
  focus?: boolean;
}

const GAP = 6;

export class TooltipHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private current: HighlightEntry | null = null;
  private returnFocus: HTMLElement | null = null;
  private token = 0;

  constructor(private readonly doc: Document, private readonly t: Translate, private readonly onClosed?: () => void) {}

  get entry(): HighlightEntry | null {
    return this.current;
  }

  /** True when an event happened inside the tooltip (events from a shadow root retarget to its host). */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.mount) return this.mount;
    const host = this.doc.createElement(TOOLTIP_TAG);
    host.setAttribute(UI_ATTRIBUTE, '');
    // Zero-size and fixed: the host itself takes no room in the page's layout.
    // Important, property by property: page rules like `dossier-tooltip { position: static !important }`
    // would otherwise put the host into the flow and move the page's text when the card opens.
    const hostStyle: [string, string][] = [['all', 'initial'], ['display', 'block'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'], ['margin', '0'], ['padding', '0'], ['border', '0'], ['z-index', '2147483647']];
    for (const [prop, value] of hostStyle) host.style.setProperty(prop, value, 'important');
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = tooltipCss;
    try {
      // Adopted sheets are not subject to the page's CSP style-src; the <style> stays as a fallback.
      const Sheet = this.doc.defaultView?.CSSStyleSheet;
      if (Sheet && 'replaceSync' in Sheet.prototype && Array.isArray(root.adoptedStyleSheets)) {
        const sheet = new Sheet();
        sheet.replaceSync(tooltipCss);
        root.adoptedStyleSheets = [sheet];
      }
    } catch {
      /* keep the <style> element */
    }
    const mount = this.doc.createElement('div');
    root.append(style, mount);
    // Before <head>, not after <body>: appended last it would steal `:last-child` and `body + *`
    // matches from the page's own elements; nothing renders <head>'s position.
    this.doc.documentElement.prepend(host);
    Object.assign(this, { host, root, mount });
    return mount;
  }

  /** Opens the tooltip for a highlight and loads its details. */
  show(entry: HighlightEntry, opts: ShowOptions): void {
    const mount = this.ensureHost();
    const token = ++this.token;
    this.current = entry;
    if (opts.focus && !this.returnFocus) {
      const active = this.doc.activeElement;
      this.returnFocus = active instanceof (this.doc.defaultView?.HTMLElement ?? HTMLElement) ? (active as HTMLElement) : null;
    }
    let state: TooltipState = { status: 'loading' };
    let trackState: 'idle' | 'busy' | 'done' | 'failed' = 'idle';
    let clipState: 'idle' | 'busy' | 'done' | 'failed' = 'idle';
    let trackName: string | undefined;
    const titleId = `dossier-tooltip-title-${token}`;
    const draw = () => {
      if (token !== this.token) return;
      render(
        h(Tooltip, {
          data: entry.data,
          state,
          t: this.t,
          titleId,
          trackState,
          trackName,
          onClose: () => this.hide(),
          onTrack: opts.onTrack
            ? () => {
                trackState = 'busy';
                draw();
                opts.onTrack!().then(
                  () => ((trackState = 'done'), draw()),
                  () => ((trackState = 'failed'), draw()),
                );
              }
            : undefined,
          clipState,
          onClip: opts.onClip
            ? () => {
                clipState = 'busy';
                draw();
                opts.onClip!().then(
                  () => ((clipState = 'done'), draw()),
                  () => ((clipState = 'failed'), draw()),
                );
              }
            : undefined,
        }),
        mount,
      );
      this.place(entry.range);
    };
    draw();
    if (opts.focus) (mount.querySelector('.card') as HTMLElement | null)?.focus();
    opts.trackName?.then(
      (name) => ((trackName = name), draw()),
      () => undefined, // the button stays "Track": the background stores the name as written then
    );
    opts.details().then(
      (details) => ((state = { status: 'ready', details }), draw()),
      (e: unknown) => ((state = { status: 'error', error: String(e) }), draw()),
    );
  }

  /** Puts the card below the range (above when there is no room), inside the viewport. */
  private place(where: AbstractRange): void {
    const card = this.mount?.querySelector('.card') as HTMLElement | null;
    const win = this.doc.defaultView;
    const range = liveRange(where);
    if (!card || !win || !range) return;
    const rects = Array.from(range.getClientRects());
    const anchor = rects[0] ?? range.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    const vw = win.innerWidth;
    const vh = win.innerHeight;
    let top = anchor.bottom + GAP;
    if (top + box.height > vh && anchor.top - GAP - box.height >= 0) top = anchor.top - GAP - box.height;
    const left = Math.max(8, Math.min(anchor.left, vw - box.width - 8));
    card.style.top = `${Math.max(8, top)}px`;
    card.style.left = `${left}px`;
  }

  /** Follows the highlighted text after the page scrolled or resized. */
  reposition(): void {
    if (this.current) this.place(this.current.range);
  }

  /** Closes the tooltip; focus goes back where it was when opened from the keyboard. */
  hide(): void {
    if (!this.current) return;
    this.token++;
    this.current = null;
    if (this.mount) render(null, this.mount);
    const back = this.returnFocus;
    this.returnFocus = null;
    back?.focus?.();
    this.onClosed?.();
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = this.mount = null;
  }
}
