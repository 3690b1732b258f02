/** Store failures as a sentence the reader (and the reply) can use, not a bare DOMException. */
export function describeDbError(error: unknown): string {
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return 'QuotaExceededError: the browser refused to store more data (storage quota exceeded); free space or remove old sources.';
  }
  if (error instanceof Error) return error.message ? `${name}: ${error.message}` : name;
  return String(error);
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'Error';
  // Dexie wraps the DOMException; the real cause is in `inner`.
  const inner = (error as { inner?: unknown }).inner;
  const innerName = inner && typeof inner === 'object' ? (inner as { name?: unknown }).name : undefined;
  if (innerName === 'QuotaExceededError') return 'QuotaExceededError';
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : 'Error';
}
