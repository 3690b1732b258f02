/**
 * What a page says about itself: canonical URL, title, site, language and publication date. The
 * publication date matters most: it is the reference every relative date in the article ("вчора",
 * "минулого місяця") is resolved against, so sources are tried from most to least trustworthy.
 */
import { primaryLanguage } from '../analyze/lang-tag';
import type { PageInfo } from '../messages/protocol';
import { dayInText, dayInUrl, dayOf } from './dates';
import { findMainElement } from './extract';
import { relativeBylineDay, yearlessBylineDay } from './metadata-byline';

type LocationLike = Pick<Location, 'href'>;

/**
 * What one reading of the page consults more than once, gathered once: every source below looks at
 * the metas, JSON-LD and main element, and on a big page each query of them costs.
 */
interface Page {
  doc: Document;
  /** First non-empty content per meta name (property, name or itemprop), lower-cased. */
  metas: Map<string, string>;
  /** Every meta content, in order. */
  contents: string[];
  ld: () => Record<string, unknown>[];
  main: () => Element | null;
}

function lazy<T>(f: () => T): () => T {
  let done = false;
  let v: T;
  return () => {
    if (!done) [v, done] = [f(), true];
    return v;
  };
}

function pageOf(doc: Document): Page {
  const metas = new Map<string, string>();
  const contents: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    contents.push(content);
    if (name && !metas.has(name)) metas.set(name, content);
  }
  return { doc, metas, contents, ld: lazy(() => jsonLdNodes(doc)), main: lazy(() => findMainElement(doc)) };
}

function meta(page: Page, ...keys: string[]): string {
  for (const key of keys) {
    const v = page.metas.get(key.toLowerCase());
    if (v) return v;
  }
  return '';
}

/** An absolute http(s) URL, or '' (a page may declare `javascript:` as its canonical URL). */
function absolute(href: string, base: string): string {
  if (!href.trim()) return '';
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

function withoutHash(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

/** All JSON-LD objects on the page, flattened through arrays and @graph. */
function jsonLdNodes(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    // Some sites nest the article under mainEntity / mainEntityOfPage.
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      // Stray control characters break JSON.parse on real pages; they carry nothing we need.
      visit(JSON.parse((script.textContent ?? '').replace(/[\u0000-\u001f]+/g, ' ')), 0);
    } catch {
      /* a broken JSON-LD block is common and not our problem */
    }
  }
  return out;
}

function typeOf(o: Record<string, unknown>): string {
  const t = o['@type'];
  return (Array.isArray(t) ? t.join(' ') : String(t ?? '')).toLowerCase();
}

function jsonLdPublished(page: Page): string {
  const nodes = page.ld().filter((o) => typeof o.datePublished === 'string' || typeof o.dateCreated === 'string');
  // Prefer the article over e.g. a WebPage or an embedded VideoObject.
  nodes.sort((a, b) => Number(/article|posting|report/.test(typeOf(b))) - Number(/article|posting|report/.test(typeOf(a))));
  const best = nodes[0];
  return best ? String(best.datePublished ?? best.dateCreated) : '';
}

/** Byline times: <time pubdate>, itemprop=datePublished, then the first <time datetime> of the article. */
function bylinePublished(page: Page): string {
  const doc = page.doc;
  const main = page.main() ?? doc.body;
  const scopes = main && main !== doc.body ? [main, doc] : [doc];
  for (const scope of scopes) {
    const el =
      // hAtom's <abbr class="published" title="…"> still marks many older blogs and CMS themes.
      scope.querySelector('time[pubdate][datetime], [itemprop="datePublished"], abbr.published[title]') ??
      (scope === doc ? null : scope.querySelector('time[datetime]'));
    if (!el) continue;
    const v = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? el.textContent ?? '';
    if (v.trim()) return v.trim();
  }
  return '';
}

/**
 * Last textual resort: an element whose class or id names it a date, near the headline. Restricted
 * to before the article body ends because "related news" lists further down carry other dates.
 */
function visibleBylineDay(page: Page, now: Date): string | null {
  const doc = page.doc;
  const main = page.main();
  const scope: ParentNode = main ?? doc;
  const sel = '[class*="date" i], [class*="time" i], [class*="publish" i], [id*="date" i], .byline, time';
  for (const el of Array.from(scope.querySelectorAll(sel)).slice(0, 40)) {
    const text = el.textContent ?? '';
    const day = dayInText(text, now) ?? relativeBylineDay(text, now) ?? yearlessBylineDay(text, now);
    if (day) return day;
  }
  if (main) {
    // Outside an <article>, take a date only when it comes right after the headline.
    const h1 = doc.querySelector('h1');
    let node: Element | null = h1;
    for (let i = 0; node && i < 6; i++, node = node.nextElementSibling) {
      const day = dayInText(node.textContent ?? '', now);
      if (day) return day;
    }
  }
  return null;
}

// A machine timestamp in UTC: "…Z", "…+00:00", "…+0000". Its date part is the UTC day, which is not
// the article's own day when a Kyiv page publishes between 00:00 and 02:00 local time.
const UTC_STAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/i;
const ZONED_STAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-](?!00:?00)\d{2}:?\d{2}$/;

const ZONELESS_STAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * Every timestamp the server wrote, in <meta> or JSON-LD. Not <time datetime>: sites like the
 * Guardian rewrite those into the visitor's zone, which says nothing of the article's.
 */
function serverStamps(page: Page): string[] {
  const out = [...page.contents];
  for (const o of page.ld())
    for (const key of ['datePublished', 'dateCreated', 'uploadDate']) if (typeof o[key] === 'string') out.push(String(o[key]).trim());
  return out;
}

const zonedStamps = (page: Page) => serverStamps(page).filter((v) => ZONED_STAMP.test(v));

