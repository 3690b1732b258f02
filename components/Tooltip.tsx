/**
 * What Dossier knows about the thing under the pointer: an actor's other events and sources, what
 * else happened on a date, who else reported a claim, or a one-click "Track" for an unknown name.
 * Rendered inside a shadow root on someone else's page, so every string is a text node (Preact
 * never sets innerHTML from children) and every link is checked to be http(s).
 */
import type { ComponentChildren } from 'preact';
import type { HighlightData } from '../utils/highlight/names';
import type { RelatedEvent, ResponseOf } from '../utils/messages/protocol';

export type TooltipDetails =
  | { kind: 'actor'; res: ResponseOf<'related/actor'> }
  | { kind: 'date'; res: ResponseOf<'related/date'> }
  | { kind: 'claim'; res: ResponseOf<'related/claim'> }
  | { kind: 'none' };

export type TooltipState = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; details: TooltipDetails };

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface TooltipProps {
  data: HighlightData;
  state: TooltipState;
  t: Translate;
  /** Candidate names only: adds the name to the reader's gazetteer. */
  onTrack?: () => void;
  /** The base form the name will be tracked under ("Джон Коул" for "Джоном Коулом"), when known. */
  trackName?: string;
  trackState?: 'idle' | 'busy' | 'done' | 'failed';
  /** Claims only: saves the claim as a clip (issue #3). */
  onClip?: () => void;
  clipState?: 'idle' | 'busy' | 'done' | 'failed';
  onClose: () => void;
  titleId: string;
}

/** Links from the store lead only to web pages: a stored `javascript:` URL must never be clickable. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Event summaries are whole sentences; a tooltip shows their start. */
export function clip(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

function SourceLink({ url, title, site }: { url: string; title: string; site: string }) {
  const href = safeHref(url);
  const label = title || site || url;
  return href ? (
    <a class="source" href={href} target="_blank" rel="noopener noreferrer" title={url}>
      {label}
    </a>
  ) : (
    <span class="source">{label}</span>
  );
}

function EventList({ events, t }: { events: RelatedEvent[]; t: Translate }) {
  return (
    <ul class="events">
      {events.slice(0, 6).map(({ event, sources }) => (
        <li key={event.id}>
          <span class="date">{event.date}</span> <span class="summary" title={event.summary}>{clip(event.summary)}</span>
          {sources.length > 0 && (
            <span class="sources">
              {' — '}
              {sources.slice(0, 3).map((s, i) => (
                <>
                  {i > 0 && ', '}
                  <SourceLink url={s.url} title={s.title} site={s.site} />
                </>
              ))}
            </span>
          )}
        </li>
      ))}
      {events.length > 6 && <li class="more">{t('tooltipMore', String(events.length - 6))}</li>}
    </ul>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Heading({ data, t, titleId }: Pick<TooltipProps, 'data' | 't' | 'titleId'>) {
  switch (data.kind) {
    case 'actor':
      return (
        <header>
          <h2 id={titleId}>{data.span.name}</h2>
          <span class="kind">{t(`kind_${data.span.kind}`)}</span>
        </header>
      );
    case 'date':
      return (
        <header>
          <h2 id={titleId}>{data.span.endValue ? `${data.span.value} – ${data.span.endValue}` : data.span.value}</h2>
          <span class="kind">{t('tooltipDate')}</span>
        </header>
      );
    case 'claim':
      return (
        <header>
          <h2 id={titleId}>{data.span.speaker ?? t('tooltipUnknownSpeaker')}</h2>
          <span class="kind">{t('tooltipClaim')}</span>
        </header>
      );
    default:
      return (
        <header>
          <h2 id={titleId}>{data.span.text}</h2>
          <span class="kind">{t(data.kind === 'clip' ? 'tooltipClip' : 'tooltipCandidate')}</span>
        </header>
      );
  }
}

function Body({ details, t }: { details: TooltipDetails; t: Translate }) {
  if (details.kind === 'actor') {
    const { events, sources } = details.res;
    if (!events.length && !sources.length) return <p class="empty">{t('tooltipNothingYet')}</p>;
    return (
      <>
        {events.length > 0 && (
          <Section title={t('tooltipOtherEvents')}>
            <EventList events={events} t={t} />
          </Section>
        )}
        {sources.length > 0 && (
          <Section title={t('tooltipOtherSources')}>
            <ul class="sources">
              {sources.slice(0, 6).map((s) => (
                <li key={s.id}>
                  <SourceLink url={s.url} title={s.title} site={s.site} />
                  {s.publishedAt && <span class="date"> {s.publishedAt.slice(0, 10)}</span>}
                </li>
              ))}
            </ul>
          </Section>
        )}
      </>
    );
  }
  if (details.kind === 'date') {
    if (!details.res.events.length) return <p class="empty">{t('tooltipNothingYet')}</p>;
    return (
      <Section title={t('tooltipSameDate')}>
        <EventList events={details.res.events} t={t} />
      </Section>
    );
  }
  if (details.kind === 'claim') {
    if (!details.res.claims.length) return <p class="empty">{t('tooltipNoSimilarClaims')}</p>;
    return (
      <Section title={t('tooltipSimilarClaims')}>
        <ul class="claims">
          {details.res.claims.slice(0, 5).map((c) => (
            <li key={c.id}>
              <q>{clip(c.text)}</q>
              {c.source && (
                <>
                  {' — '}
                  <SourceLink url={c.source.url} title={c.source.title} site={c.source.site} />
                </>
              )}
            </li>
          ))}
        </ul>
      </Section>
    );
  }
  return null;
}

/** The tooltip card; `role="dialog"` because it holds links and buttons a keyboard user can reach. */
export function Tooltip({ data, state, t, onTrack, trackName, trackState = 'idle', onClip, clipState = 'idle', onClose, titleId }: TooltipProps) {
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1}>
      <button type="button" class="close" aria-label={t('tooltipClose')} onClick={onClose}>
        ×
      </button>
      <Heading data={data} t={t} titleId={titleId} />
      {data.kind === 'claim' && <blockquote class="quote">{clip(data.span.text, 240)}</blockquote>}
      {data.kind === 'claim' && onClip && (
        <p class="track">
          {clipState === 'done' ? (
            <span role="status">{t('tooltipClipped')}</span>
          ) : (
            <button type="button" class="primary" disabled={clipState === 'busy'} onClick={onClip}>
              {t('tooltipClipAction')}
            </button>
          )}
          {clipState === 'failed' && <span role="alert"> {t('tooltipError')}</span>}
        </p>
      )}
      {data.kind === 'candidate' && onTrack && (
        <p class="track">
          {trackState === 'done' ? (
            <span role="status">{t('tooltipTracked')}</span>
          ) : (
            <button type="button" class="primary" disabled={trackState === 'busy'} onClick={onTrack}>
              {trackName ? t('tooltipTrackAs', trackName) : t('tooltipTrack')}
            </button>
          )}
          {trackState === 'failed' && <span role="alert"> {t('tooltipError')}</span>}
        </p>
      )}
      {state.status === 'loading' && <p class="loading" aria-busy="true">{t('tooltipLoading')}</p>}
      {state.status === 'error' && <p class="error" role="alert">{t('tooltipError')}</p>}
      {state.status === 'ready' && <Body details={state.details} t={t} />}
    </div>
  );
}
