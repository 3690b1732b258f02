/**
 * English dates: TempEval-3 (TimeBank sample as dev, the platinum set as test) and MEANTIME Wikinews
 * (no split upstream, so it runs with both), each document resolved against its creation time.
 */
import { readdirSync } from 'node:fs';
import { evalPath, readText, readTsv } from './corpus';
import { dateFinder } from './engine';
import { scoreTimex, type TimexDoc } from './timex';
import type { Range } from './score';
import type { Task, TaskResult } from './types';

/**
 * Every plain-text document of a set with its TIMEX rows (doc, dct, type, value, text, start, end).
 * A document without any TIMEX still counts (each date found in it is a false one); its creation
 * time then comes from the source XML.
 */
export function loadTimexDocs(tsv: string, textDir: string, xmlDir: string, xmlExt: string): TimexDoc[] {
  const rows = readTsv(tsv).filter((r) => r.start);
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const mine = rows.filter((r) => r.doc === id);
      const dct = mine[0]?.dct ? normalizeDct(mine[0].dct) : dctOf(readText(`${xmlDir}/${id}${xmlExt}`));
      const timex = mine.map((r) => ({ type: r.type, value: r.value, text: r.text, start: +r.start, end: +r.end }));
      return { id, dct, text: readText(`${textDir}/${f}`), timex };
    });
}

/**
 * The creation time a TimeML or CAT document states (the TIMEX3 with functionInDocument=
 * "CREATION_TIME"). One MEANTIME document writes it DD-MM-YYYY ("03-02-2009" for a text dated
 * "February 03, 2009"), so that shape is turned around.
 */
export function dctOf(xml: string): string {
  const tag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? '';
  return normalizeDct(/\svalue="([^"]+)"/.exec(tag)?.[1] ?? '');
}

export function normalizeDct(value: string): string {
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : value.slice(0, 10);
}

/**
 * MEANTIME annotates the title and the first sentences only (sentences 0–5 of its token layer, one
 * per line of the plain text); line 1 is the dateline, the creation time, which is not an in-text
 * TIMEX. Dates found elsewhere are neither right nor wrong.
 */
export function meantimeScored(text: string, lastSentence = 5): Range[] {
  const lines: Range[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return lines.slice(0, lastSentence + 1).filter((_, i) => i !== 1);
}

export const datesEn: Task = {
  name: 'dates-en',
  async run(split, limit) {
    const find = await dateFinder();
    const set = split === 'test' ? 'te3-platinum' : 'timebank30';
    const corpora: [string, () => TimexDoc[]][] = [
      [`tempeval3/${set}`, () => loadTimexDocs(evalPath('tempeval3', `${set}_timex.tsv`), evalPath('tempeval3', 'plain', set), evalPath('tempeval3', set), '.tml')],
      ['meantime_en', () => loadTimexDocs(evalPath('meantime_en', 'timex.tsv'), evalPath('meantime_en', 'plain'), evalPath('meantime_en', 'docs'), '.xml').map((d) => ({ ...d, scored: meantimeScored(d.text) }))],
    ];
    const out: TaskResult[] = [];
    for (const [corpus, load] of corpora) {
      if (typeof find === 'string') {
        out.push({ task: 'dates-en', lang: 'en', corpus, figures: [], misses: [], items: 0, skipped: find });
        continue;
      }
      const docs = load().slice(0, limit);
      const predicted = docs.map((d) => find(d.text, d.dct, 'en'));
      out.push({ task: 'dates-en', lang: 'en', corpus, ...scoreTimex(docs, predicted), items: docs.length });
    }
    return out;
  },
};

