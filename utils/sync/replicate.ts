/**
 * One sync with a CouchDB-compatible server, both ways, after the CouchDB replication protocol
 * (https://docs.couchdb.org/en/stable/replication/protocol.html): pull `_changes` since our
 * checkpoint, fetch unknown revisions with `_bulk_get`, merge; push what changed locally with
 * `_bulk_docs` naming the revision we last saw, merge and retry on 409; checkpoints in
 * `_local/<replication id>` on the server and in sync's meta store. Every batch is applied before its
 * checkpoint is saved, so a sync cut anywhere resumes from the last checkpoint and merging again
 * is harmless (the merge is idempotent).
 */
import type { DossierDB, TableName } from '../db/database';
import { stableHash } from '../db/ids';
import { applyIncoming, docIdOf, parseDocId, type Incoming } from './apply';
import { CouchClient, type ChangeRow, type CouchConfig, type CouchDoc } from './couch';
import { SyncError, toSyncError } from './errors';
import { clockOf } from './hooks';
import { collectPending, restamp } from './pending';
import { contentHash, hlcOf, type SyncRecord } from './merge';
import { syncMetaFor, type DocState, type SyncMetaDB } from './meta';

export interface SyncOptions {
  batchSize?: number;
  /** Called after each applied batch, for a progress line in the UI. */
  onProgress?: (p: { pulled: number; pushed: number }) => void;
}
export interface SyncReport {
  pulled: number;
  pushed: number;
  merged: number;
  lastSeq: unknown;
}

interface Checkpoint {
  last_seq: unknown;
  session: string;
}

/** Written records carry what the store holds; the doc wraps it so `_`-fields never clash. */
export function toDoc(table: TableName, record: SyncRecord, rev?: string): CouchDoc {
  return { _id: docIdOf(table, record.id), ...(rev ? { _rev: rev } : {}), table, record };
}

function fromDoc(doc: CouchDoc): Incoming | null {
  const parsed = parseDocId(doc._id);
  const r = doc.record as SyncRecord | undefined;
  if (!parsed || !r || typeof r !== 'object' || r.id !== parsed.id || typeof r.updatedAt !== 'number') return null;
  return { table: parsed.table, record: r, rev: doc._rev };
}

export function replicationId(node: string, cfg: CouchConfig): string {
  return `dossier-${stableHash(`${node}|${cfg.url.replace(/\/+$/, '')}|${cfg.db}`)}`;
}

/** CouchDB's deterministic winner among leaves: highest generation, then highest hash (`_changes` lists them in any order). */
function winningRev(revs: string[]): string | undefined {
  const gen = (r: string) => parseInt(r, 10) || 0;
  return [...revs].sort((a, b) => gen(b) - gen(a) || (a < b ? 1 : a > b ? -1 : 0))[0];
}

/** Sync the store with the server once; throws SyncError with a code for the status line. */
export async function syncOnce(db: DossierDB, cfg: CouchConfig, opts: SyncOptions = {}): Promise<SyncReport> {
  const meta = syncMetaFor(db.name);
  try {
    return await new Replication(db, meta, new CouchClient(cfg), cfg, opts).run();
  } catch (e) {
    throw toSyncError(e);
  }
}

class Replication {
  private readonly batch: number;
  private report: SyncReport = { pulled: 0, pushed: 0, merged: 0, lastSeq: 0 };
  private repId = '';
  private serverRev?: string;
  private checkpoint: Checkpoint | null = null;

  constructor(
    private readonly db: DossierDB,
    private readonly meta: SyncMetaDB,
    private readonly couch: CouchClient,
    private readonly cfg: CouchConfig,
    private readonly opts: SyncOptions,
  ) {
    this.batch = opts.batchSize ?? 500;
  }

