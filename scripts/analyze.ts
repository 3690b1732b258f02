/**
 * `npm run -s analyze -- FILE...`: the engine on the command line, through the same code the content
 * script runs (page extraction for HTML, analyze() for text). Interface: ../shared/DESIGN.md.
 *   FILE...              HTML or text files; one JSON result each (a JSON list when several)
 *   --jsonl              read {"id","text"|"html","published"?,"lang"?} lines on stdin, answer a line each
 *   --gazetteer FILE     add a gazetteer (JSON list of {"name","aliases"?,"kind"?,"lang"?}); repeatable
 *   --no-starter         leave the bundled starter gazetteer out
 *   --published DATE     YYYY-MM-DD reference date, overriding the page's own
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze, compileGazetteer, loadGazetteer, type Gazetteer } from '../utils/analyze/index';
import type { AnalysisResult, GazetteerEntry, Lang } from '../utils/analyze/types';
import { parseActorList } from '../utils/db/actors-io';
import { extractText } from '../utils/page/extract';
import { publishedDay, readPageInfo } from '../utils/page/metadata';
import { repoRoot } from './lib/serve';

interface Options {
  files: string[];
  jsonl: boolean;
  gazetteers: string[];
  starter: boolean;
  published?: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { files: [], jsonl: false, gazetteers: [], starter: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jsonl') o.jsonl = true;
    else if (a === '--no-starter') o.starter = false;
    else if (a === '--gazetteer') o.gazetteers.push(need(argv[++i], a));
    else if (a === '--published') o.published = need(argv[++i], a);
    else if (a === '--help' || a === '-h') usage(0);
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (o.published && !/^\d{4}-\d{2}-\d{2}$/.test(o.published)) fail(`--published takes YYYY-MM-DD, got "${o.published}"`);
  if (!o.jsonl && o.files.length === 0) usage(2);
  return o;
}

function need(value: string | undefined, flag: string): string {
  if (!value) fail(`${flag} needs a value`);
  return value;
}

function usage(code: number): never {
  const head = readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 9);
  console.error(head.map((l) => l.replace(/^ \*\/?\s?/, '')).join('\n'));
  process.exit(code);
}

function fail(message: string): never {
  console.error(`analyze: ${message}`);
  process.exit(2);
}

function loadEntries(o: Options): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  if (o.starter) entries.push(...JSON.parse(readFileSync(join(repoRoot, 'public/gazetteer/starter.json'), 'utf8')));
  for (const file of o.gazetteers) {
    let json: string;
    try {
      json = readFileSync(file, 'utf8');
    } catch (e) {
      fail(`cannot read gazetteer ${file}: ${(e as Error).message}`);
    }
    const parsed = parseActorList(json);
    if (!parsed.ok) fail(`gazetteer ${file}: ${parsed.error}`);
    entries.push(...parsed.entries);
  }
  return entries;
}

const today = () => new Date().toISOString().slice(0, 10);
const isLang = (l: unknown): l is Lang => l === 'uk' || l === 'ru' || l === 'en';

/** HTML goes through the page layer, as in the browser: main text, language and publication date. */
function analyzeHtml(html: string, gazetteer: Gazetteer | null, published?: string, lang?: string): AnalysisResult {
  const { document } = parseHTML(html);
  const info = readPageInfo(document as unknown as Document, { href: 'file:///input.html' });
  const page = extractText(document.body ?? document.documentElement);
  const pageLang = (lang ?? String(info.lang)).slice(0, 2).toLowerCase();
  return analyze(page.text, gazetteer, {
    published: published ?? publishedDay(info),
    lang: isLang(pageLang) ? pageLang : undefined,
  });
}

function analyzeText(text: string, gazetteer: Gazetteer | null, published?: string, lang?: string): AnalysisResult {
  return analyze(text, gazetteer, { published: published ?? today(), lang: isLang(lang) ? lang : undefined });
}

const looksLikeHtml = (s: string) => /^\s*(<!doctype html|<html|<head|<body|<p[\s>]|<div[\s>]|<article)/i.test(s);

async function runJsonl(gazetteer: Gazetteer | null, o: Options) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const req = JSON.parse(line);
      id = req?.id ?? null;
      const published = o.published ?? (typeof req.published === 'string' ? req.published.slice(0, 10) : undefined);
      let result: AnalysisResult;
      if (typeof req.html === 'string') result = analyzeHtml(req.html, gazetteer, published, req.lang);
      else if (typeof req.text === 'string') result = analyzeText(req.text, gazetteer, published, req.lang);
      else throw new Error('each line needs "text" or "html"');
      process.stdout.write(JSON.stringify({ id, ...result }) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({ id, error: (e as Error).message }) + '\n');
    }
  }
}

const options = parseArgs(process.argv.slice(2));
const entries = loadEntries(options);
const gazetteer = entries.length ? loadGazetteer(compileGazetteer(entries)) : null;
if (options.jsonl) {
  await runJsonl(gazetteer, options);
} else {
  const results = options.files.map((file) => {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (e) {
      fail(`cannot read ${file}: ${(e as Error).message}`);
    }
    return /\.x?html?$/i.test(file) || looksLikeHtml(content)
      ? analyzeHtml(content, gazetteer, options.published)
      : analyzeText(content, gazetteer, options.published);
  });
  process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 1) + '\n');
}
