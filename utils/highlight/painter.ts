/**
 * Draws highlights on the page and remembers them in document order, for hit-testing and keyboard
 * stepping. Uses the CSS Custom Highlight API, which paints ranges without touching the DOM (with
 * static ranges, which the page's own DOM changes don't have to update; past a few thousand, only
 * those near the viewport: viewport-window.ts); where a browser lacks it (Firefox before 140), wraps
 * the text in `all: unset` marks instead.
 */
import { FOCUS_NAME, HIGHLIGHT_NAMES, PRIORITY, liveRange, startOf, type HighlightEntry, type HighlightKind, type RangeStart } from './names';
import { unwrapMarks, wrapRanges } from './fallback';
import { adoptStyles, shadowRootOf } from '../page/shadow';
import { decorationCss, highlightCss } from './styles';
import { ViewportWindow } from './viewport-window';

/** Up to this many highlights, all are painted; past it, those near the viewport (see above). */
export const PAINT_ALL_UNDER = 2_500;

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): void;
  priority: number;
}
interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): unknown;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;

function highlightApi(doc: Document): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const view = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistryLike } }) | null;
  const registry = view?.CSS?.highlights;
  const Highlight = view?.Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

/** Document-order comparison of two ranges' starts; ranges from another tree sort last. */
function compareStarts(a: RangeStart, b: RangeStart): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  try {
    const scratch = (a.startContainer.ownerDocument ?? (a.startContainer as Document)).createRange();
    scratch.setStart(a.startContainer, a.startOffset);
    return -scratch.comparePoint(b.startContainer, b.startOffset);
  } catch {
    return 0;
  }
}

function mergeSorted(a: HighlightEntry[], b: HighlightEntry[]): HighlightEntry[] {
  if (!a.length) return b;
  if (!b.length) return a;
  // Batches mostly arrive in document order (slices of a page, paragraphs appended below): then
  // one comparison replaces a merge that would compare every earlier range again.
  if (compareStarts(startOf(a[a.length - 1]), startOf(b[0])) <= 0) return a.concat(b);
  const out: HighlightEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareStarts(startOf(a[i]), startOf(b[j])) <= 0 ? a[i++] : b[j++]);
  return out.concat(a.slice(i), b.slice(j));
}

export class HighlightPainter {
  private ordered: HighlightEntry[] | null = null;
  private readonly byKind = new Map<HighlightKind, HighlightEntry[]>();
  private readonly api: ReturnType<typeof highlightApi>;
  private readonly highlights = new Map<string, HighlightLike>();
  private marks: Element[] = [];
  private focused: HighlightEntry | null = null;
  /** Highlights inside open shadow roots: painted, but not hit-tested (ranges of another tree can't be compared). */
  private shadowed: HighlightEntry[] = [];
  /** Styles adopted into those shadow roots: the fills, and the underlines while decorated. */
  private readonly shadowStyles = new Map<ShadowRoot, { fills: () => void; lines: (() => void) | null }>();
  private window: ViewportWindow | null = null;
  private total = 0;
  /** The page is known to be long: paint only near the viewport from the first highlight on. */
  private long = false;
  /** Called the next time highlights are put on the page (see whenPainted). */
  private onPainted: (() => void)[] = [];
  /** One live Range for hit-testing static ranges (comparePoint), moved from entry to entry. */
  private scratch: Range | null = null;
  /** Takes the underlines off again (see decorate); null while there are none. */
  private removeDecorations: (() => void) | null = null;

  constructor(private readonly doc: Document, opts: { forceFallback?: boolean } = {}) {
    this.api = opts.forceFallback ? null : highlightApi(doc);
  }

  /** True when drawing with the CSS Custom Highlight API (no DOM changes). */
  get native(): boolean {
    return this.api !== null;
  }

  private highlight(name: string, priority: number): HighlightLike | null {
    if (!this.api) return null;
    let h = this.highlights.get(name);
    if (!h) {
      h = new this.api.Highlight();
      h.priority = priority;
      this.api.registry.set(name, h);
      this.highlights.set(name, h);
    }
    return h;
  }