  async run(): Promise<SyncReport> {
    const node = (await this.meta.get<string>('node')) ?? clockOf(this.db)?.node ?? 'node';
    this.repId = replicationId(node, this.cfg);
    if ((await this.meta.get<string>('target')) !== this.repId) {
      // Another server or database: the revisions we know are the old one's; start both ways from scratch.
      await this.meta.docs.clear();
      await this.meta.set('scanFrom', 0);
      await this.meta.set('fullScanAt', 0);
      await this.meta.set('target', this.repId);
    }
    const local = await this.meta.get<Checkpoint>(`checkpoint:${this.repId}`);
    if (!local) await this.couch.ensureDb();
    const server = await this.couch.getLocal(this.repId);
    if (!server && local) await this.couch.ensureDb();
    this.serverRev = server?._rev;
    // Trust the checkpoint only when both sides have one from the same history (a recreated server db loses its _local docs).
    this.checkpoint = server && local && server.session === local.session ? local : null;
    if (!this.checkpoint) {
      // Claim a fresh history on the server first, so a first sync cut halfway resumes instead of restarting.
      this.checkpoint = { last_seq: 0, session: crypto.randomUUID() };
      await this.meta.set(`checkpoint:${this.repId}`, this.checkpoint);
      this.serverRev = await this.couch.putLocal(this.repId, { ...(this.serverRev ? { _rev: this.serverRev } : {}), ...this.checkpoint });
    }
    const startSeq = this.checkpoint.last_seq;
    await this.pull();
    if (await this.push()) await this.pull(); // step past our own revisions so the next sync starts clean
    await this.saveServerCheckpoint(startSeq);
    const clock = clockOf(this.db);
    if (clock) await this.meta.set('clock', clock.peek());
    return this.report;
  }

  private async pull(): Promise<void> {
    let since: unknown = this.checkpoint?.last_seq ?? 0;
    for (;;) {
      const page = await this.couch.changes(since, this.batch);
      const wanted = await this.unknownRevisions(page.results);
      const docs = await this.couch.bulkGet(wanted);
      const incoming = this.withLosers(docs, page.results);
      this.report.merged += await applyIncoming(this.db, this.meta, incoming);
      this.report.pulled += incoming.length;
      since = page.last_seq;
      this.checkpoint = { last_seq: since, session: this.checkpoint!.session };
      await this.meta.set(`checkpoint:${this.repId}`, this.checkpoint);
      this.report.lastSeq = since;
      this.opts.onProgress?.({ pulled: this.report.pulled, pushed: this.report.pushed });
      if (page.results.length < this.batch) return;
    }
  }

  /** Revisions in a changes page that we have not seen (our own pushes come back and are skipped). */
  private async unknownRevisions(rows: ChangeRow[]): Promise<{ id: string; rev: string }[]> {
    const states = await this.meta.docs.bulkGet(rows.map((r) => r.id));
    const out: { id: string; rev: string }[] = [];
    rows.forEach((row, i) => {
      if (!parseDocId(row.id)) return; // design docs and foreign documents are not ours
      // Several leaves (a conflict made by another client or a cluster) are all fetched, so all get merged and closed.
      for (const { rev } of row.changes) if (rev !== states[i]?.rev || row.changes.length > 1) out.push({ id: row.id, rev });
    });
    return out;
  }

  /** Several leaves of one doc are a server-side conflict: merge them all, remember the losers to close. */
  private withLosers(docs: CouchDoc[], rows: ChangeRow[]): Incoming[] {
    const winnerRev = new Map(rows.map((r) => [r.id, winningRev(r.changes.map((c) => c.rev))]));
    const leaves = new Map(rows.map((r) => [r.id, r.changes.map((c) => c.rev)]));
    const out: Incoming[] = [];
    for (const doc of docs) {
      if (doc._deleted) continue; // deleted outside Dossier: our copy is pushed again (see push)
      const item = fromDoc(doc);
      if (!item) throw new SyncError('garbage', `document ${doc._id} is not a Dossier record`);
      const winner = winnerRev.get(doc._id);
      if (doc._rev !== winner) item.rev = undefined;
      else item.losers = (leaves.get(doc._id) ?? []).filter((r) => r !== winner);
      out.push(item);
    }
    return out;
  }

