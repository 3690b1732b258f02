import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageClips, type PageClips } from '../utils/anchor/page-clips';
import { liveRange } from '../utils/highlight/names';
import { startSession, type Session } from '../utils/highlight/session';
import { sendRequest } from '../utils/messages/client';
import { createPortTransport } from '../utils/messages/port-transport';
import { CLIP_SELECTION } from '../utils/messages/protocol';
import { isReadablePage } from '../utils/page/eligibility';
import { isReadableFrame } from '../utils/page/frames';
import { loadSiteAccess, siteAllowed } from '../utils/page/site-access';
import { yieldToMainThread } from '../utils/page/reading-order';
import { liveLayout } from '../utils/page/layout';
// Into the manifest (WXT's default for content-script CSS): the browser adds it before the page is
// styled, where injecting it later made a 5 MB page restyle for 150 ms.
import '../utils/highlight/highlights.css';

/** The reader has limited Dossier to other sites. */
class NotAllowed extends Error {
  constructor() {
    super('Dossier is limited to other sites (options page).');
  }
}

export default defineContentScript({
  matches: ['<all_urls>'],
  // Same-origin iframes are read as pages of their own; other origins' frames stop at once (frames.ts).
  allFrames: true,
  runAt: 'document_idle',
  // WXT tells an older copy of this script (an extension update) to stop with an event on the
  // document; its window.postMessage echo of the same reaches the page's own message listeners,
  // and cost 6-12 ms of the page's main thread on a 5 MB page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The page must never notice us failing: no throw escapes, nothing is logged as an error.
    // Where the timings start (`npm run bench` reads dossier:* marks from the page's timeline).
    performance.mark('dossier:start');
    try {
      if (!isReadablePage(document, location.href) || !isReadableFrame(window)) return;
      // The reader may have limited Dossier to chosen sites (options page; docs/permissions.md). The
      // setting is read while the page is: nothing is drawn or stored before it says yes (the text
      // goes for analysis meanwhile; the background holds its own copy of the setting and refuses).
      const allowed = loadSiteAccess(browser.storage.sync).then((access) => {
        if (!siteAllowed(location.href, access)) throw new NotAllowed();
      });
      allowed.catch(() => undefined); // (awaited below and by the session)
      // One port for all of this page's requests, opened while the page is read (port-transport.ts).
      const port = createPortTransport(
        (name) => browser.runtime.connect({ name }),
        () => browser.runtime.lastError,
      );
      port.open();
      allowed.catch(() => port.close());
      ctx.onInvalidated(() => port.close());
      const send: typeof sendRequest = (type, payload) => sendRequest(type, payload, port.send);
      const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
      let ready!: (session: Session | null) => void;
      const reading = new Promise<Session | null>((resolve) => (ready = resolve));
      // Clips: drawn (re-anchored in time slices) independently of the reading session, and clipped
      // from the selection when the background asks (context menu, keyboard command). Set up when
      // first needed, not before the page's text is on its way.
      let clips: PageClips | null = null;
      const pageClips = (): PageClips => {
        if (clips) return clips;
        const started = startPageClips({ doc: document, location, send, extract: liveLayout, yieldToPage, analysis: () => reading.then((s) => s?.result ?? null) });
        ctx.onInvalidated(() => started.stop());
        return (clips = started);
      };
      browser.runtime.onMessage.addListener((message: unknown) =>
        (message as { type?: unknown } | null)?.type === CLIP_SELECTION
          ? allowed.then(() => pageClips().clipSelection()).then(
              (value) => ({ ok: true, value }),
              (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
            )
          : undefined,
      );
      startSession({
        doc: document,
        location,
        send,
        t: (key, subs) => browser.i18n.getMessage(key as never, subs) || key,
        extract: liveLayout,
        // setTimeout(0) would be clamped to 4 ms after a few nested calls: hundreds of slices add up.
        yieldToPage: yieldToMainThread,
        ready: allowed,
        stylesInManifest: true,
        // The whole engine runs in the background at ~5 ms per 1,000 characters: a slice this big is
        // ~100 ms there, so other tabs' requests still get a turn between two of ours.
        sliceChars: 20_000,
        watch: true,
        onNavigated: () => void pageClips().draw().catch((e: unknown) => console.debug('[dossier] clips not drawn:', e)),
        // Clips are drawn once the page's own names are: their request would otherwise reach the
        // background ahead of the page's text, and the store's read hold up its analysis.
        onFirstDrawn: () =>
          void allowed
            .then(() => pageClips().draw())
            .catch((e: unknown) => e instanceof NotAllowed || console.debug('[dossier] clips not drawn:', e)),
        onClip: async (entry) => {
          const range = liveRange(entry.range);
          if (!range) throw new Error('The highlighted text has changed on the page.');
          const { clip, reason } = await pageClips().clipRange(range);
          if (!clip) throw new Error(reason);
        },
      }).then(
        (session) => {
          ready(session);
          ctx.onInvalidated(() => session.stop());
        },
        (e: unknown) => {
          ready(null);
          if (!(e instanceof NotAllowed)) console.debug('[dossier] page not analysed:', e);
        },
      );
    } catch (e) {
      console.debug('[dossier] content script stopped:', e);
    }
  },
});
