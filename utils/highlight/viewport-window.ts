/**
 * Painting only what is near the viewport. Chromium rebuilds the markers of every range of every
 * highlight in the frame after any change to CSS.highlights (or to the DOM): with 14,000 names on a
 * 1 MB page that is a 100 ms frame each time, and the page's own DOM changes pay it too. Past a few
 * thousand highlights, only the text within two screens of the viewport keeps its highlights; an
 * IntersectionObserver (computed by the browser, off our scripts) adds and drops them as the reader
 * scrolls, before the text comes into view.
 *
 * The observer's own cost grows with its targets (~15 µs each per scrolled frame), so it watches one
 * block in GROUP_BLOCKS: a group of consecutive blocks is near the viewport when its first block is,
 * when the next group's first block is, or when the viewport lies between the two.
 */
import { isBlockElement } from '../page/extract';
import { startOf, type HighlightEntry } from './names';

/** Consecutive blocks (paragraphs) watched through one target. */
const GROUP_BLOCKS = 16;
/** How far from the viewport text keeps its highlights: two screens above and below. */
const MARGIN = '200% 0px';

type Where = 'above' | 'in' | 'below' | 'unknown';

interface Group {
  target: Element;
  blocks: Element[];
  entries: HighlightEntry[];
  /** The group after it in document order, when the page is read in order (null: none, or out of order). */
  next: Group | null;
  /** A block that arrived out of document order (a re-read block in the middle): only its own state counts. */
  alone: boolean;
  shown: boolean;
}

/** The element a highlight's text sits in: its nearest block (a paragraph, a cell). */
function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const first = el;
  for (; el; el = el.parentElement) if (isBlockElement(el)) return el;
  return first;
}

export class ViewportWindow {
  private readonly groupOf = new Map<Element, Group>();
  private readonly byTarget = new Map<Element, Group>();
  private readonly where = new Map<Element, Where>();
  private last: Group | null = null;
  private readonly observer: IntersectionObserver;

  constructor(
    view: Window & typeof globalThis,
    private readonly show: (entries: HighlightEntry[]) => void,
    private readonly hide: (entries: HighlightEntry[]) => void,
  ) {
    this.observer = new view.IntersectionObserver((records) => this.update(records), { rootMargin: MARGIN });
  }

  /**
   * Takes entries over; `painted` says they are on screen already (drawn before the window opened):
   * they stay until the observer has placed their group.
   */
  add(entries: HighlightEntry[], painted = false): void {
    // Entries of one paragraph share their text node's parent: one walk up to the block each.
    const blocks = new Map<Node | null, Element | null>();
    for (const e of entries) {
      const node = startOf(e).startContainer;
      const parent = node.parentNode;
      let block = blocks.get(parent);
      if (block === undefined) blocks.set(parent, (block = blockOf(node)));
      if (!block) continue;
      const group = this.groupOf.get(block) ?? this.place(block, painted);
      group.entries.push(e);
      if (group.shown && !painted) this.show([e]);
    }
  }

  private place(block: Element, painted: boolean): Group {
    const last = this.last;
    const inOrder = !last || !!(last.blocks[last.blocks.length - 1].compareDocumentPosition(block) & 4 /* FOLLOWING */);
    let group: Group;
    if (inOrder && last && !last.alone && last.blocks.length < GROUP_BLOCKS) {
      group = last;
      group.blocks.push(block);
    } else {
      group = { target: block, blocks: [block], entries: [], next: null, alone: !inOrder, shown: painted };
      this.byTarget.set(block, group);
      this.where.set(block, 'unknown');
      this.observer.observe(block);
      if (inOrder) {
        if (last && !last.alone) last.next = group;
        this.last = group;
      }
    }
    this.groupOf.set(block, group);
    return group;
  }

  /** Forgets entries (the caller removes their highlights). */
  remove(entries: HighlightEntry[]): void {
    const gone = new Set(entries);
    const groups = new Set<Group>();
    for (const e of entries) {
      const block = blockOf(startOf(e).startContainer);
      const g = block ? this.groupOf.get(block) : undefined;
      if (g) groups.add(g);
    }
    for (const g of groups) g.entries = g.entries.filter((e) => !gone.has(e));
  }

  private near(g: Group): boolean {
    const here = this.where.get(g.target);
    if (here === 'in') return true;
    if (g.alone) return false;
    const next = g.next ? this.where.get(g.next.target) : undefined;
    return next === 'in' || (here === 'above' && (!g.next || next === 'below'));
  }

  private update(records: IntersectionObserverEntry[]): void {
    const touched = new Set<Group>();
    for (const r of records) {
      const g = this.byTarget.get(r.target);
      if (!g) continue;
      const top = r.rootBounds?.top ?? 0;
      this.where.set(r.target, r.isIntersecting ? 'in' : r.boundingClientRect.bottom <= top ? 'above' : 'below');
      touched.add(g);
    }
    // A group's state also depends on the next group's first block: look at the group before each.
    const before = new Map<Group, Group>();
    for (const g of this.byTarget.values()) if (g.next && touched.has(g.next)) before.set(g.next, g);
    for (const g of [...touched]) {
      const prev = before.get(g);
      if (prev) touched.add(prev);
    }
    const showing: HighlightEntry[] = [];
    const hiding: HighlightEntry[] = [];
    for (const g of touched) {
      const near = this.near(g);
      if (near === g.shown) continue;
      g.shown = near;
      (near ? showing : hiding).push(...g.entries);
    }
    if (hiding.length) this.hide(hiding);
    if (showing.length) this.show(showing);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.groupOf.clear();
    this.byTarget.clear();
    this.where.clear();
    this.last = null;
  }
}