  /** Draws more highlights (a first scan, or a re-scan of changed blocks). */
  add(entries: HighlightEntry[]): void {
    const fresh = new Map<HighlightKind, HighlightEntry[]>();
    // Most entries of a batch share their text node's parent with others: one shadow-root look-up each.
    const rootOf = new Map<Node | null, ShadowRoot | null>();
    for (const e of entries) {
      // (An entry that knows its start was checked to hold text; its range is made when painted.)
      if (!e.start && e.range.collapsed) continue;
      const node = startOf(e).startContainer;
      const parent = node.parentNode;
      let root = rootOf.get(parent);
      if (root === undefined) rootOf.set(parent, (root = shadowRootOf(node)));
      if (this.api && root && this.addShadowed(e, root)) continue;
      // The fallback moves text into marks and re-points each range at them: it needs live ranges.
      if (!this.api) e.range = liveRange(e.range) ?? e.range;
      const list = fresh.get(e.data.kind) ?? [];
      list.push(e);
      fresh.set(e.data.kind, list);
    }
    const added: HighlightEntry[] = [];
    for (const [kind, list] of fresh) {
      // One batch comes from one extraction, so text offsets order it without touching the DOM;
      // merging with earlier batches needs only a linear number of DOM comparisons.
      list.sort((a, b) => a.data.span.start - b.data.span.start);
      this.byKind.set(kind, mergeSorted(this.byKind.get(kind) ?? [], list));
      added.push(...list);
    }
    this.total += added.length;
    this.ordered = null;
    if (!this.api) {
      this.marks.push(...wrapRanges(this.doc, added.map((e) => ({ range: e.range as Range, name: HIGHLIGHT_NAMES[e.data.kind], priority: PRIORITY[e.data.kind] }))));
      if (added.length) this.painted();
      return;
    }
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!this.window && (this.long || this.total > PAINT_ALL_UNDER) && typeof view?.IntersectionObserver === 'function') {
      this.window = new ViewportWindow(view, (list) => this.paint(list, true), (list) => this.paint(list, false));
      // What is painted already stays until the observer says its block is out of reach.
      // (A set: the window opens with thousands of entries on each side, and `includes` was quadratic.)
      const fresh = new Set(added);
      this.window.add([...this.byKind.values()].flat().filter((e) => !fresh.has(e)), true);
    }
    if (this.window) this.window.add(added);
    else this.paint(added, true);
  }

  /**
   * Says the page is long (a hundred thousand characters read, more to come): its highlights will
   * be many, so only those near the viewport are painted from the first one on, instead of the
   * first thousand being painted and then handed to the viewport window.
   */
  expectMany(): void {
    this.long = true;
  }

  /**
   * The page has been read whole. A long page whose highlights turned out few (a feed of 100,000
   * nodes naming a few hundred people) gets them all painted, as a short page does; past
   * PAINT_ALL_UNDER the viewport window stays.
   */
  pageRead(): void {
    this.long = false;
    if (!this.window || !this.api || this.total > PAINT_ALL_UNDER) return;
    this.window.disconnect();
    this.window = null;
    for (const list of this.byKind.values()) this.paint(list, true);
  }

  /**
   * Underlines the highlights, or stops: for short pages only, where they cost nothing per frame
   * (styles.ts, LINES). They outlast clear(), since adding or removing them restyles the whole page.
   */
  decorate(on: boolean): void {
    if (!this.api || on === this.decorated) return;
    if (on) {
      this.removeDecorations = adoptStyles(this.doc, decorationCss());
    } else {
      this.removeDecorations?.();
      this.removeDecorations = null;
    }
    for (const [root, styles] of this.shadowStyles) {
      styles.lines?.();
      styles.lines = on ? adoptStyles(root, decorationCss()) : null;
    }
  }

  /** Whether the highlights are underlined (see decorate). */
  get decorated(): boolean {
    return this.removeDecorations !== null;
  }

  /**
   * Calls back the next time highlights are put on the page: at once for what is drawn now, later
   * for what waits for the viewport window (its observer places text a frame after it is given).
   */
  whenPainted(callback: () => void): void {
    this.onPainted.push(callback);
  }

  private painted(): void {
    const callbacks = this.onPainted;
    this.onPainted = [];
    for (const callback of callbacks) callback();
  }

  /** Puts entries' ranges into (or takes them out of) their kind's CSS highlight. */
  private paint(entries: HighlightEntry[], on: boolean): void {
    for (const e of entries) {
      const h = this.highlight(HIGHLIGHT_NAMES[e.data.kind], PRIORITY[e.data.kind]);
      if (on) h?.add(e.range);
      else h?.delete(e.range);
    }
    if (on && entries.length) this.painted();
  }

  /** How many highlights of each kind were found on the page (painted or waiting off screen). */
  counts(): Partial<Record<HighlightKind, number>> {
    const out: Partial<Record<HighlightKind, number>> = {};
    for (const [kind, list] of this.byKind) out[kind] = list.length;
    for (const e of this.shadowed) out[e.data.kind] = (out[e.data.kind] ?? 0) + 1;
    return out;
  }

  /** Paints an entry that lives in an open shadow root (styles adopted there once). */
  private addShadowed(e: HighlightEntry, root: ShadowRoot): boolean {
    if (!this.shadowStyles.has(root)) this.shadowStyles.set(root, { fills: adoptStyles(root, highlightCss()), lines: this.decorated ? adoptStyles(root, decorationCss()) : null });
    this.highlight(HIGHLIGHT_NAMES[e.data.kind], PRIORITY[e.data.kind])?.add(e.range);
    this.shadowed.push(e);
    this.painted();
    return true;
  }

  /** Forgets highlights inside `root` (before re-scanning it); returns how many were dropped. */
  removeWithin(root: Node): number {
    let dropped = 0;
    for (const [kind, list] of this.byKind) {
      // Static ranges keep pointing at text nodes the page has removed (a live one would collapse):
      // those go too, wherever they were.
      const inside = (e: HighlightEntry) => root.contains(startOf(e).startContainer) || !startOf(e).startContainer.isConnected;
      const keep = list.filter((e) => !inside(e));
      const gone = list.filter(inside);
      const h = this.highlights.get(HIGHLIGHT_NAMES[kind]);
      for (const e of gone) h?.delete(e.range);
      this.window?.remove(gone);
      dropped += gone.length;
      this.byKind.set(kind, keep);
    }
    this.total -= dropped;
    this.ordered = null;
    if (this.focused && (root.contains(startOf(this.focused).startContainer) || !startOf(this.focused).startContainer.isConnected)) this.focus(null);
    const inside = this.marks.filter((m) => root.contains(m));
    if (inside.length) {
      unwrapMarks(inside);
      this.marks = this.marks.filter((m) => !inside.includes(m));
    }
    return dropped;
  }

  /** All highlights in document order, the ones a keyboard user steps through. */
  entries(): HighlightEntry[] {
    if (!this.ordered) {
      // Same start (an actor opening a claim): the more specific one first.
      const byPriority = [...this.byKind.entries()].sort(([a], [b]) => PRIORITY[b] - PRIORITY[a]).map(([, list]) => list);
      this.ordered = byPriority.reduce((acc, list) => mergeSorted(acc, list), [] as HighlightEntry[]);
    }
    return this.ordered;
  }

  /**
   * The highlights at a caret position, most specific first (an actor before the claim around it).
   * Binary search per kind: ranges of one kind don't overlap and are kept sorted.
   */
  hitsAt(node: Node, offset: number): HighlightEntry[] {
    const root = node.getRootNode?.();
    if (root && root !== this.doc && (root as ShadowRoot).host) return this.shadowHitsAt(node, offset, root);
    const out: HighlightEntry[] = [];
    const kinds = [...this.byKind.keys()].sort((a, b) => PRIORITY[b] - PRIORITY[a]);
    for (const kind of kinds) {
      const list = this.byKind.get(kind)!;
      let lo = 0;
      let hi = list.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        let c: number;
        try {
          const r = list[mid].range;
          const scratch = (this.scratch ??= this.doc.createRange());
          scratch.setStart(r.startContainer, r.startOffset);
          scratch.setEnd(r.endContainer, r.endOffset);
          c = scratch.comparePoint(node, offset);
        } catch {
          return out; // the point is in another document or a detached tree, or the text changed under a range
        }
        if (c === 0) {
          out.push(list[mid]);
          break;
        }
        if (c < 0) hi = mid - 1;
        else lo = mid + 1;
      }
    }
    return out;
  }

  /**
   * The highlights at a caret position inside a shadow root: a scan of that root's few entries
   * (ranges of another tree can't be compared with the page's sorted lists).
   */
  private shadowHitsAt(node: Node, offset: number, root: Node): HighlightEntry[] {
    const scratch = this.doc.createRange();
    const hits = this.shadowed.filter((e) => {
      const r = e.range;
      if (r.startContainer.getRootNode() !== root) return false;
      try {
        scratch.setStart(r.startContainer, r.startOffset);
        scratch.setEnd(r.endContainer, r.endOffset);
        return scratch.comparePoint(node, offset) === 0;
      } catch {
        return false;
      }
    });
    return hits.sort((a, b) => PRIORITY[b.data.kind] - PRIORITY[a.data.kind]);
  }

  /** Open shadow roots that hold highlights (the caret look-up must be told about them). */
  shadowRoots(): ShadowRoot[] {
    return [...this.shadowStyles.keys()];
  }

  /** The most specific highlight at a caret position, or null. */
  hitTest(node: Node, offset: number): HighlightEntry | null {
    return this.hitsAt(node, offset)[0] ?? null;
  }

  /** Marks one highlight as the keyboard/hover focus (drawn stronger), or none. */
  focus(entry: HighlightEntry | null): void {
    this.focused = entry;
    const h = this.highlight(FOCUS_NAME, 10);
    if (!h) return;
    h.clear();
    if (entry) h.add(entry.range);
  }

  get focusedEntry(): HighlightEntry | null {
    return this.focused;
  }

  /** Removes every highlight this painter drew. */
  clear(): void {
    for (const [name, h] of this.highlights) {
      h.clear();
      this.api?.registry.delete(name);
    }
    this.highlights.clear();
    this.byKind.clear();
    this.window?.disconnect();
    this.window = null;
    this.total = 0;
    this.long = false;
    this.onPainted = [];
    this.scratch = null;
    this.shadowed = [];
    for (const { fills, lines } of this.shadowStyles.values()) {
      fills();
      lines?.();
    }
    this.shadowStyles.clear();
    this.ordered = null;
    unwrapMarks(this.marks);
    this.marks = [];
    this.focused = null;
  }
}
