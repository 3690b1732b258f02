/** Full-text search over events, claims and clips (word prefixes, as you type). */
import { useEffect, useState } from 'preact/hooks';
import type { SearchResult } from '../utils/db/search';
import { formatDateValue } from './dates';
import { t, type MessageKey } from './i18n';
import { safeHref } from './Tooltip';

const DEBOUNCE_MS = 150;

interface Props {
  search: (text: string) => Promise<SearchResult>;
  openUrl: (url: string) => void;
  locale: string;
}

export function SearchPanel({ search, openUrl, locale }: Props) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!text.trim()) return setResult(null);
    let live = true;
    const id = setTimeout(() => {
      search(text).then(
        (r) => live && (setResult(r), setError('')),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [text, search]);

  return (
    <section class="search" aria-label={t('tabSearch')}>
      <input type="search" class="search-input" aria-label={t('searchPlaceholder')} placeholder={t('searchPlaceholder')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {error ? <p role="alert">{error}</p> : null}
      {!result ? <p class="search-hint">{t('searchHint')}</p> : null}
      {result ? (
        <>
          <p class="search-total" role="status">
            {result.total ? t('searchTotal', result.total) : t('searchNothing')}
          </p>
          <ul class="search-hits">
            {result.hits.map((hit) => {
              const href = hit.source && safeHref(hit.source.url);
              return (
                <li key={hit.id} class={`search-hit search-${hit.kind}`}>
                  <span class="search-kind">{t(`searchKind_${hit.kind}` as MessageKey)}</span>
                  {hit.date ? <span class="search-date">{formatDateValue(hit.date, hit.date.length === 4 ? 'year' : hit.date.length === 7 ? 'month' : 'day', locale)}</span> : null}
                  <p class="search-text">{hit.text}</p>
                  {hit.detail ? <p class="search-detail">{hit.detail}</p> : null}
                  {hit.source ? (
                    href ? (
                      <button type="button" class="link-button" onClick={() => openUrl(href)}>
                        {hit.source.title || hit.source.site || hit.source.url}
                      </button>
                    ) : (
                      <span>{hit.source.title || hit.source.url}</span>
                    )
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
