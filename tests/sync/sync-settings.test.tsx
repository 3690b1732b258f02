// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncSettings } from '../../components/SyncSettings';
import { putRecords, type DossierDB } from '../../utils/db/database';
import { exportStore } from '../../utils/sync/file';
import { createSyncPanelApi } from '../../utils/sync/panel';
import { loadSettings, saveStatus, REQUEST_KEY } from '../../utils/sync/settings';
import { device } from './devices';

let root: HTMLElement;
let db: DossierDB;
beforeEach(async () => {
  fakeBrowser.reset();
  (fakeBrowser.permissions as unknown as { request: () => Promise<boolean> }).request = async () => true;
  db = await device('ui');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function settle() {
  for (let i = 0; i < 6; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 5))));
}
async function type(name: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(); // a browser re-renders between keystrokes and the click
}
const text = () => root.textContent ?? '';
/** Crypto and storage finish on their own time (slower on a loaded machine): wait for the words, not a clock. */
async function shows(words: string) {
  await expect.poll(async () => (await settle(), text()), { timeout: 20_000 }).toContain(words);
}

describe('SyncSettings', () => {
  it('saves valid settings to storage.sync, refuses a bad address, and asks the background to sync', async () => {
    let downloaded = '';
    render(<SyncSettings api={createSyncPanelApi(db)} download={(t) => (downloaded = t)} />, root);
    await settle();
    await type('url', 'couch.example.org');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await shows('syncInvalidUrl');
    await type('url', 'https://couch.example.org:6984');
    await type('username', 'olena');
    await type('password', 'Київ-2025!');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await shows('syncSaved');
    expect(await loadSettings()).toMatchObject({ url: 'https://couch.example.org:6984', username: 'olena' });
    expect(text()).toContain('syncPasswordStored');
    root.querySelectorAll('button')[1].click();
    await expect.poll(async () => (await settle(), (await fakeBrowser.storage.local.get(REQUEST_KEY))[REQUEST_KEY])).toBeTypeOf('number');
    expect(downloaded).toBe('');
  });

  it('shows the status the background writes, in words', async () => {
    render(<SyncSettings api={createSyncPanelApi(db)} download={() => {}} />, root);
    await settle();
    await act(async () => saveStatus({ state: 'error', code: 'unauthorized', lastAttemptAt: 1 }));
    await expect.poll(async () => (await settle(), root.querySelector('[role="status"]')?.textContent)).toContain('syncStatus_unauthorized');
  });

  it('imports an encrypted file and names a wrong passphrase', async () => {
    const other = await device('ui-other');
    await putRecords(other, 'sources', [{ id: 's1', url: 'https://lb.ua/news/1', title: 'Єрмак подав у відставку', site: 'lb.ua', lang: 'uk', publishedAt: '2025-11-28', firstSeenAt: 1 }]);
    const file = new File([await exportStore(other, 'гарбуз', { iterations: 1000 })], 'x.dossier');
    render(<SyncSettings api={createSyncPanelApi(db)} download={() => {}} />, root);
    await settle();
    const pick = async () => {
      const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
    };
    await type('passphrase', 'кабачок');
    await pick();
    await shows('syncFile_wrongPassphrase');
    expect(await db.sources.count()).toBe(0);
    await type('passphrase', 'гарбуз');
    await pick();
    await shows('syncImported(1, 1)');
    expect((await db.sources.get('s1'))!.title).toBe('Єрмак подав у відставку');
  });
});
