/**
 * Where sync's configuration lives. Server address, database name, user name and the automatic flag
 * go to `storage.sync` (they follow the reader's browser profile; they are not secrets). The password
 * never does: see ./credentials.ts. Status goes to `storage.local` so every extension page can show it.
 */
import { browser } from 'wxt/browser';
import type { SyncErrorCode } from './errors';

export interface SyncSettings {
  url: string;
  db: string;
  username: string;
  auto: boolean;
  /** Periodic sync, in minutes (alarms: at least 1). */
  intervalMin: number;
}

export interface SyncStatus {
  state: 'idle' | 'running' | 'ok' | 'error';
  code?: SyncErrorCode;
  detail?: string;
  lastAttemptAt?: number;
  lastOkAt?: number;
  pulled?: number;
  pushed?: number;
  pending?: number;
  /** When a failed sync will be tried again (backoff). */
  retryAt?: number;
}

export const SETTINGS_KEY = 'dossierSync';
export const STATUS_KEY = 'dossierSyncStatus';
/** Any extension page writes a timestamp here to ask the background for a sync now. */
export const REQUEST_KEY = 'dossierSyncRequest';

export const DEFAULT_SETTINGS: SyncSettings = { url: '', db: 'dossier', username: '', auto: false, intervalMin: 30 };

export async function loadSettings(): Promise<SyncSettings> {
  const got = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<SyncSettings> | undefined;
  return { ...DEFAULT_SETTINGS, ...(got ?? {}) };
}

/** Checked before saving: a URL we can fetch and a legal CouchDB database name. */
export function validateSettings(s: SyncSettings): 'syncInvalidUrl' | 'syncInvalidDb' | null {
  try {
    const u = new URL(s.url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'syncInvalidUrl';
  } catch {
    return 'syncInvalidUrl';
  }
  // https://docs.couchdb.org/en/stable/api/database/common.html#put--db
  return /^[a-z][a-z0-9_$()+/-]*$/.test(s.db) ? null : 'syncInvalidDb';
}

export async function saveSettings(s: SyncSettings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: { ...s, intervalMin: Math.max(1, Math.round(s.intervalMin)) } });
}

export async function loadStatus(): Promise<SyncStatus> {
  return ((await browser.storage.local.get(STATUS_KEY))[STATUS_KEY] as SyncStatus | undefined) ?? { state: 'idle' };
}

export async function saveStatus(s: SyncStatus): Promise<void> {
  await browser.storage.local.set({ [STATUS_KEY]: s });
}

/** The origin pattern the extension must hold a host permission for. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