  /** Local records newer than what the server holds; returns whether anything was sent. */
  private async push(): Promise<boolean> {
    const scanStart = Date.now();
    const todo = await collectPending(this.db, this.meta);
    await restamp(this.db, this.meta, todo);
    for (let i = 0; i < todo.length; i += this.batch) await this.pushBatch(todo.slice(i, i + this.batch), 0);
    if (((await this.meta.get<number>('fullScanAt')) ?? 0) < scanStart - 86_400_000) await this.meta.set('fullScanAt', scanStart);
    await this.meta.set('scanFrom', scanStart);
    return todo.length > 0;
  }

  private async pushBatch(items: { table: TableName; record: SyncRecord }[], attempt: number): Promise<void> {
    const docIds = items.map((p) => docIdOf(p.table, p.record.id));
    const states = await this.meta.docs.bulkGet(docIds);
    const docs: CouchDoc[] = items.map((p, i) => toDoc(p.table, p.record, states[i]?.rev));
    for (const s of states) for (const rev of s?.losers ?? []) docs.push({ _id: s!.docId, _rev: rev, _deleted: true });
    const results = await this.couch.bulkDocs(docs);
    const byId = new Map(items.map((p, i) => [docIds[i], p]));
    const done: DocState[] = [];
    const conflicted: string[] = [];
    let refused: SyncError | undefined;
    for (const r of results) {
      const item = byId.get(r.id);
      if (!item) continue; // the answer for a closed losing leaf
      if (r.ok && r.rev) done.push({ docId: r.id, rev: r.rev, hlc: hlcOf(item.record), hash: contentHash(item.record) });
      else if (r.error === 'conflict') conflicted.push(r.id);
      else if (r.error) {
        const code = /quota|too large/i.test(`${r.error} ${r.reason}`) ? 'serverQuota' : r.error === 'unauthorized' ? 'unauthorized' : 'forbidden';
        refused ??= new SyncError(code, `${r.id}: ${r.error} ${r.reason ?? ''}`);
      }
    }
    await this.meta.transaction('rw', this.meta.docs, this.meta.dirty, async () => {
      await this.meta.docs.bulkPut(done);
      await this.meta.dirty.bulkDelete(done.map((d) => d.docId));
    });
    this.report.pushed += done.length;
    this.opts.onProgress?.({ pulled: this.report.pulled, pushed: this.report.pushed });
    if (refused) throw refused; // after recording what did get through
    if (!conflicted.length) return;
    // 409: someone wrote since we last pulled. Take their version, merge, and send the merge on top of it.
    if (attempt >= 3) throw new SyncError('conflict', `${conflicted.length} documents still conflict after ${attempt} merges`);
    const current = (await this.couch.allDocs(conflicted)).map((d) => fromDoc(d)).filter((x): x is Incoming => !!x);
    this.report.merged += await applyIncoming(this.db, this.meta, current);
    const again: { table: TableName; record: SyncRecord }[] = [];
    for (const docId of conflicted) {
      const p = parseDocId(docId)!;
      const record = (await this.db.table(p.table).get(p.id)) as SyncRecord | undefined;
      const dirtyNow = await this.meta.dirty.get(docId);
      if (record && dirtyNow) again.push({ table: p.table, record });
    }
    if (again.length) await this.pushBatch(again, attempt + 1);
  }

  private async saveServerCheckpoint(startSeq: unknown): Promise<void> {
    if (!this.checkpoint) return;
    if (this.serverRev && JSON.stringify(startSeq) === JSON.stringify(this.checkpoint.last_seq)) return; // nothing new: no write
    const rev = await this.couch.putLocal(this.repId, { ...(this.serverRev ? { _rev: this.serverRev } : {}), ...this.checkpoint });
    this.serverRev = rev;
  }
}

/** Local records the server doesn't have yet: recently written (by `updatedAt`) or left newer by a merge. */

export { countPending } from './pending';
