/**
 * Which frames the content script reads. It is injected into every frame (`allFrames`), so that an
 * article embedded in a same-origin iframe is read like any page; but a frame from another origin
 * (ads, video players, comment widgets, trackers) is left alone: it isn't what the reader is reading,
 * and reading every ad frame would cost memory on every page.
 */
export function isReadableFrame(win: Window): boolean {
  let top: Window | null;
  try {
    top = win.top;
  } catch {
    return false;
  }
  if (!top || top === win) return true;
  try {
    // Reading the top's origin throws (or is opaque) when the frame is cross-origin.
    return top.location.origin === win.location.origin && win.location.origin !== 'null';
  } catch {
    return false;
  }
}
