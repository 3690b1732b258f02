import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze, findActors, prepareDateGates } from '../utils/analyze';
import { compileGazetteer, loadGazetteer, type CompiledGazetteer } from '../utils/analyze/gazetteer';
import { PRIMER_PUBLISHED, PRIMER_TEXTS } from '../utils/analyze/primer';
import { createAnalysisService } from '../utils/db/analysis-service';
import { db } from '../utils/db/database';
import { STORAGE_KEY, createGazetteerCache, watchGazetteerActors } from '../utils/db/gazetteer-cache';
import { createIdbKeyValueStore } from '../utils/db/kv-store';
import { createClipCommands, createClipMenu } from '../utils/messages/clip-commands';
import { replyAs } from '../utils/messages/envelope';
import { createRouter, handlesMessage } from '../utils/messages/router';
import { PORT_NAME, servePort } from '../utils/messages/port-transport';
import { createRequestTally } from '../utils/messages/request-tally';
import { isWakePort, serveWake } from '../utils/messages/wake';
import { watchSiteAccess } from '../utils/page/site-access';
import { startSync } from '../utils/sync/scheduler';

/** How long after the worker starts the gazetteer's actors are watched (see below). */
const GAZETTEER_WATCH_DELAY_MS = 3000;

export default defineBackground(() => {
  const gazetteer = createGazetteerCache({
    db,
    compile: compileGazetteer,
    loadStarter: async () => {
      const res = await fetch(browser.runtime.getURL('/gazetteer/starter.json'));
      if (!res.ok) throw new Error(`starter gazetteer: HTTP ${res.status}`);
      return res.json();
    },
    storage: createIdbKeyValueStore('dossier-cache'),
  });
  // Pages send text and get names back: the gazetteer stays here (utils/db/analysis-service.ts).
  const analysis = createAnalysisService(
    gazetteer,
    { load: (data) => loadGazetteer(data as CompiledGazetteer), findActors, analyze, prepare: prepareDateGates },
    { published: PRIMER_PUBLISHED, texts: PRIMER_TEXTS },
  );
  const warm = () => void analysis.warm().catch((e: unknown) => console.debug('[dossier] gazetteer not loaded yet:', e));
  // Loaded before the first page asks (a restarted worker: its stored copy, unchecked), and again
  // soon after the user's actors change.
  warm();
  let rewarm: ReturnType<typeof setTimeout> | undefined;
  // The watch reads every gazetteer actor's key: not while the page that woke this worker waits. Once
  // it is in place, what is served is checked against the actors, so no change goes unseen.
  setTimeout(() => {
    watchGazetteerActors(
      db,
      () => {
        gazetteer.invalidate();
        clearTimeout(rewarm);
        rewarm = setTimeout(warm, 1000);
      },
      () => void gazetteer.check().then(warm, (e: unknown) => console.debug('[dossier] gazetteer not checked:', e)),
    );
  }, GAZETTEER_WATCH_DELAY_MS);
  // What pages asked and what is still unanswered: `dossierRequests()` in this worker's console.
  const tally = createRequestTally();
  (globalThis as { dossierRequests?: unknown }).dossierRequests = () => tally.snapshot();
  const handleRequest = createRouter({ db, gazetteer, analysis, tally });
  void startSync(db); // listeners registered synchronously inside; see utils/sync/scheduler.ts

  // Clipping: context menu and keyboard command ask the tab's content script (utils/messages/clip-commands.ts).
  const clipCommands = createClipCommands(browser);
  browser.runtime.onInstalled.addListener(() => {
    createClipMenu(browser);
    // Where earlier versions kept the compiled gazetteer (tens of MB with a big list): it is in
    // IndexedDB now (utils/db/kv-store.ts). Once, on the update, not at every start of the worker.
    void browser.storage.local.remove(STORAGE_KEY).catch(() => undefined);
  });
  const reportClipFailure = (e: unknown) => console.debug('[dossier] clip failed:', e);
  browser.contextMenus.onClicked.addListener((info, tab) => void clipCommands.onMenuClicked(info, tab).catch(reportClipFailure));
  browser.commands.onCommand.addListener((command, tab) => void clipCommands.onCommand(command, tab).catch(reportClipFailure));
  // Native menus can't be clicked by Playwright: the e2e test calls the same handlers from here.
  (globalThis as { dossierClipCommands?: unknown }).dossierClipCommands = clipCommands;

  // Returning `undefined` leaves other features' message types to their own listeners; for ours the
  // reply is the native promise of an async function (a Dexie promise would reach Chrome as undefined).
  // Bulky ones arrive sealed as one JSON string (utils/messages/envelope.ts).
  const answer = async (message: unknown) => {
    const reply = await handleRequest(message);
    return replyAs(message, reply);
  };
  browser.runtime.onMessage.addListener((message: unknown) => (handlesMessage(message) ? answer(message) : undefined));
  // Content scripts send their requests over one port per page (utils/messages/port-transport.ts),
  // page text even before they have read the reader's site setting: this copy of it decides.
  const siteAllows = watchSiteAccess(browser.storage.sync, browser.storage.onChanged);
  // A page starting to load says so (utils/messages/wake.ts): the engine gets ready while it loads.
  const prime = (lang: Parameters<typeof analysis.prime>[0]) => void analysis.prime(lang).catch((e: unknown) => console.debug('[dossier] not primed:', e));
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === PORT_NAME) {
      tally.portOpened();
      servePort(port, answer, () => siteAllows(port.sender?.url));
    } else if (isWakePort(port.name)) serveWake(port, prime, () => siteAllows(port.sender?.url));
  });
});
