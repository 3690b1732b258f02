/**
 * A small CouchDB client over fetch: the calls replication needs and nothing else. Every failure
 * becomes a SyncError with a code the UI can word (./errors.ts); answers are checked for shape
 * before use, because a proxy or a captive portal can answer anything.
 */
import { SyncError } from './errors';

export interface CouchConfig {
  /** Server root, e.g. https://couch.example.org:5984 */
  url: string;
  db: string;
  username?: string;
  password?: string;
  /** Injected in tests to count requests; defaults to global fetch. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface ChangeRow {
  id: string;
  seq: unknown;
  changes: { rev: string }[];
  deleted?: boolean;
}
export interface ChangesPage {
  results: ChangeRow[];
  last_seq: unknown;
}
export interface BulkDocResult {
  id: string;
  rev?: string;
  ok?: boolean;
  error?: string;
  reason?: string;
}
export interface CouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  [k: string]: unknown;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function utf8Base64(s: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(s)));
}

export class CouchClient {
  private readonly base: string;
  private readonly fetchFn: typeof fetch;
  private readonly auth?: string;

  constructor(private readonly cfg: CouchConfig) {
    this.base = `${cfg.url.replace(/\/+$/, '')}/${encodeURIComponent(cfg.db)}`;
    this.fetchFn = cfg.fetch ?? ((...a) => fetch(...a));
    if (cfg.username) this.auth = `Basic ${utf8Base64(`${cfg.username}:${cfg.password ?? ''}`)}`;
  }

  /** One request; returns parsed JSON or throws a classified SyncError. `ok404` returns null on 404. */
  async request(method: string, path: string, body?: unknown, opts: { ok404?: boolean; ok409?: boolean } = {}): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.auth) headers.authorization = this.auth;
    let res: Response;
    try {
      res = await this.fetchFn(`${this.base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.cfg.timeoutMs ?? 60_000),
        credentials: 'omit',
      });
    } catch (e) {
      throw new SyncError('unreachable', `${method} ${path}: ${(e as Error).message}`);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      throw new SyncError('interrupted', `${method} ${path}: ${(e as Error).message}`);
    }
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      if (res.status === 413) throw new SyncError('serverQuota', `${method} ${path}: 413`);
      throw new SyncError(res.ok ? 'garbage' : statusCode(res.status), `${method} ${path}: ${res.status} ${text.slice(0, 80)}`);
    }
    if (res.ok) return json;
    if (res.status === 404 && opts.ok404) return null;
    if (res.status === 409 && opts.ok409) return json;
    const reason = isObj(json) ? `${json.error ?? ''} ${json.reason ?? ''}` : '';
    if (/quota|too large|disk|space/i.test(reason)) throw new SyncError('serverQuota', `${method} ${path}: ${res.status} ${reason}`);
    throw new SyncError(statusCode(res.status), `${method} ${path}: ${res.status} ${reason}`.trim());
  }

  /** Make sure the database exists (creating it if the account may). */
  async ensureDb(): Promise<void> {
    const info = await this.request('GET', '', undefined, { ok404: true });
    if (info === null) {
      await this.request('PUT', '', undefined, { ok409: true });
      return;
    }
    if (!isObj(info) || (typeof info.db_name !== 'string' && !('update_seq' in info))) throw new SyncError('garbage', 'GET /db: not a database');
  }

  async getLocal(id: string): Promise<CouchDoc | null> {
    const doc = await this.request('GET', `/_local/${encodeURIComponent(id)}`, undefined, { ok404: true });
    if (doc === null) return null;
    if (!isObj(doc)) throw new SyncError('garbage', '_local: not an object');
    return doc as CouchDoc;
  }

  async putLocal(id: string, doc: Record<string, unknown>): Promise<string | undefined> {
    const res = await this.request('PUT', `/_local/${encodeURIComponent(id)}`, doc);
    return isObj(res) && typeof res.rev === 'string' ? res.rev : undefined;
  }

  async changes(since: unknown, limit: number): Promise<ChangesPage> {
    const q = new URLSearchParams({ style: 'all_docs', since: typeof since === 'string' ? since : JSON.stringify(since ?? 0), limit: String(limit) });
    const page = await this.request('GET', `/_changes?${q}`);
    if (!isObj(page) || !Array.isArray(page.results) || !('last_seq' in page)) throw new SyncError('garbage', '_changes: no results/last_seq');
    for (const r of page.results) {
      if (!isObj(r) || typeof r.id !== 'string' || !Array.isArray(r.changes) || !r.changes.every((c) => isObj(c) && typeof c.rev === 'string'))
        throw new SyncError('garbage', '_changes: malformed row');
    }
    return page as unknown as ChangesPage;
  }

  /** Fetch given revisions, falling back to `_all_docs` for servers without `_bulk_get` (CouchDB < 2.0). */
  async bulkGet(refs: { id: string; rev: string }[]): Promise<CouchDoc[]> {
    if (!refs.length) return [];
    const res = await this.request('POST', '/_bulk_get', { docs: refs }, { ok404: true });
    if (res === null) return this.allDocs(refs.map((r) => r.id));
    if (!isObj(res) || !Array.isArray(res.results)) throw new SyncError('garbage', '_bulk_get: no results');
    const docs: CouchDoc[] = [];
    for (const r of res.results) {
      if (!isObj(r) || !Array.isArray(r.docs)) throw new SyncError('garbage', '_bulk_get: malformed result');
      for (const d of r.docs) {
        if (isObj(d) && isObj(d.ok) && typeof d.ok._id === 'string') docs.push(d.ok as CouchDoc);
        else if (!(isObj(d) && isObj(d.error))) throw new SyncError('garbage', '_bulk_get: malformed doc');
      }
    }
    return docs;
  }

  async allDocs(ids: string[]): Promise<CouchDoc[]> {
    const res = await this.request('POST', '/_all_docs?include_docs=true', { keys: ids });
    if (!isObj(res) || !Array.isArray(res.rows)) throw new SyncError('garbage', '_all_docs: no rows');
    return res.rows.filter((r): r is { doc: CouchDoc } => isObj(r) && isObj(r.doc)).map((r) => r.doc);
  }

  async bulkDocs(docs: CouchDoc[]): Promise<BulkDocResult[]> {
    const res = await this.request('POST', '/_bulk_docs', { docs });
    if (!Array.isArray(res) || !res.every((r) => isObj(r) && typeof r.id === 'string')) throw new SyncError('garbage', '_bulk_docs: not a result list');
    return res as BulkDocResult[];
  }
}

function statusCode(status: number): SyncError['code'] {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 413 || status === 507) return 'serverQuota';
  if (status >= 500) return 'server';
  return 'garbage';
}
