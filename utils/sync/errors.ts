/**
 * Every way a sync can end, as a code with an i18n key, so the options page says what happened in
 * plain words (keys `syncStatus_<code>` in both locales' messages.json).
 */
export type SyncErrorCode =
  | 'unreachable' // no connection / DNS / refused / timeout
  | 'interrupted' // the connection was cut in the middle of an answer
  | 'unauthorized' // 401: wrong user name or password
  | 'forbidden' // 403: the account may not read or write this database
  | 'notFound' // 404 on the database and it could not be created
  | 'conflict' // 409s that did not resolve after merging and retrying
  | 'garbage' // the server answered something that is not the CouchDB protocol
  | 'serverQuota' // 413/507 or a quota reason from the server
  | 'localQuota' // the browser refused to store more (QuotaExceededError)
  | 'server' // other 5xx
  | 'permission' // the extension has no host permission for the server
  | 'notConfigured';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'SyncError';
  }
}

/** i18n message key for a status code. */
export function statusKey(code: SyncErrorCode | 'ok' | 'running'): string {
  return `syncStatus_${code}`;
}

function isQuota(e: unknown): boolean {
  const names = [(e as { name?: string })?.name, (e as { inner?: { name?: string } })?.inner?.name];
  return names.some((n) => n === 'QuotaExceededError');
}

/** Classify anything thrown during a sync into a SyncError. */
export function toSyncError(e: unknown): SyncError {
  if (e instanceof SyncError) return e;
  if (isQuota(e)) return new SyncError('localQuota', String((e as Error).message ?? e));
  return new SyncError('unreachable', e instanceof Error ? e.message : String(e));
}
