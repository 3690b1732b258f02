/**
 * What the options page's sync section can do, as one object the component receives (so the
 * component is testable with a fake). Sync itself runs in the background; this side saves
 * settings, asks for the host permission (needs the click's user gesture), and does the file work.
 */
import { browser } from 'wxt/browser';
import { TABLE_NAMES, type DossierDB } from '../db/database';
import { forgetPassword, hasPassword, savePassword } from './credentials';
import { exportStore, importStore } from './file';
import { syncMetaFor } from './meta';
import { requestSync } from './scheduler';
import { loadSettings, loadStatus, originPattern, saveSettings, STATUS_KEY, validateSettings, type SyncSettings, type SyncStatus } from './settings';

export interface SyncPanelApi {
  load(): Promise<{ settings: SyncSettings; hasPassword: boolean; status: SyncStatus }>;
  /** Returns an i18n key when the settings can't be saved. */
  save(settings: SyncSettings, password: string): Promise<string | null>;
  forgetPassword(): Promise<void>;
  syncNow(): Promise<void>;
  onStatus(listener: (s: SyncStatus) => void): () => void;
  exportFile(passphrase: string): Promise<{ text: string; records: number }>;
  importFile(text: string, passphrase: string): Promise<{ records: number; changed: number }>;
}

export function createSyncPanelApi(db: DossierDB): SyncPanelApi {
  const meta = syncMetaFor(db.name);
  return {
    load: async () => ({ settings: await loadSettings(), hasPassword: await hasPassword(), status: await loadStatus() }),
    async save(settings, password) {
      const invalid = validateSettings(settings);
      if (invalid) return invalid;
      // Asked before any await, inside the click: browsers only prompt during a user gesture.
      const asking = browser.permissions.request({ origins: [originPattern(settings.url)] }).catch(() => false);
      await saveSettings(settings);
      if (password) await savePassword(meta, password);
      // Saved either way: a server that sends CORS headers works without the permission.
      return (await asking) ? null : 'syncPermissionDenied';
    },
    forgetPassword,
    syncNow: requestSync,
    onStatus(listener) {
      const fn = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && changes[STATUS_KEY]?.newValue) listener(changes[STATUS_KEY].newValue as SyncStatus);
      };
      browser.storage.onChanged.addListener(fn);
      return () => browser.storage.onChanged.removeListener(fn);
    },
    async exportFile(passphrase) {
      const text = await exportStore(db, passphrase);
      // Only the reader's records: the search index is derived and never exported.
      const records = (await Promise.all(TABLE_NAMES.map((t) => db.table(t).count()))).reduce((a, b) => a + b, 0);
      return { text, records };
    },
    importFile: async (text, passphrase) => {
      const result = await importStore(db, text, passphrase);
      if (result.changed) await requestSync(); // harmless when sync is off: the background says "not configured"
      return result;
    },
  };
}