/**
 * A timestamp without a zone, given its zone by the same wall-clock time stated elsewhere with one:
 * latimes.com's meta "2019-11-20T01:50:59.403" is its JSON-LD's "2019-11-20T01:50:59.403Z".
 */
function withStatedZone(stamp: string, page: Page): string {
  if (!ZONELESS_STAMP.test(stamp)) return stamp;
  const clock = stamp.replace(' ', 'T');
  const twin = serverStamps(page).find((v) => {
    const w = v.replace(' ', 'T');
    return w.startsWith(clock) && /^(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(w.slice(clock.length));
  });
  return twin ?? stamp;
}

/** A visible byline that gives a time with its day: "24 листопада 2025, 00:30", "24.11.2025 00:30". */
function visibleDayAndTime(page: Page, now: Date): { day: string; minutes: number } | null {
  const scope: ParentNode = page.main() ?? page.doc;
  const sel = '[class*="date" i], [class*="time" i], [class*="publish" i], [id*="date" i], .byline, time';
  for (const el of Array.from(scope.querySelectorAll(sel)).slice(0, 40)) {
    const text = (el.textContent ?? '').slice(0, 120);
    const day = dayInText(text, now);
    const time = /(?:^|[^\d:])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d.])/.exec(text.replace(/\d{1,2}\.\d{1,2}\.\d{4}/, ' '));
    if (day && time) return { day, minutes: +time[1] * 60 + +time[2] };
  }
  return null;
}

/**
 * A UTC timestamp rewritten in the article's own zone. The page's own offset decides the day ("to
 * the day" means as the article's readers saw it): first the same instant stated elsewhere with an
 * offset (JSON-LD "+02:00" beside a meta "Z"), then the date in the URL, then a visible byline whose
 * day and time differ from the UTC ones by a real zone offset (a whole quarter-hour, at most 14 h).
 */
function inOwnZone(stamp: string, page: Page, url: string, now: Date): string {
  const instant = Date.parse(stamp);
  if (!UTC_STAMP.test(stamp) || Number.isNaN(instant)) return stamp;
  const same = zonedStamps(page).find((v) => Math.abs(Date.parse(v) - instant) <= 60_000);
  if (same) return same;
  // The publisher writes the URL's date in its own zone: techcrunch.com/2019/11/18/… with a meta of
  // 2019-11-19T04:58:46Z was published on the evening of the 18th in California.
  const urlDay = dayInUrl(url, now);
  if (urlDay === stamp.slice(0, 10)) return stamp;
  if (urlDay) {
    const shift = (Date.parse(`${urlDay}T00:00:00Z`) - Date.parse(`${stamp.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
    const hour = new Date(instant).getUTCHours();
    // A zone is at most 12 hours behind UTC and 14 ahead.
    if ((shift === -1 && hour < 12) || (shift === 1 && hour >= 10)) return urlDay;
  }
  const seen = visibleDayAndTime(page, now);
  if (!seen) return stamp;
  const shown = Date.parse(`${seen.day}T00:00:00Z`) + seen.minutes * 60_000;
  const offset = Math.round((shown - instant) / 60_000);
  const quarter = Math.abs(offset - Math.round(offset / 15) * 15) <= 1;
  return offset !== 0 && Math.abs(offset) <= 14 * 60 && quarter && seen.day !== stamp.slice(0, 10) ? seen.day : stamp;
}

/** The publication date as the page states it (ISO or YYYY-MM-DD), or '' when it states none. */
export function readPublished(doc: Document, url: string, now = new Date()): string {
  return publishedOf(pageOf(doc), url, now);
}

function publishedOf(page: Page, url: string, now: Date): string {
  const candidates = [
    () => meta(page, 'article:published_time', 'og:published_time', 'published_time'),
    () => jsonLdPublished(page),
    () => bylinePublished(page),
    () => meta(page, 'datePublished', 'dateCreated', 'og:article:published_time', 'pdate', 'pubdate', 'publishdate',
      'publish-date', 'publish_date', 'DC.date.issued', 'dcterms.issued', 'dcterms.created', 'DC.date',
      'parsely-pub-date', 'sailthru.date', 'article.published', 'cXenseParse:recs:publishtime', 'date', 'Date',
      'article:modified_time'),
  ];
  for (const candidate of candidates) {
    const c = candidate();
    if (c && dayOf(c, now)) return inOwnZone(withStatedZone(c, page), page, url, now);
  }
  return dayInUrl(url, now) ?? visibleBylineDay(page, now) ?? '';
}

/** YYYY-MM-DD for the engine: the page's own date, today only when the page states none. */
export function publishedDay(info: Pick<PageInfo, 'publishedAt'>, now = new Date()): string {
  return dayOf(info.publishedAt, now) ?? now.toISOString().slice(0, 10);
}

/** Reads the page's identity and publication date; works on any DOM (no layout needed). */
export function readPageInfo(doc: Document, location: LocationLike, now = new Date()): PageInfo {
  const here = withoutHash(location.href);
  const canonicalHref = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? '';
  const page = pageOf(doc);
  const url = withoutHash(absolute(canonicalHref, here) || absolute(meta(page, 'og:url'), here) || here);
  const title = meta(page, 'og:title', 'twitter:title') || (doc.title ?? '').trim() || doc.querySelector('h1')?.textContent?.trim() || '';
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    /* keep '' for opaque URLs */
  }
  const site = meta(page, 'og:site_name', 'application-name') || host;
  const htmlLang = doc.documentElement?.getAttribute('lang') ?? '';
  const locale = meta(page, 'og:locale', 'content-language', 'language');
  const lang = primaryLanguage(htmlLang || locale);
  return { url, title, site, lang, publishedAt: publishedOf(page, url, now) };
}
