/**
 * The background's clip paths: the "Clip selection" context menu item and the `clip-selection`
 * keyboard command both ask the tab's content script to clip its selection (only the page knows
 * the selection's place in its text and what the engine found in it).
 */
import type { browser } from 'wxt/browser';
import { CLIP_SELECTION, type ClipSelectionResult, type Reply } from './protocol';
import { isReply } from './client';

export const CLIP_MENU_ID = 'dossier-clip-selection';
export const CLIP_COMMAND = 'clip-selection';

type Api = Pick<typeof browser, 'tabs' | 'contextMenus' | 'runtime' | 'i18n'>;

export interface ClipCommands {
  /** Clips the selection in a tab; what the context menu and the shortcut both call. */
  clipInTab(tabId: number): Promise<ClipSelectionResult>;
  onMenuClicked(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<ClipSelectionResult | null>;
  onCommand(command: string, tab?: { id?: number }): Promise<ClipSelectionResult | null>;
}

export function createClipCommands(api: Api): ClipCommands {
  const self: ClipCommands = {
    async clipInTab(tabId) {
      const reply = (await api.tabs.sendMessage(tabId, { type: CLIP_SELECTION })) as Reply<ClipSelectionResult> | undefined;
      if (!isReply(reply)) throw new Error('The page did not answer: Dossier does not run on this page.');
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
    async onMenuClicked(info, tab) {
      if (info.menuItemId !== CLIP_MENU_ID || tab?.id === undefined) return null;
      return self.clipInTab(tab.id);
    },
    async onCommand(command, tab) {
      if (command !== CLIP_COMMAND) return null;
      // Chrome passes the active tab; Firefox may not.
      const id = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      return id === undefined ? null : self.clipInTab(id);
    },
  };
  return self;
}

/** Registers the menu item (on install/update, so a restarted worker doesn't create it twice). */
export function createClipMenu(api: Api): void {
  api.contextMenus.create({ id: CLIP_MENU_ID, title: api.i18n.getMessage('menuClipSelection') || 'Clip selection', contexts: ['selection'] }, () => {
    // Reading lastError marks a duplicate-id error as handled instead of logging it.
    void api.runtime.lastError;
  });
}
