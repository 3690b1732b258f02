import { describe, expect, it } from 'vitest';
import { openDossierDB, putRecords, tombstone } from '../../utils/db/database';
import type { ClipRecord } from '../../utils/db/records';
import { HybridClock } from '../../utils/sync/hlc';
import { installSyncHooks, markSyncApply } from '../../utils/sync/hooks';
import type { SyncRecord } from '../../utils/sync/merge';

function clip(over: Partial<ClipRecord> = {}): Omit<ClipRecord, 'updatedAt' | 'deleted'> {
  return {
    id: 'clip-1', sourceId: 'src-1', quote: 'Зеленський заявив, що переговори тривають', note: '', tags: ['переговори'],
    selector: [{ type: 'TextQuoteSelector', exact: 'переговори тривають' }], actorIds: [], createdAt: 1, ...over,
  };
}

describe('sync hooks', () => {
  it('stamps every local write with a growing clock and tracks tag removals', async () => {
    const db = openDossierDB(`hooks-${Math.random()}`);
    let t = 1_000;
    const changed: string[] = [];
    installSyncHooks(db, new HybridClock('devA', () => t), (table) => changed.push(table));
    await putRecords(db, 'clips', [clip()], 1);
    const first = (await db.clips.get('clip-1')) as unknown as SyncRecord;
    expect(first.hlc).toBe('0000000001000-0000-devA');
    expect(first.tagClock).toEqual({ переговори: { hlc: first.hlc, removed: 0 } });
    await putRecords(db, 'clips', [clip({ tags: ['мир'], note: 'перевірити' })], 2);
    const second = (await db.clips.get('clip-1')) as unknown as SyncRecord;
    expect(second.hlc).toBe('0000000001000-0001-devA');
    expect(second.tagClock).toEqual({ переговори: { hlc: second.hlc, removed: 1 }, мир: { hlc: second.hlc, removed: 0 } });
    expect(second.noteSeen).toEqual([first.hlc]);
    t = 2_000;
    await tombstone(db, 'clips', ['clip-1']);
    expect(((await db.clips.get('clip-1')) as unknown as SyncRecord).hlc).toBe('0000000002000-0000-devA');
    expect(changed).toEqual(['clips', 'clips', 'clips']);
    db.close();
  });

  it('keeps the clock a merged record carries when sync writes it', async () => {
    const db = openDossierDB(`hooks-${Math.random()}`);
    installSyncHooks(db, new HybridClock('devA', () => 5_000));
    await putRecords(db, 'clips', [clip()], 1);
    await db.transaction('rw', db.clips, async (tx) => {
      markSyncApply(tx);
      await db.clips.put({ ...(clip() as ClipRecord), updatedAt: 3, deleted: 0, hlc: '0000000000009-0000-devB' } as ClipRecord);
    });
    expect(((await db.clips.get('clip-1')) as unknown as SyncRecord).hlc).toBe('0000000000009-0000-devB');
    db.close();
  });
});
