/**
 * The popup's timeline: events in date order, grouped by day (or month/year at their precision),
 * filterable by actor and text, virtualised so a large store opens instantly.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ActorRecord } from '../utils/db/records';
import { EventRow } from './EventRow';
import { formatDateValue, groupKey } from './dates';
import { t } from './i18n';
import { useTimelinePages, type TimelineFilters, type TimelineLoader } from './useTimelinePages';
import { VirtualList } from './VirtualList';

export const ROW_HEIGHT = 96;
const TEXT_DEBOUNCE_MS = 200;

interface Props {
  load: TimelineLoader;
  loadActors: () => Promise<Pick<ActorRecord, 'id' | 'name'>[]>;
  locale: string;
  openUrl?: (url: string) => void;
  onManageActors?: () => void;
}

export function Timeline({ load, loadActors, locale, openUrl, onManageActors }: Props) {
  const [actors, setActors] = useState<Pick<ActorRecord, 'id' | 'name'>[]>([]);
  const [actorId, setActorId] = useState('');
  const [textInput, setTextInput] = useState('');
  const [text, setText] = useState('');
  const [firstVisible, setFirstVisible] = useState(0);

  useEffect(() => {
    loadActors().then(setActors, () => setActors([]));
  }, [loadActors]);
  useEffect(() => {
    const id = setTimeout(() => setText(textInput), TEXT_DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [textInput]);

  const filters: TimelineFilters = useMemo(() => ({ actorId, text }), [actorId, text]);
  const { total, exact, error, itemAt, ensureRange } = useTimelinePages(load, filters);
  const filtered = actorId !== '' || text.trim() !== '';

  const headingFor = useCallback(
    (i: number): string | undefined => {
      const item = itemAt(i);
      if (!item) return undefined;
      const key = groupKey(item.event.date, item.event.precision);
      const prev = i > 0 ? itemAt(i - 1) : undefined;
      if (prev && groupKey(prev.event.date, prev.event.precision) === key) return undefined;
      return formatDateValue(key, item.event.precision, locale);
    },
    [itemAt, locale],
  );

  // The sticky heading names the group the list is scrolled into, when its own heading row is gone.
  const sticky = (() => {
    const item = itemAt(firstVisible);
    if (!item || headingFor(firstVisible)) return '';
    return formatDateValue(groupKey(item.event.date, item.event.precision), item.event.precision, locale);
  })();

  const clear = () => {
    setActorId('');
    setTextInput('');
    setText('');
  };

  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <header class="timeline-header">
        <h1 id="timeline-title">{t('popupTitle')}</h1>
        {total !== null && exact ? (
          <span class="timeline-count" role="status">
            {t('timelineCount', total)}
          </span>
        ) : null}
        {onManageActors ? (
          <button type="button" class="link-button" onClick={onManageActors}>
            {t('timelineManageActors')}
          </button>
        ) : null}
      </header>
      <div class="timeline-filters" role="search">
        <label>
          <span class="visually-hidden">{t('timelineFilterActor')}</span>
          <select value={actorId} onChange={(e) => setActorId((e.currentTarget as HTMLSelectElement).value)} aria-label={t('timelineFilterActor')}>
            <option value="">{t('timelineAllActors')}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="visually-hidden">{t('timelineFilterText')}</span>
          <input
            type="search"
            value={textInput}
            placeholder={t('timelineFilterText')}
            aria-label={t('timelineFilterText')}
            onInput={(e) => setTextInput((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      </div>
      {error ? (
        <p class="timeline-error" role="alert">
          {t('timelineError', error)}
        </p>
      ) : null}
      {total === null && !error ? <p class="timeline-loading">{t('timelineLoading')}</p> : null}
      {total === 0 ? (
        <div class="timeline-empty">
          <p>
            <strong>{filtered ? t('timelineNoMatch') : t('timelineEmpty')}</strong>
          </p>
          {filtered ? (
            <button type="button" onClick={clear}>
              {t('timelineClearFilters')}
            </button>
          ) : (
            <p>{t('timelineEmptyHint')}</p>
          )}
        </div>
      ) : null}
      {total ? (
        <>
          <div class="timeline-sticky" aria-hidden="true">
            {sticky}
          </div>
          <VirtualList
            count={total}
            rowHeight={ROW_HEIGHT}
            label={t('popupTitle')}
            onRange={ensureRange}
            onFirstVisible={setFirstVisible}
            renderRow={(i) => <EventRow item={itemAt(i)} heading={headingFor(i)} locale={locale} openUrl={openUrl} />}
          />
        </>
      ) : null}
    </section>
  );
}
