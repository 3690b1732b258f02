/** One timeline row: date gutter (first row of its group only), summary, claim snippet, actors, source. */
import type { TimelineItem } from '../utils/messages/protocol';
import { formatDateValue } from './dates';
import { t } from './i18n';

interface Props {
  item: TimelineItem | undefined;
  /** The group heading to show, when this row starts a group. */
  heading?: string;
  locale: string;
  openUrl?: (url: string) => void;
}

/** Only web pages are linked: a stored `javascript:` URL must never become a clickable link. */
export const safeHref = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);

export function EventRow({ item, heading, locale, openUrl }: Props) {
  if (!item) {
    return (
      <div class="event event-loading" aria-busy="true">
        <span class="event-date" />
        <span class="event-body">{t('timelineLoading')}</span>
      </div>
    );
  }
  const { event, actors, sources, claim } = item;
  const dateText =
    formatDateValue(event.date, event.precision, locale) +
    (event.endDate ? ` – ${formatDateValue(event.endDate, event.precision, locale)}` : '');
  const source = sources[0];
  const href = source ? safeHref(source.url) : undefined;
  return (
    <article class="event" data-date={event.date} data-precision={event.precision} aria-label={`${dateText}: ${event.summary}`}>
      <div class="event-date">{heading ? <h2 class="group-heading">{heading}</h2> : null}</div>
      <div class="event-body">
        <p class="event-summary" title={event.summary}>
          {event.summary}
        </p>
        {claim ? (
          <p class="event-claim">
            {claim.speaker ? <span class="claim-speaker">{t('timelineSaid', claim.speaker)} </span> : null}
            <q>{claim.text}</q>
          </p>
        ) : null}
        <p class="event-meta">
          {actors.slice(0, 4).map((a) => (
            <span key={a.id} class={`actor actor-${a.kind}`}>
              {a.name}
            </span>
          ))}
          {href && source ? (
            <a
              class="event-source"
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              title={source.title}
              onClick={(e) => {
                if (!openUrl) return;
                e.preventDefault();
                openUrl(href);
              }}
            >
              {source.site || source.title}
            </a>
          ) : null}
        </p>
      </div>
    </article>
  );
}
