import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPassword, savePassword } from '../../utils/sync/credentials';
import { SyncMetaDB } from '../../utils/sync/meta';
import { loadSettings, saveSettings, validateSettings } from '../../utils/sync/settings';

beforeEach(() => fakeBrowser.reset());

describe('sync settings and credentials', () => {
  it('keeps the password encrypted in storage.local and nowhere in storage.sync', async () => {
    const meta = new SyncMetaDB(`cred-${Math.random()}`);
    await saveSettings({ url: 'https://couch.example.org:6984', db: 'dossier', username: 'olena', auto: true, intervalMin: 15 });
    await savePassword(meta, 'Київ-2025!');
    const everything = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.sync.get(null)]);
    expect(everything).not.toContain('Київ-2025!');
    expect(await loadPassword(meta)).toBe('Київ-2025!');
    expect(await loadPassword(new SyncMetaDB(`other-${Math.random()}`))).toBe(''); // another device's key can't open it
    expect(await loadSettings()).toMatchObject({ username: 'olena', auto: true, intervalMin: 15 });
  });

  it('refuses a URL that is not http(s) and an illegal database name', () => {
    const ok = { url: 'http://127.0.0.1:5984', db: 'dossier', username: '', auto: false, intervalMin: 30 };
    expect(validateSettings(ok)).toBeNull();
    expect(validateSettings({ ...ok, url: 'ftp://x' })).toBe('syncInvalidUrl');
    expect(validateSettings({ ...ok, db: 'Dossier' })).toBe('syncInvalidDb');
  });
});
