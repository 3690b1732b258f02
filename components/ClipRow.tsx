/** One clip in the clips view: quote, source, note and tags, with edit, open-at-source and delete. */
import { useState } from 'preact/hooks';
import type { ClipView } from '../utils/db/clips';
import { formatDateValue } from './dates';
import { t } from './i18n';
import { safeHref } from './Tooltip';

interface Props {
  view: ClipView;
  locale: string;
  onOpen: (view: ClipView) => void;
  onSave: (id: string, changes: { note: string; tags: string[] }) => Promise<void>;
  onDelete: (view: ClipView) => void;
}

export function ClipRow({ view, locale, onOpen, onSave, onDelete }: Props) {
  const { clip, source, actors } = view;
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(clip.note);
  const [tags, setTags] = useState(clip.tags.join(', '));
  const day = source?.publishedAt.slice(0, 10) ?? '';
  const published = day ? formatDateValue(day, day.length === 4 ? 'year' : day.length === 7 ? 'month' : 'day', locale) : '';

  const save = async (e: Event) => {
    e.preventDefault();
    await onSave(clip.id, { note, tags: tags.split(',') });
    setEditing(false);
  };

  return (
    <li class={`clip${clip.orphaned ? ' clip-orphaned' : ''}`} data-clip-id={clip.id}>
      <blockquote class="clip-quote">{clip.quote}</blockquote>
      <div class="clip-meta">
        {clip.speaker ? <span class="clip-speaker">{clip.speaker}</span> : null}
        <span class="clip-source">{[source?.title || source?.url, source?.site, published].filter(Boolean).join(' · ')}</span>
        {actors.length ? <span class="clip-actors">{actors.map((a) => a.name).join(', ')}</span> : null}
        {clip.orphaned ? <span class="clip-warning">{t('clipsOrphaned')}</span> : null}
      </div>
      {editing ? (
        <form class="clip-edit" onSubmit={save}>
          <label>
            {t('clipsNote')}
            <textarea value={note} onInput={(e) => setNote(e.currentTarget.value)} rows={3} />
          </label>
          <label>
            {t('clipsTags')}
            <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          </label>
          <button type="submit">{t('clipsSave')}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('clipsCancel')}
          </button>
        </form>
      ) : (
        <>
          {clip.note ? <p class="clip-note">{clip.note}</p> : null}
          {clip.tags.length ? (
            <ul class="clip-tags" aria-label={t('clipsTags')}>
              {clip.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          ) : null}
          <div class="clip-actions">
            {source && safeHref(source.url) ? (
              <button type="button" onClick={() => onOpen(view)}>
                {t('clipsOpen')}
              </button>
            ) : null}
            <button type="button" onClick={() => setEditing(true)}>
              {t('clipsEdit')}
            </button>
            <button type="button" onClick={() => onDelete(view)}>
              {t('clipsDelete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
