/**
 * Clips as Markdown a researcher pastes into notes or a draft: grouped by source, each quote as a
 * blockquote with its citation (speaker, title, site, publication date, URL). Page text is
 * backslash-escaped so a quote can't become a link, an image, HTML or a heading in a renderer.
 */
import type { ExportClip } from './collect';

/** Escapes Markdown and inline-HTML syntax in untrusted text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (c) => '\\' + c);
}

/** An http(s) URL as an autolink, or nothing (a `javascript:` URL must not become a link). */
function link(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `<${u.href.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
  } catch {
    return '';
  }
}

function formatDate(value: string | undefined, locale: string): string {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(+y, mo ? +mo - 1 : 0, d ? +d : 1));
  const opts: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'long', year: 'numeric' } : mo ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(date);
}

/** The citation line: Speaker, “Title”, Site, date, <URL>. */
export function citation(item: ExportClip, locale = 'en'): string {
  const s = item.source;
  const parts = [
    item.clip.speaker && escapeMarkdown(item.clip.speaker),
    s?.title && `“${escapeMarkdown(s.title)}”`,
    s?.site && `*${escapeMarkdown(s.site)}*`,
    formatDate(s?.publishedAt, locale),
    link(s?.url),
  ].filter(Boolean);
  return `— ${parts.join(', ')}`;
}

export function toMarkdown(clips: readonly ExportClip[], opts: { locale?: string; title?: string; now?: Date } = {}): string {
  const locale = opts.locale ?? 'en';
  const out = [`# ${escapeMarkdown(opts.title ?? 'Dossier clips')}`, '', `_${formatDate((opts.now ?? new Date()).toISOString().slice(0, 10), locale)}_`, ''];
  const bySource = new Map<string, ExportClip[]>();
  for (const item of clips) bySource.set(item.clip.sourceId, [...(bySource.get(item.clip.sourceId) ?? []), item]);
  for (const items of bySource.values()) {
    const s = items[0].source;
    out.push(`## ${escapeMarkdown(s?.title || s?.url || items[0].clip.sourceId)}`, '');
    for (const item of items) {
      const { clip, actors } = item;
      for (const line of clip.quote.split('\n')) out.push(`> ${escapeMarkdown(line)}`);
      out.push('>', `> ${citation(item, locale)}`, '');
      if (clip.note) out.push(...clip.note.split('\n').map(escapeMarkdown), '');
      const meta = [
        clip.date && `📅 ${formatDate(clip.date, locale)}`,
        actors.length && `👤 ${actors.map((a) => escapeMarkdown(a.name)).join(', ')}`,
        clip.tags.length && `🏷 ${clip.tags.map((t) => '`' + t.replace(/`/g, "'") + '`').join(' ')}`,
        clip.orphaned && '⚠ no longer found on the page',
      ].filter(Boolean);
      if (meta.length) out.push(meta.join(' · '), '');
    }
  }
  return out.join('\n');
}
