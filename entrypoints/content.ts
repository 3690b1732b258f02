import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyze } from '../utils/analyze';
import { loadGazetteer, type CompiledGazetteer } from '../utils/analyze/gazetteer';
import { startSession } from '../utils/highlight/session';
import { sendRequest } from '../utils/messages/client';
import { isReadablePage } from '../utils/page/eligibility';
import { liveLayout } from '../utils/page/layout';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    // The page must never notice us failing: no throw escapes, nothing is logged as an error.
    try {
      if (!isReadablePage(document, location.href)) return;
      startSession({
        doc: document,
        location,
        send: sendRequest,
        loadGazetteer: (data) => loadGazetteer(data as CompiledGazetteer),
        analyze,
        t: (key, subs) => browser.i18n.getMessage(key as never, subs) || key,
        extract: liveLayout,
        yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
        watch: true,
      }).then(
        (session) => ctx.onInvalidated(() => session.stop()),
        (e: unknown) => console.debug('[dossier] page not analysed:', e),
      );
    } catch (e) {
      console.debug('[dossier] content script stopped:', e);
    }
  },
});
