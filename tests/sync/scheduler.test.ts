import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDossierDB, putRecords } from '../../utils/db/database';
import { backoffDelay, PERIODIC_ALARM, requestSync, RETRY_ALARM, startSync, syncNow } from '../../utils/sync/scheduler';
import { loadStatus, saveSettings, saveStatus } from '../../utils/sync/settings';
import { device } from './devices';
import { freePort, startCouch, type TestServer } from './server';

let server: TestServer;
beforeAll(async () => {
  server = await startCouch();
}, 60_000);
afterAll(async () => server?.stop());
beforeEach(() => fakeBrowser.reset());

const source = { id: 'src:sched', url: 'https://suspilne.media/1', title: 'Сибіга: Україна готова до переговорів', site: 'suspilne.media', lang: 'uk', publishedAt: '2025-11-24', firstSeenAt: 1 };

describe('sync scheduler', () => {
  it('backs off 30 s, 1, 2, 4 … minutes, capped at an hour', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 8, 20].map((n) => backoffDelay(n, mid))).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
  });

  it('records success with counts, then a failure with its code and a retry alarm', async () => {
    const a = await device('sched');
    await putRecords(a, 'sources', [source]);
    await saveSettings({ url: server.url, db: 'sched', username: '', auto: true, intervalMin: 30 });
    const ok = await syncNow(a);
    expect(ok).toMatchObject({ state: 'ok', pushed: 1, pending: 0 });
    await putRecords(a, 'sources', [{ ...source, title: 'Сибіга: переговори тривають' }]);
    await saveSettings({ url: `http://127.0.0.1:${await freePort()}`, db: 'sched', username: '', auto: true, intervalMin: 30 });
    const failed = await syncNow(a);
    expect(failed).toMatchObject({ state: 'error', code: 'unreachable', pending: 1, lastOkAt: ok.lastOkAt });
    expect(failed.retryAt! - Date.now()).toBeGreaterThan(20_000);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeTruthy();
    expect(await loadStatus()).toEqual(failed);
  });

  it('says so when sync is not configured instead of failing silently', async () => {
    const a = await device('sched-none');
    expect(await syncNow(a)).toMatchObject({ state: 'error', code: 'notConfigured' });
  });

  it('started in the background: a periodic alarm, a sync shortly after a local change, and on request', async () => {
    await saveSettings({ url: server.url, db: 'sched-auto', username: '', auto: true, intervalMin: 15 });
    const db = openDossierDB(`sched-auto-${Math.random()}`);
    await startSync(db, { debounceMs: 50 });
    expect((await fakeBrowser.alarms.get(PERIODIC_ALARM))?.periodInMinutes).toBe(15);
    await putRecords(db, 'sources', [source]);
    await expect.poll(async () => (await loadStatus()).state, { timeout: 10_000 }).toBe('ok');
    expect(await loadStatus()).toMatchObject({ pushed: 1, pending: 0 });
    const docs = (await (await fetch(`${server.url}/sched-auto/_all_docs`)).json()) as { rows: { id: string }[] };
    expect(docs.rows.map((r) => r.id)).toEqual(['sources:src:sched']);
    await saveStatus({ state: 'idle' });
    await requestSync();
    await expect.poll(async () => (await loadStatus()).state, { timeout: 10_000 }).toBe('ok');
  });
});
