/**
 * The page's first word to the background, at document_start (utils/messages/wake.ts): listed in the
 * manifest by hand (wxt.config.ts) as a content script of its own. It runs before the page is parsed,
 * on every page, so it is kept to a few lines: no polyfill, no WXT content-script context.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageLang, wakePortName } from '../utils/messages/wake';

/** What this uses of `chrome.runtime`: Chrome and Firefox both give content scripts `chrome`. */
interface Runtime {
  connect(info: { name: string }): { onDisconnect: { addListener(listener: () => void): void } };
  lastError?: unknown;
}

export default defineUnlistedScript(() => {
  const runtime = (globalThis as { chrome?: { runtime?: Runtime } }).chrome?.runtime;
  if (!runtime || !/^(https?|file):$/.test(location.protocol)) return;
  try {
    const port = runtime.connect({ name: wakePortName(pageLang(document.documentElement?.getAttribute('lang'))) });
    // Read, so Chrome does not report an unchecked error if the worker could not be reached.
    port.onDisconnect.addListener(() => void runtime.lastError);
  } catch {
    // The extension was reloaded or removed under the page: the reading script will say nothing either.
  }
});
