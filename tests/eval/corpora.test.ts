/**
 * The loaders against the real corpora, checked on the counts each corpus README states, so a
 * loader that silently drops documents or shifts offsets fails here rather than moving a figure.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EVAL_DIR, evalPath } from '../../scripts/eval/corpus';
import { loadUd } from '../../scripts/eval/ud-names';
import { loadSlavicNer } from '../../scripts/eval/slavicner-data';
import { loadTimexDocs } from '../../scripts/eval/dates-en';
import { loadNerUk } from '../../scripts/eval/dates-uk';
import { adaqDocs } from '../../scripts/eval/claims-ru';
import { readTsv } from '../../scripts/eval/corpus';

describe.skipIf(!existsSync(EVAL_DIR))('eval loaders on the real corpora', () => {
  test('UD: span counts as the READMEs state, every span slices to its surface', () => {
    const uk = loadUd('uk', 'dev');
    const ru = loadUd('ru', 'test');
    expect(uk.flatMap((s) => s.spans)).toHaveLength(349);
    expect(uk.flatMap((s) => s.tokens)).toHaveLength(406);
    expect(ru.flatMap((s) => s.spans)).toHaveLength(631);
    // Sentences with no proper noun come in as negatives.
    expect(uk.filter((s) => !s.spans.length).length).toBeGreaterThan(300);
    for (const s of [...uk, ...ru]) for (const g of s.spans) expect(s.text.slice(g.start, g.end)).toBe(g.surface);
  });

  test('SlavicNER: 327 uk and 139 ru documents, split 294/33 and 48/91, offsets on the surfaces', () => {
    const counts = (['uk', 'ru'] as const).map((l) => [loadSlavicNer(l, 'dev').length, loadSlavicNer(l, 'test').length]);
    expect(counts).toEqual([[294, 33], [48, 91]]);
    const docs = loadSlavicNer('uk', 'test');
    for (const d of docs) for (const m of d.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.surface);
  });

  test('TempEval and NER-UK: documents and DATE counts', () => {
    const platinum = loadTimexDocs(evalPath('tempeval3', 'te3-platinum_timex.tsv'), evalPath('tempeval3', 'plain', 'te3-platinum'), evalPath('tempeval3', 'te3-platinum'), '.tml');
    expect(platinum).toHaveLength(20);
    expect(platinum.flatMap((d) => d.timex).filter((t) => t.type === 'DATE')).toHaveLength(96);
    expect(platinum.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.dct))).toBe(true);
    const timebank = loadTimexDocs(evalPath('tempeval3', 'timebank30_timex.tsv'), evalPath('tempeval3', 'plain', 'timebank30'), evalPath('tempeval3', 'timebank30'), '.tml');
    expect(timebank).toHaveLength(30);
    expect(timebank.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.dct))).toBe(true);
    const ner = loadNerUk();
    expect(ner).toHaveLength(169);
    expect(ner.flatMap((d) => d.spans).filter((s) => s.type === 'DATE')).toHaveLength(599);
  });

  test('adaq: 208 sentences, 100 with content, 99 with a source', () => {
    const docs = adaqDocs(readTsv(evalPath('quotes_ru_adaq', 'ru_sentences.tsv')), readTsv(evalPath('quotes_ru_adaq', 'ru_tokens.tsv')));
    expect(docs).toHaveLength(208);
    expect(docs.filter((d) => d.gold.length)).toHaveLength(100);
    expect(docs.filter((d) => d.gold[0]?.source)).toHaveLength(99);
  });
});
