/**
 * The matcher alone, in Node: a compiled gazetteer's trie scanned over ~10 MB of page text. MB/s are
 * UTF-8 megabytes of text (what "a 1 MB page" means on the wire); characters per second beside them.
 * CPU time of this process is reported too: wall time suffers when other jobs share the two cores.
 */
import { findActors } from '../../utils/analyze/actors';
import { loadGazetteer, type CompiledGazetteer } from '../../utils/analyze/gazetteer';

export interface MatcherFigures {
  mbPerS: number;
  cpuMbPerS: number;
  mcharsPerS: number;
  textMb: number;
  hits: number;
  loadMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Plain text of a generated page (tags dropped, entities decoded), repeated to about `minChars`. */
export function pageText(html: string, minChars = 10_000_000): string {
  const one = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  let text = one;
  while (text.length < minChars) text += one;
  return text;
}

export function benchMatcher(compiled: CompiledGazetteer, text: string, runs = 5): MatcherFigures {
  const json = JSON.stringify(compiled);
  let t = performance.now();
  const g = loadGazetteer(JSON.parse(json) as CompiledGazetteer);
  const loadMs = performance.now() - t;
  const bytes = Buffer.byteLength(text) / 1e6;
  const wall: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  findActors(text.slice(0, 200_000), g); // warm the JIT
  for (let k = 0; k < runs; k++) {
    const c = process.cpuUsage();
    t = performance.now();
    hits = 0;
    g.scan(text, () => hits++);
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    mbPerS: Math.round(bytes / (median(wall) / 1000)),
    cpuMbPerS: Math.round(bytes / (median(cpu) / 1000)),
    mcharsPerS: Math.round(text.length / 1e6 / (median(wall) / 1000)),
    textMb: Math.round(bytes * 10) / 10,
    hits,
    loadMs: Math.round(loadMs),
  };
}
