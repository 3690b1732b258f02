import { describe, expect, it } from 'vitest';
import { putRecords, tombstone } from '../../utils/db/database';
import type { ClipRecord } from '../../utils/db/records';
import { exportStore, FileError, importStore } from '../../utils/sync/file';
import type { SyncRecord } from '../../utils/sync/merge';
import { device, dump } from './devices';

const clip = (id: string, note: string, tags: string[]): Omit<ClipRecord, 'updatedAt' | 'deleted'> => ({
  id, sourceId: 'src:https://www.eurointegration.com.ua/news/2025/11/24/1', quote: 'Рубіо назвав переговори в Женеві найпродуктивнішими',
  note, tags, selector: [{ type: 'TextQuoteSelector', exact: 'найпродуктивнішими' }], actorIds: [], createdAt: 1,
});

describe('encrypted export file', () => {
  it('round-trips through a passphrase and merges with the sync rule', async () => {
    let t = 1_700_000_000_000;
    const a = await device('file-a', () => t);
    const b = await device('file-b', () => t + 3);
    await putRecords(a, 'clips', [clip('c1', 'цитата Рубіо', ['женева']), clip('c2', 'видалити', [])]);
    const first = await exportStore(a, 'кава без цукру', { iterations: 1000 });
    expect(first).not.toContain('Рубіо'); // nothing readable in the file
    await importStore(b, first, 'кава без цукру');
    t += 1000;
    await b.clips.update('c1', { note: 'цитата Рубіо, перевірено', tags: ['женева', 'сша'] });
    await a.clips.update('c1', { note: 'цитата Рубіо (The Guardian)' });
    await tombstone(a, 'clips', ['c2']);
    await importStore(a, await exportStore(b, 'інший пароль', { iterations: 1000 }), 'інший пароль');
    await importStore(b, await exportStore(a, 'кава без цукру', { iterations: 1000 }), 'кава без цукру');
    expect(await dump(a)).toEqual(await dump(b));
    const c1 = (await a.clips.get('c1')) as unknown as ClipRecord & SyncRecord;
    expect(c1.note).toBe('цитата Рубіо, перевірено');
    expect(c1.conflicts?.map((c) => c.note)).toEqual(['цитата Рубіо (The Guardian)']);
    expect(c1.tags.sort()).toEqual(['женева', 'сша']);
    expect((await b.clips.get('c2'))!.deleted).toBe(1);
  });

  it('refuses a wrong passphrase clearly and changes nothing', async () => {
    const a = await device('file-wrong');
    await putRecords(a, 'clips', [clip('c1', 'нотатка', [])]);
    const text = await exportStore(a, 'правильний', { iterations: 1000 });
    const b = await device('file-wrong-b');
    const err = await importStore(b, text, 'неправильний').catch((e) => e);
    expect(err).toBeInstanceOf(FileError);
    expect((err as FileError).key).toBe('syncFile_wrongPassphrase');
    expect(await b.clips.count()).toBe(0);
    const notOurs = await importStore(b, '{"hello":1}', 'x').catch((e) => e);
    expect((notOurs as FileError).code).toBe('notDossierFile');
  });
});
