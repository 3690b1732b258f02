import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { compileGazetteer } from '../utils/analyze/gazetteer';
import { db } from '../utils/db/database';
import { createGazetteerCache, watchGazetteerActors } from '../utils/db/gazetteer-cache';
import { createClipCommands, createClipMenu } from '../utils/messages/clip-commands';
import { createRouter, handlesMessage } from '../utils/messages/router';
import { startSync } from '../utils/sync/scheduler';

export default defineBackground(() => {
  const gazetteer = createGazetteerCache({
    db,
    compile: compileGazetteer,
    loadStarter: async () => {
      const res = await fetch(browser.runtime.getURL('/gazetteer/starter.json'));
      if (!res.ok) throw new Error(`starter gazetteer: HTTP ${res.status}`);
      return res.json();
    },
    storage: {
      get: async (key) => (await browser.storage.local.get(key))[key],
      set: (key, value) => browser.storage.local.set({ [key]: value }),
    },
  });
  watchGazetteerActors(db, () => gazetteer.invalidate());
  const handleRequest = createRouter({ db, gazetteer });
  void startSync(db); // listeners registered synchronously inside; see utils/sync/scheduler.ts

  // Clipping: context menu and keyboard command ask the tab's content script (utils/messages/clip-commands.ts).
  const clipCommands = createClipCommands(browser);
  browser.runtime.onInstalled.addListener(() => createClipMenu(browser));
  const reportClipFailure = (e: unknown) => console.debug('[dossier] clip failed:', e);
  browser.contextMenus.onClicked.addListener((info, tab) => void clipCommands.onMenuClicked(info, tab).catch(reportClipFailure));
  browser.commands.onCommand.addListener((command, tab) => void clipCommands.onCommand(command, tab).catch(reportClipFailure));
  // Native menus can't be clicked by Playwright: the e2e test calls the same handlers from here.
  (globalThis as { dossierClipCommands?: unknown }).dossierClipCommands = clipCommands;

  // Returning `undefined` leaves other features' message types to their own listeners; for ours the
  // reply is the native promise of an async function (a Dexie promise would reach Chrome as undefined).
  browser.runtime.onMessage.addListener((message: unknown) =>
    handlesMessage(message) ? (async () => handleRequest(message))() : undefined,
  );
});
