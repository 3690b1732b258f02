import { describe, expect, test } from 'vitest';
import type { AnalysisResult } from '../../utils/analyze/types';
import { analyzeInSlices, sliceText, withinRegion } from '../../utils/page/scan';

const paragraphs = [
  '20 листопада Лукашенко оголосив, що проведе «регулярні переговори з американськими представниками» в грудні.',
  '14 жовтня Лукашенко заявив про готовність до «грандіозної угоди» зі Сполученими Штатами.',
  'Лідерка білоруської опозиції Світлана Тихановська провела переговори у Варшаві.',
];
const text = paragraphs.join('\n');

/** A tiny engine stand-in: actors by surface form, one claim per «…», one event per paragraph. */
function engine(slice: string): AnalysisResult {
  const actors = [...slice.matchAll(/Лукашенко|Світлана Тихановська/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length, name: m[0], kind: 'person' as const }));
  const claims = [...slice.matchAll(/«([^»]+)»/g)].map((m) => ({ text: m[1], start: m.index! + 1, end: m.index! + 1 + m[1].length, speaker: 'Лукашенко', mode: 'direct' as const }));
  const events = claims.map((_claim, i) => ({ date: '2025-11-20', precision: 'day' as const, text: slice, start: 0, end: slice.length, actors: ['Лукашенко'], claims: [i] }));
  return { text: slice, published: '2025-11-24', lang: 'uk', actors, candidates: [], dates: [], claims, events };
}

describe('analysing in slices', () => {
  test('cuts only at block separators and covers the text exactly', () => {
    const slices = sliceText(text, 60);
    expect(slices.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (const s of slices.slice(0, -1)) expect(text[s.end - 1]).toBe('\n');
    // A block longer than a slice is not cut mid-sentence.
    expect(sliceText('а'.repeat(100), 10)).toEqual([{ start: 0, end: 100 }]);
  });

  test('gives the same spans as one pass, with claim indexes of events shifted', async () => {
    let yields = 0;
    const sliced = await analyzeInSlices(text, engine, { published: '2025-11-24', lang: 'uk' }, { maxChars: 60, yieldToPage: async () => void yields++ });
    const whole = engine(text);
    expect(yields).toBe(2);
    expect(sliced.actors).toEqual(whole.actors);
    expect(sliced.claims).toEqual(whole.claims);
    expect(sliced.events.map((e) => sliced.claims[e.claims[0]].text)).toEqual(['регулярні переговори з американськими представниками', 'грандіозної угоди']);
  });

  test('keeps only what the main content says, re-indexing claims', () => {
    const start = text.indexOf('14 жовтня');
    const within = withinRegion(engine(text), start, text.length);
    expect(within.actors.map((a) => a.text)).toEqual(['Лукашенко', 'Світлана Тихановська']);
    expect(within.claims.map((c) => c.text)).toEqual(['грандіозної угоди']);
    expect(within.events).toHaveLength(0); // the one-pass stand-in's events span the whole text
  });
});
