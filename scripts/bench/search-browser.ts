/**
 * Search on 100,000 records in real Chromium with the built extension: the records are written
 * straight into the extension's IndexedDB from an extension page (with their word-index rows, built
 * by the same folding as utils/db/search-terms.ts), then the popup asks the background
 * (`search/query`, the real code path, message round trip included). Baseline in the same run and
 * page: read every event, claim and clip with getAll() and keep those whose folded text includes
 * every query word. Run: `npx tsx scripts/bench/search-browser.ts [records]` after a Chrome build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, extensionDir } from '../lib/chromium';

const TOTAL = Number(process.argv[2] ?? 100_000);
const QUERIES = ['сікорськ', 'лукашенко заявив', 'женев', 'санкц перевір', 'ердоган стамбул 17', 'неіснуючеслово'];

async function main() {
  const profile = mkdtempSync(join(tmpdir(), 'dossier-bench-search-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: chromiumArgs(extensionDir) });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    // tsx (esbuild keepNames) wraps named functions in `__name(...)`, which the page doesn't have.
    await page.evaluate('globalThis.__name = (f) => f');
    // The background opened (and upgraded) the store before the popup's first request returns.
    await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'search/query', text: 'x' }));
    const fillMs = await page.evaluate(async (total) => {
      const t0 = performance.now();
      const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/['’ʼ`´]/g, '');
      const terms = (...xs: string[]) => [...new Set(xs.flatMap((x) => fold(x).match(/[\p{L}\p{N}]+/gu) ?? []))];
      let seed = 42;
      const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
      const sentences = [
        'Завдяки допомозі Сполучених Штатів, Білорусь відпустила на свободу близько сотні людей, зокрема пʼятеро українців.',
        '«Допомагаємо нашим американським партнерам, щоб була відповідна допомога Україні», – наголосив президент.',
        '14 жовтня Лукашенко заявив про готовність до «грандіозної угоди» зі Сполученими Штатами.',
        'Президент Франции Эмманюэль Макрон заявил журналистам в Париже, что переговоры продолжатся.',
        'Министр иностранных дел Польши Радослав Сикорский сообщил о новых санкциях.',
        'The European Commission said on Tuesday that the new package of sanctions would be adopted next month.',
        'Prime Minister Keir Starmer told parliament that the talks in Geneva were constructive.',
      ];
      const names = ['Зеленський', 'Лукашенко', 'Трамп', 'Макрон', 'Сікорський', 'Коул', 'Starmer', 'Merz', 'Туск', 'Сибіга', 'Ердоган', 'Мелоні'];
      const places = ['Києві', 'Мінську', 'Варшаві', 'Женеві', 'Брюсселі', 'Вашингтоні', 'Стамбулі', 'Одесі', 'Харкові', 'Львові'];
      const text = (i: number) => `${pick(sentences)} ${pick(names)} у ${pick(places)}, ${1 + (i % 28)} листопада, № ${i}.`;
      const idb: IDBDatabase = await new Promise((ok, fail) => {
        const open = indexedDB.open('dossier');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = idb.transaction(['events', 'claims', 'clips', 'search'], 'readwrite');
      const nEvents = Math.round(total * 0.6);
      const nClaims = Math.round(total * 0.35);
      for (let i = 0; i < total; i++) {
        const s = text(i);
        if (i < nEvents) {
          tx.objectStore('events').put({ id: `evt_b${i}`, date: '2025-11-24', precision: 'day', summary: s, actorIds: [], sourceIds: [], claimIds: [], updatedAt: i, deleted: 0 });
          tx.objectStore('search').put({ id: `evt_b${i}`, kind: 'event', terms: terms(s), at: i });
        } else if (i < nEvents + nClaims) {
          const speaker = pick(names);
          tx.objectStore('claims').put({ id: `clm_b${i}`, text: s, speaker, sourceId: 'src_b', date: '', selector: [], fingerprint: String(i), updatedAt: i, deleted: 0 });
          tx.objectStore('search').put({ id: `clm_b${i}`, kind: 'claim', terms: terms(s, speaker), at: i });
        } else {
          const note = i % 3 ? '' : 'перевірити цитату';
          const tags = i % 7 ? [] : ['санкції'];
          tx.objectStore('clips').put({ id: `clp_b${i}`, sourceId: 'src_b', quote: s, note, tags, selector: [], actorIds: [], createdAt: i, updatedAt: i, deleted: 0 });
          tx.objectStore('search').put({ id: `clp_b${i}`, kind: 'clip', terms: terms(s, note, ...tags), at: i });
        }
      }
      await new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = () => fail(tx.error))));
      idb.close();
      return performance.now() - t0;
    }, TOTAL);

    const rows: string[] = [];
    for (const q of QUERIES) {
      const r = await page.evaluate(async (q) => {
        const chrome = (globalThis as any).chrome;
        const median = async (fn: () => Promise<number>, runs: number) => {
          const times: number[] = [];
          let n = 0;
          for (let i = 0; i < runs; i++) {
            const t = performance.now();
            n = await fn();
            times.push(performance.now() - t);
          }
          return { ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)], n };
        };
        const indexed = await median(async () => (await chrome.runtime.sendMessage({ type: 'search/query', text: q, limit: 50 })).value.total, 7);
        const naive = await median(async () => {
          const idb: IDBDatabase = await new Promise((ok) => {
            const open = indexedDB.open('dossier');
            open.onsuccess = () => ok(open.result);
          });
          const all = (store: string) => new Promise<any[]>((ok) => (idb.transaction(store).objectStore(store).getAll().onsuccess = (e) => ok((e.target as IDBRequest).result)));
          const [ev, cl, cp] = await Promise.all([all('events'), all('claims'), all('clips')]);
          idb.close();
          const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/['’ʼ`´]/g, '');
          const words = fold(q).match(/[\p{L}\p{N}]+/gu) ?? [];
          const texts = [...ev.map((e) => e.summary), ...cl.map((c) => `${c.text} ${c.speaker}`), ...cp.map((c) => [c.quote, c.note, ...c.tags].join(' '))];
          return texts.filter((t) => {
            const f = fold(t);
            return words.every((w) => f.includes(w));
          }).length;
        }, 3);
        return { indexed, naive };
      }, q);
      rows.push(`| ${q} | ${r.indexed.n} (naive: ${r.naive.n}) | ${r.indexed.ms.toFixed(1)} | ${r.naive.ms.toFixed(0)} | ${(r.naive.ms / r.indexed.ms).toFixed(0)}× |`);
    }
    console.log(
      [
        `# Search bench in Chromium (${chromiumPath}), ${TOTAL.toLocaleString('en')} records, the built extension's background`,
        '',
        `Store filled from an extension page in ${(fillMs / 1000).toFixed(1)} s. Indexed: popup → background \`search/query\` round trip, median of 7. Naive: getAll() of events, claims, clips + folded includes, median of 3, same page.`,
        '',
        '| query | matches | indexed search ms | naive read-all + filter ms | naive / indexed |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
      ].join('\n'),
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
