/**
 * Automatic sync for the background: periodically (alarms survive the service worker sleeping),
 * shortly after local changes (debounced), on request from an extension page (a timestamp in
 * storage.local, so no new message type is needed), and after failures with exponential backoff.
 * One sync at a time; the outcome goes to storage.local for the options page.
 */
import { browser } from 'wxt/browser';
import type { DossierDB } from '../db/database';
import { loadPassword } from './credentials';
import { SyncError, toSyncError } from './errors';
import { installSyncHooks } from './hooks';
import { loadClock, syncMetaFor } from './meta';
import { countPending, syncOnce, type SyncReport } from './replicate';
import { loadSettings, loadStatus, originPattern, REQUEST_KEY, saveStatus, SETTINGS_KEY, type SyncStatus } from './settings';

export const PERIODIC_ALARM = 'dossier-sync';
export const RETRY_ALARM = 'dossier-sync-retry';
const CHANGE_DEBOUNCE_MS = 10_000;

/** 30 s, 1, 2, 4 … minutes, capped at an hour, with ±20 % jitter so devices don't retry in step. */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const base = Math.min(3600_000, 30_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

async function hostAllowed(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return true; // no permissions API here (tests): nothing to add to the network error
  }
}

let running: Promise<SyncStatus> | null = null;

/** Sync once with the saved settings and record the outcome; concurrent calls share one run. */
export function syncNow(db: DossierDB): Promise<SyncStatus> {
  running ??= runAndRecord(db).finally(() => (running = null));
  return running;
}

async function runAndRecord(db: DossierDB): Promise<SyncStatus> {
  const prev = await loadStatus();
  const settings = await loadSettings();
  const meta = syncMetaFor(db.name);
  const started = Date.now();
  await saveStatus({ ...prev, state: 'running', lastAttemptAt: started });
  let status: SyncStatus;
  try {
    if (!settings.url) throw new SyncError('notConfigured', 'no server');
    const report: SyncReport = await syncOnce(db, {
      url: settings.url,
      db: settings.db,
      username: settings.username || undefined,
      password: settings.username ? await loadPassword(meta) : undefined,
    });
    await meta.set('failures', 0);
    status = { state: 'ok', lastAttemptAt: started, lastOkAt: Date.now(), pulled: report.pulled, pushed: report.pushed, pending: await countPending(db) };
    await browser.alarms.clear(RETRY_ALARM);
  } catch (e) {
    let err = toSyncError(e);
    // Servers that send CORS headers work without a host permission; for the others, say what is missing.
    if (err.code === 'unreachable' && settings.url && !(await hostAllowed(settings.url))) err = new SyncError('permission', originPattern(settings.url));
    const failures = ((await meta.get<number>('failures')) ?? 0) + 1;
    await meta.set('failures', failures);
    // Settings problems won't fix themselves: wait for the user instead of hammering the server.
    const retry = !['notConfigured', 'permission', 'unauthorized', 'forbidden'].includes(err.code);
    const retryAt = retry ? Date.now() + backoffDelay(failures) : undefined;
    if (retryAt && settings.auto) await browser.alarms.create(RETRY_ALARM, { when: retryAt });
    status = { ...prev, state: 'error', code: err.code, detail: err.message, lastAttemptAt: started, retryAt, pending: await countPending(db).catch(() => undefined) };
  }
  await saveStatus(status);
  return status;
}

async function configureAlarm(): Promise<void> {
  const s = await loadSettings();
  if (s.auto && s.url) await browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: Math.max(1, s.intervalMin) });
  else await browser.alarms.clear(PERIODIC_ALARM);
}

/**
 * Wire sync into the background: hooks on the store, alarms, change and request listeners. Call once,
 * synchronously at the service worker's top level: MV3 only delivers the event that woke the worker
 * to listeners registered before the first await.
 */
export function startSync(db: DossierDB, opts: { debounceMs?: number } = {}): Promise<void> {
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const onLocalChange = () => {
    clearTimeout(debounce);
    debounce = setTimeout(async () => {
      const s = await loadSettings();
      const status = await loadStatus();
      // During backoff the retry alarm owns the next attempt; local edits don't shorten it.
      if (s.auto && s.url && !(status.retryAt && status.retryAt > Date.now())) void syncNow(db);
    }, opts.debounceMs ?? CHANGE_DEBOUNCE_MS);
  };
  const ready = loadClock(syncMetaFor(db.name)).then((clock) => void installSyncHooks(db, clock, onLocalChange));
  const whenReady = () => void ready.then(() => syncNow(db));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC_ALARM || alarm.name === RETRY_ALARM) whenReady();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[REQUEST_KEY]?.newValue) whenReady();
    if (area === 'sync' && changes[SETTINGS_KEY]) void configureAlarm();
  });
  return ready.then(configureAlarm);
}

/** Ask the background to sync now (from the options page or popup). */
export async function requestSync(): Promise<void> {
  await browser.storage.local.set({ [REQUEST_KEY]: Date.now() });
}
