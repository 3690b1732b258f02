/**
 * Options section: run on every site (default) or only on the sites the reader lists. Saved to
 * `storage.sync`; the content script checks it before reading a page (utils/page/site-access.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SITE_ACCESS, parseSites, type SiteAccess } from '../utils/page/site-access';
import { t } from './i18n';

export interface SiteAccessApi {
  load(): Promise<SiteAccess>;
  save(access: SiteAccess): Promise<SiteAccess>;
}

export function SiteAccessSettings({ api }: { api: SiteAccessApi }) {
  const [mode, setMode] = useState<SiteAccess['mode']>(DEFAULT_SITE_ACCESS.mode);
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  useEffect(() => {
    void api.load().then((a) => {
      setMode(a.mode);
      setText(a.sites.join('\n'));
    });
  }, [api]);

  const save = async (e: Event) => {
    e.preventDefault();
    const { sites, invalid } = parseSites(text);
    if (invalid.length) {
      setNotice({ kind: 'alert', text: t('siteAccessInvalid', invalid.join(', ')) });
      return;
    }
    try {
      const saved = await api.save({ mode, sites });
      setText(saved.sites.join('\n'));
      setNotice({ kind: 'status', text: saved.mode === 'only' && !saved.sites.length ? t('siteAccessSavedNone') : t('siteAccessSaved') });
    } catch (err) {
      setNotice({ kind: 'alert', text: String(err) });
    }
  };

  return (
    <section class="site-access" aria-labelledby="site-access-title">
      <h2 id="site-access-title">{t('siteAccessTitle')}</h2>
      <form onSubmit={save}>
        <label>
          <input type="radio" name="site-access-mode" value="all" checked={mode === 'all'} onChange={() => setMode('all')} />
          {t('siteAccessAll')}
        </label>
        <label>
          <input type="radio" name="site-access-mode" value="only" checked={mode === 'only'} onChange={() => setMode('only')} />
          {t('siteAccessOnly')}
        </label>
        <textarea
          name="site-access-sites"
          rows={5}
          aria-label={t('siteAccessSitesLabel')}
          placeholder="pravda.com.ua&#10;bbc.com"
          disabled={mode !== 'only'}
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
        <button type="submit">{t('siteAccessSave')}</button>
        {notice ? <p role={notice.kind}>{notice.text}</p> : null}
      </form>
    </section>
  );
}
