/**
 * The clips view: search over quote, note and tags; filters by tag, site and actor; edit; open at
 * source; delete with undo (the deletion is a tombstone, undo restores it).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ClipList as ClipListData, ClipQuery, ClipView } from '../utils/db/clips';
import { ClipRow } from './ClipRow';
import { t } from './i18n';

export interface ClipsApi {
  list(query: ClipQuery): Promise<ClipListData>;
  update(id: string, changes: { note: string; tags: string[] }): Promise<void>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  open(view: ClipView): void;
}

const DEBOUNCE_MS = 200;
const UNDO_MS = 8000;

export function ClipList({ api, locale }: { api: ClipsApi; locale: string }) {
  const [textInput, setTextInput] = useState('');
  const [query, setQuery] = useState<ClipQuery>({});
  const [data, setData] = useState<ClipListData | null>(null);
  const [error, setError] = useState('');
  const [undo, setUndo] = useState<ClipView | null>(null);

  const reload = useCallback(() => {
    api.list({ ...query, limit: 200 }).then(
      (d) => (setData(d), setError('')),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [api, query]);
  useEffect(reload, [reload]);
  useEffect(() => {
    const id = setTimeout(() => setQuery((q) => ({ ...q, text: textInput || undefined })), DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [textInput]);
  useEffect(() => {
    if (!undo) return;
    const id = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(id);
  }, [undo]);

  const filter = (key: 'tag' | 'site' | 'actorId') => (e: Event) => {
    const value = (e.currentTarget as HTMLSelectElement).value;
    setQuery((q) => ({ ...q, [key]: value || undefined }));
  };
  const remove = async (view: ClipView) => {
    await api.remove(view.clip.id);
    setUndo(view);
    reload();
  };
  const restore = async () => {
    if (!undo) return;
    await api.restore(undo.clip.id);
    setUndo(null);
    reload();
  };
  const facets = data?.facets ?? { tags: [], sites: [], actors: [] };
  const filtered = !!(query.text || query.tag || query.site || query.actorId);

  return (
    <section class="clips" aria-label={t('tabClips')}>
      <div class="clips-filters">
        <input type="search" aria-label={t('clipsFilterText')} placeholder={t('clipsFilterText')} value={textInput} onInput={(e) => setTextInput(e.currentTarget.value)} />
        <select aria-label={t('clipsFilterTag')} value={query.tag ?? ''} onChange={filter('tag')}>
          <option value="">{`${t('clipsFilterTag')}: ${t('clipsAny')}`}</option>
          {facets.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <select aria-label={t('clipsFilterSite')} value={query.site ?? ''} onChange={filter('site')}>
          <option value="">{`${t('clipsFilterSite')}: ${t('clipsAny')}`}</option>
          {facets.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
        <select aria-label={t('clipsFilterActor')} value={query.actorId ?? ''} onChange={filter('actorId')}>
          <option value="">{`${t('clipsFilterActor')}: ${t('clipsAny')}`}</option>
          {facets.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      {undo ? (
        <div class="clips-undo" role="status">
          {t('clipsDeleted')}{' '}
          <button type="button" onClick={restore}>
            {t('clipsUndo')}
          </button>
        </div>
      ) : null}
      {error ? <p class="clips-error" role="alert">{t('clipsError', error)}</p> : null}
      {data ? (
        <>
          <p class="clips-count" role="status">
            {t('clipsCount', data.total)}
          </p>
          {data.items.length ? (
            <ul class="clips-list">
              {data.items.map((view) => (
                <ClipRow key={`${view.clip.id}:${view.clip.updatedAt}`} view={view} locale={locale} onOpen={api.open} onDelete={remove} onSave={async (id, changes) => (await api.update(id, changes), reload())} />
              ))}
            </ul>
          ) : filtered ? (
            <p class="clips-empty">{t('clipsNoMatch')}</p>
          ) : (
            <div class="clips-empty">
              <p>{t('clipsEmpty')}</p>
              <p>{t('clipsEmptyHint')}</p>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
