import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { describeSpan } from '../../utils/anchor/describe';
import { clipsForPage, deleteClip, listClips, markAnchoring, restoreClip, saveClip, updateClip, type ClipInput } from '../../utils/db/clips';
import { DossierDB } from '../../utils/db/database';
import { actorIdFor } from '../../utils/db/ids';
import { seedText } from './fixture';

let db: DossierDB;
let n = 0;
beforeEach(() => void (db = new DossierDB(`clips-test-${++n}`)));
afterEach(async () => db.delete());

const page = { url: 'https://www.pravda.com.ua/news/2025/11/24/7530000/#comments', title: 'Білорусь звільнила пʼятьох українців', site: 'Українська правда', lang: 'uk', publishedAt: '2025-11-24' };
const other = { url: 'https://www.bbc.com/ukrainian/articles/c0000', title: 'Лукашенко помилував 31 українця', site: 'BBC News Україна', lang: 'uk', publishedAt: '2025-11-22' };

function input(p: typeof page, quote: string, extra: Partial<ClipInput> = {}): ClipInput {
  const start = seedText.indexOf(quote);
  return { page: p, quote, selector: describeSpan(seedText, start, start + quote.length), ...extra };
}

describe('clips in the store', () => {
  test('a clip keeps quote, note, tags, the source and the engine’s speaker/date/actors', async () => {
    const clip = await saveClip(
      db,
      input(page, 'Допомагаємо нашим американським партнерам', {
        note: 'Перше визнання ролі США',
        tags: ['#США', ' переговори ', 'США'],
        speaker: 'Володимир Зеленський',
        date: '2025-11-24',
        actors: [{ name: 'Володимир Зеленський', kind: 'person' }, { name: 'Сполучені Штати', kind: 'place' }],
      }),
      1_700_000_000_000,
    );
    const [view] = (await listClips(db)).items;
    expect(view.clip).toEqual(clip);
    expect(view.clip).toMatchObject({ quote: 'Допомагаємо нашим американським партнерам', tags: ['США', 'переговори'], speaker: 'Володимир Зеленський', date: '2025-11-24' });
    expect(view.source).toMatchObject({ url: 'https://www.pravda.com.ua/news/2025/11/24/7530000', title: page.title, site: page.site, publishedAt: '2025-11-24' });
    expect(view.actors.map((a) => a.name)).toEqual(['Володимир Зеленський', 'Сполучені Штати']);
    expect(await clipsForPage(db, 'https://www.pravda.com.ua/news/2025/11/24/7530000/')).toHaveLength(1);
  });

  test('search over quote, note and tags by word prefix; filters by tag, site and actor combine', async () => {
    await saveClip(db, input(page, 'Білорусь відпустила на свободу близько сотні людей', { tags: ['звільнення'], actors: [{ name: 'Білорусь', kind: 'place' }] }), 1);
    await saveClip(db, input(other, 'Лукашенко помилував ще 31 громадянина України', { note: 'Порівняти з червнем', tags: ['звільнення', 'Лукашенко'], actors: [{ name: 'Олександр Лукашенко', kind: 'person' }] }), 2);
    await saveClip(db, input(page, 'обговорювала з білоруською владою звільнення політвʼязнів', { tags: ['США'] }), 3);

    const quotes = async (q: Parameters<typeof listClips>[1]) => (await listClips(db, q)).items.map((v) => v.clip.quote.split(' ')[0]);
    expect(await quotes({ text: 'помилув' })).toEqual(['Лукашенко']);
    expect(await quotes({ text: 'червн' })).toEqual(['Лукашенко']); // the note
    expect(await quotes({ text: 'ЗВІЛЬН' })).toEqual(['обговорювала', 'Лукашенко', 'Білорусь']); // quote or tag, case folded
    expect(await quotes({ text: 'політвязнів' })).toEqual(['обговорювала']); // apostrophe folded
    expect(await quotes({ tag: 'звільнення' })).toEqual(['Лукашенко', 'Білорусь']);
    expect(await quotes({ tag: 'звільнення', site: 'Українська правда' })).toEqual(['Білорусь']);
    expect(await quotes({ actorId: actorIdFor('Олександр Лукашенко') })).toEqual(['Лукашенко']);
    const { facets } = await listClips(db);
    expect(facets.tags).toEqual(['звільнення', 'Лукашенко', 'США']);
    expect(facets.sites).toEqual(['Українська правда', 'BBC News Україна']); // Cyrillic first: the uk collation
  });

  test('edit note and tags; delete hides the clip and undo brings it back unchanged', async () => {
    const clip = await saveClip(db, input(page, 'повідомив президент Володимир Зеленський'), 5);
    const edited = await updateClip(db, clip.id, { note: 'Джерело — Telegram', tags: ['заява', '#заява', 'Зеленський'] });
    expect(edited).toMatchObject({ note: 'Джерело — Telegram', tags: ['заява', 'Зеленський'] });
    expect(await deleteClip(db, clip.id)).toBe(true);
    expect((await listClips(db)).total).toBe(0);
    expect(await clipsForPage(db, page.url)).toEqual([]);
    expect((await db.clips.get(clip.id))!.deleted).toBe(1); // a tombstone, so the deletion syncs
    expect(await restoreClip(db, clip.id)).toBe(true);
    const [back] = (await listClips(db)).items;
    expect(back.clip).toMatchObject({ id: clip.id, note: 'Джерело — Telegram', tags: ['заява', 'Зеленський'], deleted: 0 });
    await expect(updateClip(db, 'clp_missing', { note: 'x' })).rejects.toThrow(/No clip/);
  });

  test('orphaned state is recorded only when it changes', async () => {
    const clip = await saveClip(db, input(page, 'Лукашенко помилував'), 7);
    expect(await markAnchoring(db, [{ id: clip.id, orphaned: true }])).toBe(1);
    expect((await db.clips.get(clip.id))!.orphaned).toBe(1);
    expect(await markAnchoring(db, [{ id: clip.id, orphaned: true }])).toBe(0);
    expect(await markAnchoring(db, [{ id: clip.id, orphaned: false }])).toBe(1);
    expect((await db.clips.get(clip.id))!.orphaned).toBe(0);
  });

  test('a selection of only spaces is refused', async () => {
    await expect(saveClip(db, { page, quote: '   ', selector: [] })).rejects.toThrow(/Nothing to clip/);
  });
});
