/**
 * Which element holds the article: the content the store keeps, and where metadata (bylines,
 * <time>) is looked for first. Called on every page load, so it reads as little text as it can.
 */

/** Paragraph text that is not link text: high for an article body, low for link lists and feeds. */
function proseScore(el: Element, enough = Infinity): number {
  let score = 0;
  // Live collections, walked in order: the first paragraphs come without the browser listing (and
  // wrapping) all of them first, as querySelectorAll did: 4-7 ms on the bench's 1 and 5 MB pages.
  const paragraphs = el.getElementsByTagName('p');
  for (let i = 0, p = paragraphs[0]; p; p = paragraphs[++i]) {
    const text = p.textContent ?? '';
    if (!text.trim()) continue;
    let links = 0;
    const anchors = p.getElementsByTagName('a');
    for (let j = 0, a = anchors[0]; a; a = anchors[++j]) links += (a.textContent ?? '').length;
    score += Math.max(0, text.length - links);
    // The headline's article only needs to hold some prose: on a 5 MB page, reading every
    // paragraph's text to learn that costs tens of milliseconds.
    if (score >= enough) return score;
  }
  return score;
}

/**
 * Picks the element holding the article text: the <article> with the most prose (pages also use
 * <article> for comment templates, "read also" boxes and news feeds), else <main>/[role=main].
 */
export function findMainElement(root: ParentNode): Element | null {
  // The headline is the strongest signal: the article that holds the page's <h1> is the article.
  const h1 = root.querySelector('h1');
  const headed = h1?.closest('article');
  if (headed && proseScore(headed, 1) > 0) return headed;
  let best: Element | null = null;
  let bestScore = 0;
  for (const a of Array.from(root.querySelectorAll('article'))) {
    const score = proseScore(a);
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  return best ?? root.querySelector('main, [role="main"]');
}
