/**
 * The options page's sync section: server settings, "sync now", a status line in plain words, and
 * the encrypted file for readers without a server. All work is behind `SyncPanelApi`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SyncPanelApi } from '../utils/sync/panel';
import { FileError } from '../utils/sync/file';
import { DEFAULT_SETTINGS, type SyncSettings as Settings, type SyncStatus } from '../utils/sync/settings';
import { t, uiLocale, type MessageKey } from './i18n';
import './SyncSettings.css';

type Notice = { kind: 'status' | 'alert'; text: string } | null;

const when = (ms: number) => new Date(ms).toLocaleString(uiLocale());

export function statusLine(s: SyncStatus): string {
  if (s.state === 'running') return t('syncStatus_running');
  if (s.state === 'ok') return t('syncStatus_ok', s.pulled ?? 0, s.pushed ?? 0);
  if (s.state === 'error' && s.code) return t(`syncStatus_${s.code}` as MessageKey);
  return s.lastOkAt ? '' : t('syncNever');
}

export function SyncSettings({ api, download }: { api: SyncPanelApi; download: (text: string, name: string) => void }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [stored, setStored] = useState(false);
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState<SyncStatus>({ state: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    void api.load().then((l) => {
      setSettings(l.settings);
      setStored(l.hasPassword);
      setStatus(l.status);
    });
    return api.onStatus(setStatus);
  }, [api]);

  const field = (key: 'url' | 'db' | 'username') => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value.trim();
    setSettings((s) => ({ ...s, [key]: value }));
  };

  const onSave = async (e: Event) => {
    e.preventDefault();
    const problem = await api.save(settings, password);
    if (problem) return setNotice({ kind: 'alert', text: t(problem as MessageKey) });
    if (password) setStored(true);
    setPassword('');
    setNotice({ kind: 'status', text: t('syncSaved') });
  };

  const fileError = (e: unknown) => setNotice({ kind: 'alert', text: e instanceof FileError ? t(e.key as MessageKey) : String(e) });

  const onExport = async () => {
    try {
      const { text, records } = await api.exportFile(passphrase);
      download(text, `dossier-${new Date().toISOString().slice(0, 10)}.dossier`);
      setNotice({ kind: 'status', text: t('syncExported', records) });
    } catch (e) {
      fileError(e);
    }
  };

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const r = await api.importFile(await file.text(), passphrase);
      setNotice({ kind: 'status', text: t('syncImported', r.records, r.changed) });
    } catch (err) {
      fileError(err);
    }
  };

  const line = statusLine(status);
  return (
    <section class="sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('syncHeading')}</h2>
      <p class="muted">{t('syncIntro')}</p>
      <form class="sync-form" onSubmit={onSave}>
        <label>
          {t('syncUrl')}
          <input type="url" name="url" required placeholder="https://couch.example.org:6984" value={settings.url} onInput={field('url')} />
        </label>
        <label>
          {t('syncDb')}
          <input name="db" required value={settings.db} onInput={field('db')} />
        </label>
        <label>
          {t('syncUsername')}
          <input name="username" autocomplete="username" value={settings.username} onInput={field('username')} />
        </label>
        <label>
          {t('syncPassword')}
          <input type="password" name="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
          {stored && <small class="muted">{t('syncPasswordStored')}</small>}
        </label>
        <label class="sync-auto">
          <input type="checkbox" name="auto" checked={settings.auto} onChange={(e) => {
              const auto = e.currentTarget.checked;
              setSettings((s) => ({ ...s, auto }));
            }} />
          {t('syncAuto', settings.intervalMin)}
        </label>
        <div class="sync-buttons">
          <button type="submit">{t('syncSave')}</button>
          <button type="button" disabled={!settings.url || status.state === 'running'} onClick={() => void api.syncNow()}>
            {t('syncNow')}
          </button>
          {stored && (
            <button type="button" onClick={() => void api.forgetPassword().then(() => setStored(false))}>
              {t('syncForget')}
            </button>
          )}
        </div>
      </form>
      <div class="sync-status" role="status" aria-live="polite">
        {line && <p data-state={status.state}>{line}</p>}
        {status.lastOkAt ? <p class="muted">{t('syncLastOk', when(status.lastOkAt))}</p> : null}
        {status.pending ? <p class="muted">{t('syncPending', status.pending)}</p> : null}
        {status.state === 'error' && status.retryAt ? <p class="muted">{t('syncRetryAt', when(status.retryAt))}</p> : null}
      </div>
      <h3>{t('syncFileHeading')}</h3>
      <p class="muted">{t('syncFileIntro')}</p>
      <div class="sync-file">
        <label>
          {t('syncPassphrase')}
          <input type="password" name="passphrase" autocomplete="new-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={onExport}>
          {t('syncExport')}
        </button>
        <label class="file-button">
          {t('syncImport')}
          <input type="file" accept=".dossier,application/json" onChange={onImport} />
        </label>
      </div>
      {notice && (
        <p class="notice" role={notice.kind}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
