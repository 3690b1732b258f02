/**
 * Russian quotes (quotes_ru_adaq): 208 sentences with source/cue/content tokens, direct and indirect
 * speech and negatives. Each sentence is analysed on its own, as the corpus gives no documents.
 */
import { evalPath, readTsv } from './corpus';
import { engine } from './engine';
import type { AttributionDoc } from './attribution';
import { scoreAttributions } from './attribution';
import type { Range } from './score';
import type { Task } from './types';

/** Places tokens in the sentence in order; a token not found (tokenisation quirk) is skipped. */
function placeTokens(text: string, tokens: string[]): (Range | null)[] {
  let at = 0;
  return tokens.map((t) => {
    const i = text.indexOf(t, at);
    if (i < 0) return null;
    at = i + t.length;
    return { start: i, end: at };
  });
}

/** Consecutive ranges joined when only spaces/punctuation stand between them. */
export function joinRanges(text: string, ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && /^[\s\p{P}]*$/u.test(text.slice(last.end, r.start))) last.end = r.end;
    else out.push({ ...r });
  }
  return out;
}

export function adaqDocs(sentences: Record<string, string>[], tokens: Record<string, string>[]): AttributionDoc[] {
  const bySentence = new Map<string, Record<string, string>[]>();
  for (const t of tokens) {
    const list = bySentence.get(t.sentence_num) ?? [];
    if (!list.length) bySentence.set(t.sentence_num, list);
    list.push(t);
  }
  return sentences.map((s) => {
    const text = s.sentences;
    const toks = (bySentence.get(s.sentence_id) ?? []).sort((a, b) => +a.index_of_token_sent - +b.index_of_token_sent);
    const placed = placeTokens(text, toks.map((t) => t.text));
    const tagged = (tag: string) => joinRanges(text, placed.filter((r, i): r is Range => !!r && toks[i].tags === tag));
    const content = tagged('content');
    const source = tagged('source');
    const sourceText = source.map((r) => text.slice(r.start, r.end)).join(' ');
    const mode = /[«»"„“”]/.test(content.map((r) => text.slice(r.start, r.end)).join('')) ? 'direct' : 'indirect';
    return { id: s.sentence_id, text, gold: content.length ? [{ content, source: source.length ? source : null, sourceText, mode }] : [] };
  });
}

export const claimsRu: Task = {
  name: 'claims-ru',
  async run(_split, limit) {
    const base = { task: 'claims-ru', lang: 'ru' as const, corpus: 'quotes_ru_adaq' };
    const e = await engine();
    if (typeof e === 'string') return [{ ...base, figures: [], misses: [], items: 0, skipped: e }];
    const dir = 'quotes_ru_adaq';
    const docs = adaqDocs(readTsv(evalPath(dir, 'ru_sentences.tsv')), readTsv(evalPath(dir, 'ru_tokens.tsv'))).slice(0, limit);
    const predicted = docs.map((d) => e.analyze(d.text, null, { published: '2020-01-01', lang: 'ru' }).claims);
    return [{ ...base, ...scoreAttributions(docs, predicted), items: docs.length }];
  },
};
