/**
 * Quick matcher figures (issue #7): compile gazetteers of N synthetic uk/ru names (persons, places,
 * organisations, each with aliases and all inflected forms), then time load and scan in Node.
 * Usage: npx tsx scripts/bench-matcher.ts [names=10000,50000]
 */
import { readFileSync } from 'node:fs';
import { findActors } from '../utils/analyze/actors';
import { compileGazetteer, loadGazetteer } from '../utils/analyze/gazetteer';
import type { GazetteerEntry } from '../utils/analyze/types';

const SYL = ['ко', 'ва', 'лен', 'тар', 'мир', 'сло', 'бор', 'гра', 'чук', 'рен', 'дан', 'лит', 'вей', 'пол', 'сан', 'жан', 'ник', 'рос', 'тин', 'мар', 'зе', 'ху', 'бе', 'фо', 'ре', 'ми', 'ду', 'ше', 'ля', 'ко', 'ги', 'пе'];
const FIRST_M = ['Олександр', 'Дмитро', 'Андрій', 'Сергій', 'Іван', 'Петро', 'Михайло', 'Юрій', 'Тарас', 'Богдан'];
const FIRST_F = ['Олена', 'Світлана', 'Юлія', 'Ірина', 'Наталія', 'Ольга', 'Марія', 'Анна', 'Тетяна', 'Оксана'];
const SUF_M = ['енко', 'ський', 'чук', 'ов', 'ін', 'ич', 'ак'];
const SUF_F = ['енко', 'ська', 'чук', 'ова', 'іна'];

function rnd(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

export function syntheticEntries(count: number): GazetteerEntry[] {
  const r = rnd(42);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)];
  const stem = () => { const s = pick(SYL) + pick(SYL) + pick(SYL); return s[0].toUpperCase() + s.slice(1); };
  // The seed article's own actors, so the scan has real hits among the synthetic names.
  const out: GazetteerEntry[] = [
    { name: 'Олександр Лукашенко', kind: 'person' }, { name: 'Дональд Трамп', kind: 'person' },
    { name: 'Володимир Зеленський', kind: 'person' }, { name: 'Сполучені Штати', kind: 'place', aliases: ['США'] },
    { name: 'Білорусь', kind: 'place' }, { name: 'Росія', kind: 'place' }, { name: 'Мінськ', kind: 'place' },
  ];
  for (let i = 0; i < count; i++) {
    const kind = i % 3 === 0 ? 'place' : i % 3 === 1 ? 'person' : 'org';
    if (kind === 'person') {
      const f = r() < 0.3;
      const name = `${pick(f ? FIRST_F : FIRST_M)} ${stem()}${pick(f ? SUF_F : SUF_M)}`;
      out.push({ name, kind, aliases: [name.replace(/і/g, 'и')] });
    } else if (kind === 'place') {
      const s = stem();
      out.push({ name: s + pick(['ськ', 'ія', 'ка', 'ів', 'град', 'ь']), kind, aliases: [s + 'a'.replace('a', 'ия')] });
    } else {
      out.push({ name: `${pick(['Національна', 'Верховна', 'Державна'])} ${pick(['рада', 'служба', 'агенція'])} ${stem()}`, kind });
    }
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const sizes = (process.argv[2] ?? '10000,50000').split(',').map(Number);
const seed = readFileSync(new URL('../../shared/fixtures/seed-article.txt', import.meta.url), 'utf8');
let text = '';
while (text.length < 10_000_000) text += seed + '\n';
for (const n of sizes) {
  const entries = syntheticEntries(n);
  let t = performance.now();
  const compiled = compileGazetteer(entries);
  const compileMs = performance.now() - t;
  const json = JSON.stringify(compiled);
  t = performance.now();
  const loadCpu = process.cpuUsage();
  const g = loadGazetteer(JSON.parse(json));
  const loadMs = performance.now() - t;
  const loadCpuUsed = process.cpuUsage(loadCpu);
  const runs: number[] = [];
  let hits = 0;
  const cpuRuns: number[] = [];
  for (let k = 0; k < 5; k++) {
    t = performance.now();
    const cpu = process.cpuUsage();
    hits = findActors(text, g).length;
    const used = process.cpuUsage(cpu);
    cpuRuns.push((used.user + used.system) / 1000);
    runs.push(performance.now() - t);
  }
  // Wall time suffers when other jobs share the cores; CPU time of this process is the steadier figure.
  const ms = median(runs);
  const cpuMs = median(cpuRuns);
  console.log(JSON.stringify({
    names: n, trie_nodes: compiled.trie.nodes, json_mb: +(json.length / 1e6).toFixed(1), compile_ms: Math.round(compileMs),
    load_ms: Math.round(loadMs), load_cpu_ms: Math.round((loadCpuUsed.user + loadCpuUsed.system) / 1000), text_mchars: text.length / 1e6, scan_ms: Math.round(ms), hits,
    matcher_mchars_per_s: Math.round(text.length / 1e3 / ms), matcher_utf8_mb_per_s: Math.round(Buffer.byteLength(text) / 1e3 / ms),
    cpu_scan_ms: Math.round(cpuMs), cpu_mchars_per_s: Math.round(text.length / 1e3 / cpuMs),
  }));
}
