import { describe, expect, test } from 'vitest';
import { scoreTimex, type TimexDoc } from '../../scripts/eval/timex';
import { dctOf, meantimeScored, normalizeDct } from '../../scripts/eval/dates-en';
import { parseAnn, scoreDateRecall } from '../../scripts/eval/dates-uk';
import { judge } from '../../scripts/eval/duckling';
import { adaqDocs, joinRanges } from '../../scripts/eval/claims-ru';
import { isPronoun, scoreAttributions, speakerRight } from '../../scripts/eval/attribution';
import { polnearDocs } from '../../scripts/eval/claims-en';
import type { ClaimSpan, DateSpan } from '../../utils/analyze/types';

const at = (text: string, s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
const date = (text: string, s: string, value: string, precision: DateSpan['precision'] = 'day'): DateSpan => ({ text: s, ...at(text, s), value, precision });

describe('TIMEX scoring', () => {
  const text = 'On March 5 sales fell for two years, said the firm on Friday morning.';
  const doc: TimexDoc = {
    id: 'd', dct: '2013-03-22', text,
    timex: [
      { type: 'DATE', value: '2013-03-05', text: 'March 5', ...at(text, 'March 5') },
      { type: 'DURATION', value: 'P2Y', text: 'two years', ...at(text, 'two years') },
      { type: 'TIME', value: '2013-03-15TMO', text: 'Friday morning', ...at(text, 'Friday morning') },
    ],
  };

  test('overlap detects, a TIME overlap is neutral, a DURATION overlap is a false date', () => {
    const pred = [date(text, 'March', '2013-03', 'month'), date(text, 'two years', '2011', 'year'), date(text, 'Friday', '2013-03-15')];
    const { figures, misses } = scoreTimex([doc], [pred]);
    const f = Object.fromEntries(figures.map((x) => [x.metric, x]));
    expect([f.precision.num, f.precision.den]).toEqual([1, 2]);
    expect(f.recall.value).toBe(1);
    // Found, but at month precision where the gold says the day: the value is wrong.
    expect(f['value-acc'].value).toBe(0);
    expect(misses.map((m) => m.key)).toContain('false: "two years" (gold DURATION)');
  });

  test('dates outside the annotated region are not scored', () => {
    const { figures } = scoreTimex([{ ...doc, scored: [{ start: 0, end: 11 }] }], [[date(text, 'March 5', '2013-03-05'), date(text, 'Friday', '2013-03-15')]]);
    expect(figures.find((x) => x.metric === 'precision')!.den).toBe(1);
  });

  test('creation times: TimeML and CAT attribute orders, and the DD-MM-YYYY slip', () => {
    expect(dctOf('<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">')).toBe('1998-01-08');
    expect(dctOf('<TIMEX3 anchorTimeID="34" functionInDocument="CREATION_TIME" m_id="34" type="DATE" value="03-02-2009">')).toBe('2009-02-03');
    expect(normalizeDct('2013-03-22T10:00')).toBe('2013-03-22');
  });

  test('MEANTIME scores the title and sentences 2–5, not the dateline', () => {
    const r = meantimeScored('Title\nMarch 01 , 2008\nOne .\nTwo .');
    expect(r).toEqual([{ start: 0, end: 5 }, { start: 22, end: 27 }, { start: 28, end: 33 }]);
  });
});

describe('Ukrainian date recall and Duckling judging', () => {
  test('NER-UK lines: continuation lines are skipped; PERIOD overlaps count for precision', () => {
    const text = 'У 2019 році , з 2010 по 2015 рік , квітка';
    const spans = parseAnn(`T1\tDATE\t2\t11\t2019 році\nT2\tPERIOD\t${at(text, 'з 2010').start}\t${at(text, 'рік').end}\tз 2010 по 2015 рік\nрядок без полів`);
    expect(spans).toHaveLength(2);
    const { figures } = scoreDateRecall([{ id: 'x', text, spans }], [[date(text, '2019 році', '2019', 'year'), date(text, '2010', '2010', 'year'), date(text, 'квіт', '2019-04', 'month')]]);
    const f = Object.fromEntries(figures.map((x) => [x.metric, x]));
    expect(f.recall.value).toBe(1);
    expect([f.precision.num, f.precision.den]).toEqual([2, 3]);
  });

  test('Duckling answers are judged at the precision the engine keeps', () => {
    const d = (value: string, precision: DateSpan['precision']): DateSpan => ({ text: 'x', start: 0, end: 1, value, precision });
    expect(judge({ kind: 'datetime', grain: 'Day', texts: ['вчора'], value: '2013-02-11' }, d('2013-02-11', 'day'))).toBe('right');
    expect(judge({ kind: 'datetime', grain: 'Day', texts: ['вчора'], value: '2013-02-11' }, d('2013-02', 'month'))).toBe('wrong');
    expect(judge({ kind: 'datetime', grain: 'Day', texts: ['понеділок'], value: '2013-02-18' }, d('2013-02-11', 'day'))).toBe('convention');
    expect(judge({ kind: 'datetime', grain: 'Week', texts: ['цей тиждень'], value: '2013-02-11' }, d('2013-02-13', 'day'))).toBe('right');
    expect(judge({ kind: 'datetimeInterval', grain: 'Day', texts: ['це літо'], from: '2013-06-01', to: '2013-09-01' }, d('2013-06', 'month'))).toBe('right');
    expect(judge({ kind: 'datetime', grain: 'Quarter', texts: ['цей квартал'], value: '2013-01-01' }, undefined)).toBe('unsupported');
    expect(judge({ kind: 'datetime', grain: 'Hour', texts: ['о 4 ранку'], value: '2013-02-12T04:00:00' }, undefined)).toBe('missed');
  });
});

describe('attribution scoring', () => {
  test('adaq tokens are placed in the sentence and tagged runs joined', () => {
    const sentences = [{ sentences: 'Папа утверждал, что ушло их четыреста.', sentence_id: 's' }];
    const toks = [['Папа', 'source'], ['утверждал', 'cue'], [',', 'None'], ['что', 'content'], ['ушло', 'content'], ['их', 'content'], ['четыреста', 'content'], ['.', 'None']]
      .map(([text, tags], i) => ({ text, tags, sentence_num: 's', index_of_token_sent: String(i + 1) }));
    const [d] = adaqDocs(sentences, toks);
    expect(d.gold[0].content).toEqual([at(d.text, 'что ушло их четыреста')]);
    expect(d.gold[0].sourceText).toBe('Папа');
    expect(d.gold[0].mode).toBe('indirect');
    expect(joinRanges('a, b c', [{ start: 0, end: 1 }, { start: 3, end: 4 }, { start: 5, end: 6 }])).toEqual([{ start: 0, end: 6 }]);
  });

  test('speakers match by position or by a shared word stem, pronoun sources are not judged', () => {
    const text = '"We will win," Trump said. He added that taxes would fall.';
    const gold = [
      { content: [at(text, 'We will win')], source: [at(text, 'Trump')], sourceText: 'Trump', mode: 'direct' as const },
      { content: [at(text, 'taxes would fall')], source: [at(text, 'He')], sourceText: 'He', mode: 'indirect' as const },
    ];
    const claim = (s: string, speaker: string | null): ClaimSpan => ({ text: s, ...at(text, s), speaker, mode: 'direct' });
    expect(speakerRight(claim('We will win', 'Donald Trump'), gold[0])).toBe(true);
    expect(speakerRight({ ...claim('We will win', null), speakerStart: 15, speakerEnd: 20 }, gold[0])).toBe(true);
    expect(speakerRight(claim('We will win', 'Clinton'), gold[0])).toBe(false);
    expect(isPronoun('He')).toBe(true);
    const { figures } = scoreAttributions([{ id: 'd', text, gold }], [[claim('We will win', 'Clinton'), claim('taxes would fall', 'Clinton'), claim('added', null)]]);
    const f = Object.fromEntries(figures.map((x) => [x.metric, x]));
    expect(f['recall-direct'].value).toBe(1);
    expect(f['recall-indirect'].value).toBe(1);
    expect([f['speaker-acc'].num, f['speaker-acc'].den]).toEqual([0, 1]);
    expect([f.precision.num, f.precision.den]).toEqual([2, 3]);
  });

  test('PolNeAR lines become documents with discontinuous content spans in order', () => {
    const line = JSON.stringify({
      doc: 'd', publication_date: '2016-10-12', text: 'x',
      attributions: [{ source: null, content: { spans: [[9, 12], [0, 4]], text: '' }, direct_quote: true }, { source: null, content: null, direct_quote: false }],
    });
    const [d] = polnearDocs(line);
    expect(d.published).toBe('2016-10-12');
    expect(d.gold).toHaveLength(1);
    expect(d.gold[0].content).toEqual([{ start: 0, end: 4 }, { start: 9, end: 12 }]);
  });
});
