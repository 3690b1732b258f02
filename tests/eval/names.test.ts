import { describe, expect, test } from 'vitest';
import { nameMatches, parsePropnTsv, scoreUd, sentencesWithout } from '../../scripts/eval/ud-names';
import { gazetteerOf, parseMentions, rawNameOf, type NerDoc } from '../../scripts/eval/slavicner-data';
import { scoreActors } from '../../scripts/eval/slavicner';
import { scoreCandidates } from '../../scripts/eval/candidates';
import type { ActorSpan } from '../../utils/analyze/types';

const sentence = 'Зустріч Олександра Лукашенка з Путіним.';
const row = (form: string, lemma: string, span: string) => {
  const start = sentence.indexOf(form);
  return { sentence_id: 's1', sentence, form, lemma, start: String(start), end: String(start + form.length), span_id: span };
};

describe('UD proper-noun names', () => {
  const [s] = parsePropnTsv([row('Олександра', 'Олександр', 's1#1'), row('Лукашенка', 'Лукашенко', 's1#1'), row('Путіним', 'Путін', 's1#2')]);

  test('flat:name tokens join into one span whose lemma is the tokens\' lemmas', () => {
    expect(s.spans.map((x) => [x.surface, x.lemma])).toEqual([
      ['Олександра Лукашенка', 'Олександр Лукашенко'],
      ['Путіним', 'Путін'],
    ]);
  });

  test('a surname alone may carry the full name\'s actor', () => {
    expect(nameMatches('Олександр Лукашенко', 'Лукашенко')).toBe(true);
    expect(nameMatches('Лукашенко', 'Олександр Лукашенко')).toBe(false);
  });

  test('recall needs the exact span and the right name; a match on no proper noun is false', () => {
    const at = (t: string) => ({ start: sentence.indexOf(t), end: sentence.indexOf(t) + t.length, text: t });
    const { figures, misses } = scoreUd([s], [[{ ...at('Олександра Лукашенка'), name: 'Олександр Лукашенко' }, { ...at('Зустріч'), name: 'Зустріч' }]]);
    const f = Object.fromEntries(figures.map((x) => [x.metric, x.value]));
    expect(f.recall).toBe(0.5);
    expect(f['recall-inflected']).toBe(0.5);
    expect(f['false-match']).toBe(0.5);
    expect(misses.map((m) => m.key)).toContain('missed: Путін ← Путіним');
  });

  test('sentences without proper nouns come from the CoNLL-U text lines', () => {
    const conllu = '# sent_id = s1\n# text = Зустріч.\n1\tЗустріч\n\n# sent_id = s2\n# text = Віра в людей.\n1\tВіра\n';
    expect(sentencesWithout(conllu, new Set(['s1'])).map((x) => x.text)).toEqual(['Віра в людей.']);
  });
});

describe('SlavicNER', () => {
  const text = 'Президент США Дональд Трамп. Трампа критикують у Сполучених Штатах.';
  const m = (surface: string, lemma: string, type: string, entity: string, from = 0) => {
    const start = text.indexOf(surface, from);
    return `${start}\t${start + surface.length}\t${surface}\t${lemma}\t${type}\t${entity}`;
  };
  const tsv = [m('США', 'США', 'LOC', 'GPE-USA'), m('Дональд Трамп', 'Дональд Трамп', 'PER', 'PER-Donald-Trump'), m('Трампа', 'Трамп', 'PER', 'PER-Donald-Trump'), m('Сполучених Штатах', 'Сполучені Штати', 'LOC', 'GPE-USA')].join('\n');
  const doc: NerDoc = { path: 'raw/x/uk/a.txt', lang: 'uk', text, mentions: parseMentions(tsv, text) };

  test('mention files map to raw files both ways the corpus names them', () => {
    expect(rawNameOf('brexit_ua.txt_file_1.tsv')).toBe('brexit_ua.txt_file_1.txt');
    expect(rawNameOf('elections_ru_115.tsv')).toBe('elections_ru_115.txt');
    expect(rawNameOf('x.txt.tsv')).toBe('x.txt');
  });

  test('the gazetteer holds base forms only, one entry per entity', () => {
    const { entries, idsOf } = gazetteerOf([doc]);
    const usa = entries.find((e) => idsOf.get(e.name)?.has('GPE-USA'))!;
    expect(new Set([usa.name, ...(usa.aliases ?? [])])).toEqual(new Set(['Сполучені Штати', 'США']));
    const forms = entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    expect(forms).not.toContain('Сполучених Штатах');
    expect(forms).not.toContain('Трампа');
  });

  test('exact spans score; an overlapping span is a boundary miss; a wrong actor lowers name accuracy', () => {
    const { entries, idsOf } = gazetteerOf([doc]);
    const usa = entries.find((e) => idsOf.get(e.name)?.has('GPE-USA'))!.name;
    const span = (t: string, name: string, from = 0): ActorSpan => {
      const start = text.indexOf(t, from);
      return { text: t, start, end: start + t.length, name, kind: 'place' };
    };
    const pred = [span('США', usa), span('Трамп', 'Дональд Трамп'), span('Трампа', usa), span('Сполучених Штатах', usa)];
    const { figures, misses } = scoreActors([doc], [pred], idsOf);
    const f = Object.fromEntries(figures.map((x) => [x.metric, x.value]));
    expect(f.precision).toBe(3 / 4);
    expect(f.recall).toBe(3 / 4);
    expect(f['name-acc']).toBe(2 / 3);
    expect(misses.map((x) => x.key)).toContain('boundary: gold "Дональд Трамп", found "Трамп"');
  });

  test('candidates cover gold mentions by overlap; a suggestion on no name lowers precision', () => {
    const c = (t: string) => ({ text: t, start: text.indexOf(t), end: text.indexOf(t) + t.length });
    const { figures } = scoreCandidates([doc], [[c('Дональд Трамп'), c('Президент')]]);
    const f = Object.fromEntries(figures.map((x) => [x.metric, x.value]));
    expect(f.coverage).toBe(1 / 4);
    expect(f.precision).toBe(1 / 2);
  });
});
