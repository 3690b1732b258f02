/**
 * Watching a live page for text that arrives later (infinite scroll, SPA navigation, "load more"):
 * mutations are collected, debounced, and reduced to the smallest set of block-level subtrees that
 * changed, so only those are re-read and re-highlighted.
 */
import { isBlockElement, isSkipped, UI_ATTRIBUTE } from './extract';

export interface WatchOptions {
  /** Quiet time before reporting, in ms (a feed often adds items in bursts). */
  debounceMs?: number;
  /** Report at the latest after this long even if mutations keep coming. */
  maxWaitMs?: number;
}

export interface Watcher {
  /** Runs our own DOM work (fallback marks) without it being reported as a page change. */
  ignore<T>(fn: () => T): T;
  stop(): void;
}

function blockOf(node: Node, body: Element): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== body && !isBlockElement(el)) el = el.parentElement;
  return el;
}

function isOurs(node: Node): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (el.hasAttribute(UI_ATTRIBUTE) || el.tagName === 'DOSSIER-MARK') return true;
  }
  return false;
}

/** Calls `onChange` with the top-most changed blocks (never nested in one another). */
export function watchChanges(doc: Document, onChange: (roots: Element[]) => void, opts: WatchOptions = {}): Watcher {
  const view = doc.defaultView;
  if (!view?.MutationObserver || !doc.body) return { ignore: (fn) => fn(), stop() {} };
  const body = doc.body;
  const pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const flush = () => {
    timer = undefined;
    firstAt = 0;
    const roots = [...pending].filter((el) => el.isConnected);
    pending.clear();
    const top = roots.filter((el) => !roots.some((other) => other !== el && other.contains(el)));
    if (top.length) onChange(top);
  };

  const collect = (records: MutationRecord[]) => {
    for (const r of records) {
      const nodes = r.type === 'characterData' ? [r.target] : [...Array.from(r.addedNodes)];
      for (const node of nodes) {
        if (isOurs(node) || (node.nodeType === 1 && isSkipped(node as Element))) continue;
        if (node.nodeType === 3 && !(node as Text).data.trim()) continue;
        const block = blockOf(node, body);
        if (block && !isOurs(block)) pending.add(block);
      }
    }
    if (!pending.size) return;
    const now = Date.now();
    if (!firstAt) firstAt = now;
    clearTimeout(timer);
    const wait = Math.min(opts.debounceMs ?? 500, Math.max(0, firstAt + (opts.maxWaitMs ?? 2000) - now));
    timer = setTimeout(flush, wait);
  };

  const observer = new view.MutationObserver(collect);
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  return {
    ignore(fn) {
      collect(observer.takeRecords());
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    stop() {
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
