/*
 * In-page side of the bench (plain browser JS, injected with addInitScript so it is there before the
 * page's own scripts and before the content script). Kept as a .js file rather than functions passed
 * to page.evaluate, because tsx rewrites TypeScript functions with helpers that do not exist in pages.
 */
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}

  /** Text nodes a highlighter would read: not inside script/style/noscript/template. */
  function textNodes(root) {
    const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (skip.has(n.parentNode.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const out = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
    return out;
  }

  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  /**
   * The plain baseline: one escaped alternation (longest first) with letter-aware boundaries, run over
   * every text node, each match a Range in one CSS highlight. What a careful extension would write.
   */
  function regexpBaseline(aliases) {
    const t0 = performance.now();
    const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length);
    let re;
    try {
      re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    } catch (e) {
      return { error: String(e && e.message || e), ms: performance.now() - t0 };
    }
    const highlight = new Highlight();
    let count = 0;
    for (const node of textNodes(document.body)) {
      const data = node.data;
      re.lastIndex = 0;
      for (let m = re.exec(data); m; m = re.exec(data)) {
        const range = new StaticRange({ startContainer: node, startOffset: m.index, endContainer: node, endOffset: m.index + m[0].length });
        highlight.add(range);
        count++;
      }
    }
    CSS.highlights.set('bench-regexp', highlight);
    return { ms: performance.now() - t0, count };
  }

  /** mark.js as extensions use it: an array of terms, whole terms, exact word boundaries. */
  function markjsBaseline(aliases, timeoutMs) {
    const t0 = performance.now();
    let count = 0;
    try {
      new Mark(document.body).mark(aliases, {
        separateWordSearch: false,
        accuracy: 'exactly',
        diacritics: false,
        each: () => count++,
      });
    } catch (e) {
      return { error: String(e && e.message || e), ms: performance.now() - t0, count };
    }
    return { ms: performance.now() - t0, count };
  }

  /** Counts the ranges every registered highlight holds (ours are named dossier-*). */
  function highlightCounts() {
    const out = {};
    CSS.highlights.forEach((h, name) => (out[name] = h.size));
    return out;
  }

  /**
   * Without the content script's own performance marks, watches CSS.highlights every frame: the
   * first frame with a highlight, and the last frame the count grew. Frame-precise (about 16 ms).
   */
  const watch = { first: -1, last: -1, total: 0 };
  const tick = () => {
    let total = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('dossier')) total += h.size;
    });
    const now = performance.now();
    if (total > 0 && watch.first < 0) watch.first = now;
    if (total !== watch.total) {
      watch.total = total;
      watch.last = now;
    }
    requestAnimationFrame(tick);
  };
  if (typeof CSS !== 'undefined' && CSS.highlights) requestAnimationFrame(tick);

  const mark = (name) => performance.getEntriesByName(name).map((e) => e.startTime);

  window.__bench = { longTasks, regexpBaseline, markjsBaseline, highlightCounts, textNodes, watch, mark };
})();
