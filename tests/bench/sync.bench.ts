/**
 * Sync figures: first sync of 50 000 records (push from one device, pull into another) and an
 * incremental sync of 100 changes, through a real pouchdb-server (in memory) on 127.0.0.1, with the
 * store in fake-indexeddb. Run: `npx tsx tests/bench/sync.bench.ts [records]`. Prints one JSON line.
 */
import 'fake-indexeddb/auto';
import { putRecords, type DossierDB } from '../../utils/db/database';
import type { ClaimRecord, MentionRecord, SourceRecord } from '../../utils/db/records';
import { syncOnce } from '../../utils/sync/replicate';
import { device } from '../sync/devices';
import { startCouch } from '../sync/server';

const N = Number(process.argv[2] ?? 50_000);

function counting() {
  // serverMs: time spent waiting on the server (pouchdb-server's in-memory adapter is not CouchDB-fast).
  const c = { requests: 0, bytesIn: 0, bytesOut: 0, serverMs: 0 };
  const f: typeof fetch = async (input, init) => {
    c.requests++;
    const t0 = performance.now();
    c.bytesOut += typeof init?.body === 'string' ? init.body.length : 0;
    const res = await fetch(input, init);
    const body = await res.arrayBuffer();
    c.bytesIn += body.byteLength;
    c.serverMs = Math.round(c.serverMs + performance.now() - t0);
    return new Response(body, { status: res.status, headers: res.headers });
  };
  return { c, f };
}

async function seed(db: DossierDB, n: number) {
  const sources: Omit<SourceRecord, 'updatedAt' | 'deleted'>[] = [];
  const mentions: Omit<MentionRecord, 'updatedAt' | 'deleted'>[] = [];
  const claims: Omit<ClaimRecord, 'updatedAt' | 'deleted'>[] = [];
  for (let i = 0; i < n; i++) {
    const src = `src-${Math.floor(i / 10)}`;
    if (i % 10 === 0) sources.push({ id: src, url: `https://www.pravda.com.ua/news/2025/11/${i}`, title: `Зеленський провів переговори з делегацією США №${i}`, site: 'www.pravda.com.ua', lang: 'uk', publishedAt: '2025-11-24', firstSeenAt: i });
    else if (i % 2) mentions.push({ id: `m-${i}`, actorId: `actor-${i % 300}`, sourceId: src, text: 'Умєрова', selector: [{ type: 'TextQuoteSelector', exact: 'Умєрова', prefix: 'секретаря РНБО ', suffix: ' до Женеви' }] });
    else claims.push({ id: `c-${i}`, text: 'делегації погодили основні пункти мирної угоди', speaker: 'Рустем Умєров', sourceId: src, date: '2025-11-23', selector: [{ type: 'TextQuoteSelector', exact: 'погодили основні пункти' }], fingerprint: `fp-${i % 500}` });
  }
  // Written an hour ago, as a store grows over days: the incremental scan's few seconds of overlap
  // (utils/sync/pending.ts) would otherwise find the whole store "just written" again.
  const before = Date.now() - 3_600_000;
  await putRecords(db, 'sources', sources, before);
  await putRecords(db, 'mentions', mentions, before);
  await putRecords(db, 'claims', claims, before);
}

const server = await startCouch();
try {
  const a = await device('bench-a');
  const b = await device('bench-b');
  const cfg = { url: server.url, db: 'bench' };
  let t = performance.now();
  await seed(a, N);
  const seedMs = performance.now() - t;

  const pushA = counting();
  t = performance.now();
  const first = await syncOnce(a, { ...cfg, fetch: pushA.f });
  const firstPushMs = performance.now() - t;

  const pullB = counting();
  t = performance.now();
  const firstPull = await syncOnce(b, { ...cfg, fetch: pullB.f });
  const firstPullMs = performance.now() - t;

  const ids = (await a.sources.limit(100).primaryKeys()) as string[];
  await a.sources.where('id').anyOf(ids).modify((s) => void (s.title += ' (оновлено)'));
  const incA = counting();
  t = performance.now();
  const inc = await syncOnce(a, { ...cfg, fetch: incA.f });
  const incPushMs = performance.now() - t;
  const incB = counting();
  t = performance.now();
  const incPull = await syncOnce(b, { ...cfg, fetch: incB.f });
  const incPullMs = performance.now() - t;
  const idle = counting();
  t = performance.now();
  await syncOnce(b, { ...cfg, fetch: idle.f });
  const idleMs = performance.now() - t;

  console.log(
    JSON.stringify({
      records: N,
      seedMs: Math.round(seedMs),
      firstSync: { push: { ms: Math.round(firstPushMs), pushed: first.pushed, ...pushA.c }, pull: { ms: Math.round(firstPullMs), pulled: firstPull.pulled, ...pullB.c } },
      incremental100: { push: { ms: Math.round(incPushMs), pushed: inc.pushed, ...incA.c }, pull: { ms: Math.round(incPullMs), pulled: incPull.pulled, ...incB.c } },
      nothingNew: { ms: Math.round(idleMs), ...idle.c },
    }),
  );
} finally {
  await server.stop();
}
