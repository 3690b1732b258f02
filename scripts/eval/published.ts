/**
 * Publication dates of real pages, read by the content script's `readPageInfo` on a linkedom DOM:
 * htmldate's MediaCloud news sample (uk, ru and en sites) and the Readability test pages that state
 * a publishedTime. Scored to the day: every relative date in an article is resolved against it.
 * Two htmldate golds disagree with every date their page states (checked 2026-11-25), so 21/23 is
 * the honest ceiling there: tass.ru/moskva/8836033 says 2020-06-29T00:16:15+03:00 in JSON-LD, meta and
 * its "МОСКВА, 29 июня" dateline, gold 2020-06-28 (the UTC day; the other golds are local days, e.g.
 * globalnews.ca's 20:53-04:00 on the 15th); the Times of India live blog states only 2020-10-02
 * (start 18:16 IST, last post 19:02 IST), gold 2020-10-03.
 */
import { existsSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { evalPath, readText } from './corpus';
import { load } from './engine';
import { ratio } from './score';
import type { Task, TaskResult } from './types';

export interface PageCase {
  file: string;
  url: string;
  /** Gold day, YYYY-MM-DD. */
  date: string;
  lang: string;
}

/** A fixed "now" after every page, so the figures do not move with the calendar. */
const NOW = new Date('2026-11-25T12:00:00Z');

export function htmldateCases(): PageCase[] {
  const list = JSON.parse(readText(evalPath('html_htmldate_news', 'pages.json'))) as PageCase[];
  return list.map((p) => ({ file: evalPath('html_htmldate_news', p.file), url: p.url, date: p.date, lang: p.lang }));
}

/** Readability pages whose expected metadata has a publishedTime; its day as the page's own offset writes it. */
export function readabilityCases(): PageCase[] {
  const dir = evalPath('readability_pages');
  return readdirSync(dir)
    .filter((name) => existsSync(`${dir}/${name}/expected-metadata.json`))
    .sort()
    .flatMap((name) => {
      const meta = JSON.parse(readText(`${dir}/${name}/expected-metadata.json`)) as { publishedTime?: string; lang?: string };
      const day = /^\d{4}-\d{2}-\d{2}/.exec(meta.publishedTime ?? '')?.[0];
      return day ? [{ file: `${dir}/${name}/source.html`, url: `http://fakehost/${name}/`, date: day, lang: meta.lang ?? '' }] : [];
    });
}

type ReadPageInfo = (doc: Document, location: { href: string }, now?: Date) => { publishedAt?: string | null };
type DayOf = (value: string, now?: Date) => string | null;

export const published: Task = {
  name: 'published',
  async run(_split, limit) {
    const meta = await load('utils/page/metadata.ts');
    const dates = await load('utils/page/dates.ts');
    const sets: [string, () => PageCase[]][] = [['html_htmldate_news', htmldateCases], ['readability_pages', readabilityCases]];
    const out: TaskResult[] = [];
    for (const [corpus, cases] of sets) {
      const base = { task: 'published', lang: 'mul' as const, corpus };
      if (typeof meta?.readPageInfo !== 'function' || typeof dates?.dayOf !== 'function') {
        out.push({ ...base, figures: [], misses: [], items: 0, skipped: 'utils/page/metadata.ts (readPageInfo) has not landed' });
        continue;
      }
      const read = meta.readPageInfo as ReadPageInfo;
      const dayOf = dates.dayOf as DayOf;
      const list = cases().slice(0, limit);
      let right = 0;
      const misses = [];
      const byLang = new Map<string, { n: number; right: number }>();
      for (const c of list) {
        const l = byLang.get(c.lang) ?? { n: 0, right: 0 };
        byLang.set(c.lang, l);
        l.n++;
        const { document } = parseHTML(readText(c.file));
        const got = read(document as unknown as Document, { href: c.url }, NOW).publishedAt ?? '';
        const day = got ? dayOf(got, NOW) : null;
        if (day === c.date) {
          right++;
          l.right++;
        }
        else misses.push({ key: day ? 'wrong day' : 'not found', example: `${c.file.split('/').slice(-2).join('/')} (${c.lang}): want ${c.date}, got ${got || 'nothing'}` });
      }
      // The uk and ru pages are few; their own rows keep them from hiding in the English majority.
      const perLang = corpus === 'html_htmldate_news' ? [...byLang].sort().map(([lang, t]) => ratio(`found-to-day-${lang}`, t.right, t.n, true)) : [];
      out.push({ ...base, figures: [ratio('found-to-day', right, list.length), ...perLang], misses, items: list.length });
    }
    return out;
  },
};
