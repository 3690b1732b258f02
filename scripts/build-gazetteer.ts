/**
 * Builds the bundled starter gazetteer, public/gazetteer/starter.json (a JSON list of GazetteerEntry).
 * Countries: Ukrainian, Russian and English names from i18n-iso-countries (official forms such as
 * "Республіка Корея") combined with CLDR through Node's Intl.DisplayNames (common forms such as
 * "Сполучені Штати", "Південна Корея"), plus the short forms news actually uses (США, ЄС, UK …).
 * Everything else (cities, organisations, agencies, office-holders) is typed in utils/analyze/starter.ts.
 * Run by `npm run gazetteer`, before every build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileGazetteer } from '../utils/analyze/gazetteer';
import { typedStarterEntries } from '../utils/analyze/starter';
import type { GazetteerEntry } from '../utils/analyze/types';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale(data: unknown): void;
  getAlpha2Codes(): Record<string, string>;
  getName(code: string, lang: string, opts: { select: 'all' }): string[] | undefined;
};
for (const lang of ['uk', 'ru', 'en']) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

/** The usual names that neither dataset gives as a name of its own. */
const SHORT_FORMS: Record<string, string[]> = {
  US: ['Сполучені Штати Америки', 'США', 'Соединённые Штаты Америки', 'USA', 'US', 'U.S.', 'United States', 'Америка', 'America'],
  GB: ['Британія', 'Британия', 'UK', 'Britain', 'Great Britain', 'Велика Британія', 'Великобританія', 'Сполучене Королівство', 'Соединённое Королевство'],
  RU: ['Російська Федерація', 'РФ', 'Российская Федерация', 'Russian Federation'],
  BY: ['Беларусь', 'Білорусія', 'Белоруссия', 'Belarus'],
  AE: ['ОАЕ', 'UAE'],
  KP: ['КНДР', 'North Korea'],
  KR: ['South Korea'],
  CN: ['КНР', 'China'],
  NL: ['Голландія', 'Голландия'],
  CZ: ['Чехія', 'Czechia'],
  MD: ['Молдавія', 'Moldova'],
  VA: ['Ватикан', 'Vatican'],
  TW: ['Тайвань', 'Taiwan'],
  PS: ['Палестина', 'Palestine'],
  SY: ['Syria'],
  IR: ['Iran'],
  VE: ['Venezuela'],
};

/** Dataset names carry qualifiers: "КНДР (Корейская …)", "Korea, Republic of", "Конго – Кіншаса". */
function cleanNames(names: Array<string | undefined>): string[] {
  const out: string[] = [];
  for (const raw of names) {
    if (!raw) continue;
    const inner = /\(([^)]+)\)/.exec(raw)?.[1];
    const outer = raw.replace(/\s*\([^)]*\)/g, '').trim();
    for (const n of [outer, inner]) {
      if (!n || / [–-] /.test(n) || /,.*\b(of|the)\b/i.test(n)) continue;
      out.push(n.split(',')[0].trim());
    }
  }
  return [...new Set(out)].filter(Boolean);
}

function countryEntries(): GazetteerEntry[] {
  const display = Object.fromEntries(
    ['uk', 'ru', 'en'].map((l) => [l, new Intl.DisplayNames([l], { type: 'region', fallback: 'none' })]),
  ) as Record<string, Intl.DisplayNames>;
  return Object.keys(countries.getAlpha2Codes()).map((code) => {
    const names = cleanNames([
      display.uk.of(code),
      ...(countries.getName(code, 'uk', { select: 'all' }) ?? []),
      display.ru.of(code),
      ...(countries.getName(code, 'ru', { select: 'all' }) ?? []),
      display.en.of(code),
      ...(countries.getName(code, 'en', { select: 'all' }) ?? []),
      ...(SHORT_FORMS[code] ?? []),
    ]);
    const [name, ...aliases] = names;
    return { name, aliases, kind: 'place' as const, lang: 'uk' as const };
  });
}

export function starterEntries(): GazetteerEntry[] {
  const seen = new Set<string>();
  return [...countryEntries(), ...typedStarterEntries()].filter((e) => {
    if (!e.name || seen.has(e.name)) return false;
    seen.add(e.name);
    return true;
  });
}

const entries = starterEntries();
const started = performance.now();
const compiled = compileGazetteer(entries);
const out = new URL('../public/gazetteer/', import.meta.url);
mkdirSync(out, { recursive: true });
// One entry per line: readable diffs when a name changes.
writeFileSync(new URL('starter.json', out), `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
console.log(
  `gazetteer: ${entries.length} entries → public/gazetteer/starter.json (${compiled.trie.nodes} trie nodes, compiled in ${Math.round(performance.now() - started)} ms)`,
);
