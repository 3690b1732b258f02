/**
 * Whether the reader is scrolled down, asked without forcing a layout.
 *
 * Reading `scrollY` makes the browser lay the page out there and then. A content script starts at
 * document_idle, usually ~110 ms after DOMContentLoaded, when a big page is laid out already; but
 * now and then it starts sooner (14 ms after, in one load of twenty), and then the page's first
 * layout (85 ms for the bench's 1 MB page, 5,990 boxes) ran inside the script's first task. A page
 * not drawn yet has not been scrolled by its reader, so until its next frame the answer is no; it
 * is read once in the task after that frame, whose own rendering has laid the page out (read in the
 * frame's callback, the same layout would still run, but forced by us and counted as ours).
 */
export function scrollProbe(win: (Window & typeof globalThis) | null | undefined): () => boolean {
  let scrolled = false;
  if (typeof win?.requestAnimationFrame === 'function') {
    // A background tab draws no frames: it stays "not scrolled" until it is shown.
    win.requestAnimationFrame(() => win.setTimeout(() => (scrolled = win.scrollY > 0), 0));
  }
  return () => scrolled;
}
