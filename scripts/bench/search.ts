/**
 * Search latency on a store of 100,000 records (events, claims, clips) in Node with fake-indexeddb,
 * against two baselines measured in the same run on the same store:
 *   - naive: read every record and keep those whose folded text includes every query word
 *     (what a search without an index does: `toArray()` + `filter(includes)`);
 *   - in-memory: the same filter over arrays already in memory (the floor for any scan).
 * Run: `npx tsx scripts/bench/search.ts [records]`. Prints a Markdown table; medians of 7 runs.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { DossierDB } from '../../utils/db/database';
import type { ClaimRecord, ClipRecord, EventRecord } from '../../utils/db/records';
import { searchStore } from '../../utils/db/search';
import { foldText, words } from '../../utils/db/search-terms';
import { seeded } from './names';

const TOTAL = Number(process.argv[2] ?? 100_000);
const RUNS = 7;

// Real sentences (the seed article, uk) plus Russian and English news sentences, recombined with
// names and numbers so records differ the way a reader's store does.
const sentences = readFileSync(new URL('../../../shared/fixtures/seed-article.txt', import.meta.url), 'utf8')
  .split(/(?<=[.!?»])\s+/)
  .filter((s) => s.length > 30)
  .concat([
    'Президент Франции Эмманюэль Макрон заявил журналистам в Париже, что переговоры продолжатся.',
    'Министр иностранных дел Польши Радослав Сикорский сообщил о новых санкциях.',
    'The European Commission said on Tuesday that the new package of sanctions would be adopted next month.',
    'Prime Minister Keir Starmer told parliament that the talks in Geneva were constructive.',
  ]);
const names = ['Зеленський', 'Лукашенко', 'Трамп', 'Макрон', 'Сікорський', 'Коул', 'Starmer', 'Merz', 'Туск', 'Сибіга', 'Ердоган', 'Мелоні'];
const places = ['Києві', 'Мінську', 'Варшаві', 'Женеві', 'Брюсселі', 'Вашингтоні', 'Стамбулі', 'Одесі', 'Харкові', 'Львові'];

async function fill(db: DossierDB): Promise<void> {
  const rnd = seeded(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const text = (i: number) => `${pick(sentences)} ${pick(names)} у ${pick(places)}, ${1 + (i % 28)} листопада, № ${i}.`;
  const nEvents = Math.round(TOTAL * 0.6);
  const nClaims = Math.round(TOTAL * 0.35);
  const nClips = TOTAL - nEvents - nClaims;
  const batch = 5000;
  for (let i = 0; i < nEvents; i += batch) {
    const rows: EventRecord[] = [];
    for (let j = i; j < Math.min(nEvents, i + batch); j++) {
      rows.push({ id: `evt_${j}`, date: '2025-11-24', precision: 'day', summary: text(j), actorIds: [], sourceIds: [`src_${j % 500}`], claimIds: [], updatedAt: j, deleted: 0 });
    }
    await db.events.bulkPut(rows);
  }
  for (let i = 0; i < nClaims; i += batch) {
    const rows: ClaimRecord[] = [];
    for (let j = i; j < Math.min(nClaims, i + batch); j++) {
      rows.push({ id: `clm_${j}`, text: text(j), speaker: pick(names), sourceId: `src_${j % 500}`, date: '', selector: [], fingerprint: String(j), updatedAt: j, deleted: 0 });
    }
    await db.claims.bulkPut(rows);
  }
  const clips: ClipRecord[] = [];
  for (let j = 0; j < nClips; j++) {
    clips.push({ id: `clp_${j}`, sourceId: `src_${j % 500}`, quote: text(j), note: j % 3 ? '' : 'перевірити цитату', tags: j % 7 ? [] : ['санкції'], selector: [], actorIds: [], createdAt: j, updatedAt: j, deleted: 0 });
  }
  await db.clips.bulkPut(clips);
}

type Row = { id: string; text: string };
const folded = (rows: Row[]) => rows.map((r) => ({ id: r.id, text: foldText(r.text) }));

function filterAll(rows: { id: string; text: string }[], query: string): number {
  const qs = words(query);
  return rows.filter((r) => qs.every((q) => r.text.includes(q))).length;
}

async function readAll(db: DossierDB): Promise<Row[]> {
  const [events, claims, clips] = await Promise.all([db.events.toArray(), db.claims.toArray(), db.clips.toArray()]);
  return [
    ...events.filter((e) => !e.deleted).map((e) => ({ id: e.id, text: e.summary })),
    ...claims.filter((c) => !c.deleted).map((c) => ({ id: c.id, text: `${c.text} ${c.speaker}` })),
    ...clips.filter((c) => !c.deleted).map((c) => ({ id: c.id, text: [c.quote, c.note, ...c.tags].join(' ') })),
  ];
}

async function median(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function main(): Promise<void> {
  const db = new DossierDB(`bench-search-${Date.now()}`);
  let t = performance.now();
  await fill(db);
  const fillMs = performance.now() - t;
  const inMemory = folded(await readAll(db));
  const queries = ['Сікорськ', 'лукашенко помилував', 'женев', 'санкц перевір', 'ердоган стамбул 17', 'неіснуючеслово'];
  const lines = [
    `# Search bench: ${TOTAL.toLocaleString('en')} records (60% events, 35% claims, 5% clips), fake-indexeddb in Node ${process.version}`,
    '',
    `Store filled (records + word index) in ${(fillMs / 1000).toFixed(1)} s. Medians of ${RUNS} runs; first 50 hits.`,
    '',
    '| query | matches | indexed search ms | naive read-all + filter ms | in-memory filter ms | naive / indexed |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const q of queries) {
    let matches = 0;
    const indexed = await median(async () => void (matches = (await searchStore(db, q, { limit: 50 })).total));
    const naive = await median(async () => filterAll(folded(await readAll(db)), q), 3);
    const memory = await median(async () => filterAll(inMemory, q));
    // The baselines use substring (not word-prefix) matching, so they may count a few more.
    lines.push(`| ${q} | ${matches} (naive: ${filterAll(inMemory, q)}) | ${indexed.toFixed(1)} | ${naive.toFixed(0)} | ${memory.toFixed(1)} | ${(naive / indexed).toFixed(0)}× |`);
  }
  t = performance.now();
  console.log(lines.join('\n'));
  await db.delete();
}

await main();
