// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ActorsManager, type ActorsApi } from '../../components/ActorsManager';
import { openDossierDB, type DossierDB } from '../../utils/db/database';
import { deleteActor, listActors, saveActor } from '../../utils/db/actors';
import { exportActors, importActors } from '../../utils/db/actors-io';

let db: DossierDB;
let root: HTMLElement;
afterEach(async () => {
  render(null, root);
  root.remove();
  await db.delete();
});

async function settle() {
  for (let i = 0; i < 4; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 5))));
}

async function mount() {
  db = openDossierDB(`actors-ui-${Math.random()}`);
  const api: ActorsApi = {
    list: () => listActors(db, ['user', 'discovered']),
    save: (a, prev) => saveActor(db, a, prev),
    remove: (id) => deleteActor(db, id),
    importJson: (json) => importActors(db, json),
    exportJson: () => exportActors(db),
  };
  const downloads: string[] = [];
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<ActorsManager api={api} download={(j) => downloads.push(j)} />, root));
  await settle();
  return { downloads };
}

const names = () => [...root.querySelectorAll('.actor-item .actor-name')].map((e) => e.textContent);
const type = (el: HTMLInputElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input'));
};

test('add, edit (rename) and delete an actor', async () => {
  await mount();
  expect(root.querySelector('.actors-empty')).not.toBeNull();
  const form = root.querySelector<HTMLFormElement>('form')!;
  await act(async () => {
    type(form.querySelector('input[name=name]')!, 'Олександр Лукашенко');
    type(form.querySelector('input[name=aliases-uk]')!, 'Лукашенко, Батька');
  });
  await act(async () => void form.dispatchEvent(new Event('submit', { cancelable: true })));
  await expect.poll(async () => (await settle(), names())).toEqual(['Олександр Лукашенко']);
  expect((await listActors(db))[0]?.aliases).toEqual({ uk: ['Лукашенко', 'Батька'] });

  await act(async () => root.querySelector<HTMLButtonElement>('.actor-item button')!.click());
  const edit = root.querySelector<HTMLFormElement>('.actor-item form')!;
  await act(async () => type(edit.querySelector('input[name=name]')!, 'Аляксандр Лукашэнка'));
  await act(async () => void edit.dispatchEvent(new Event('submit', { cancelable: true })));
  await expect.poll(async () => (await settle(), names())).toEqual(['Аляксандр Лукашэнка']);
  expect(await db.actors.where('deleted').equals(1).count()).toBe(1);

  const del = [...root.querySelectorAll<HTMLButtonElement>('.actor-item button')].find((b) => b.textContent === 'actorDelete')!;
  await act(async () => del.click());
  await expect.poll(async () => (await settle(), names())).toEqual([]);
  expect(await db.actors.count()).toBe(2); // tombstones, not removed rows
});

test('a malformed import is refused with the reason and changes nothing; export downloads JSON', async () => {
  const { downloads } = await mount();
  await saveActor(db, { name: 'НАТО', kind: 'org', aliases: {} });
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const choose = async (text: string) => {
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'a.json', { type: 'application/json' })] });
    await act(async () => void input.dispatchEvent(new Event('change')));
    await settle();
  };
  await choose('[{"name": "ГУР", "kind": "agency"}]');
  await expect.poll(async () => (await settle(), root.querySelector('[role=alert]')?.textContent)).toContain('Item 1: "kind" must be one of person, org, place');
  expect((await listActors(db)).map((a) => a.name)).toEqual(['НАТО']);
  await choose('[{"name": "ГУР", "kind": "org", "aliases": ["Головне управління розвідки"]}]');
  await expect.poll(async () => (await settle(), root.querySelector('[role=status]')?.textContent)).toBe('actorsImportDone(1)');
  await expect.poll(async () => (await settle(), names())).toEqual(['ГУР', 'НАТО']);
  const exportButton = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'actorsExport')!;
  await act(async () => exportButton.click());
  await expect.poll(async () => (await settle(), downloads.length)).toBe(1);
  expect(JSON.parse(downloads[0]!).map((e: { name: string }) => e.name)).toEqual(['ГУР', 'НАТО']);
});
