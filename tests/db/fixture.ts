/**
 * An analysis of the seed article's opening, built by hand from its real sentences with offsets taken
 * from the text itself, so the store tests don't depend on the analyser being finished.
 */
import type { AnalysisResult, DatePrecision } from '../../utils/analyze/types';
import type { PageInfo } from '../../utils/messages/protocol';

export const seedText = [
  'Завдяки допомозі Сполучених Штатів, Білорусь відпустила на свободу близько сотні людей, зокрема пʼятеро українців, повідомив президент Володимир Зеленський.',
  '«Допомагаємо нашим американським партнерам, щоб була відповідна допомога Україні», – наголосив президент.',
  'У листопаді 2025 року адміністрація президента США Дональда Трампа обговорювала з білоруською владою звільнення політвʼязнів.',
  'Раніше, 22 листопада, Лукашенко помилував ще 31 громадянина України.',
].join('\n\n');

const at = (text: string, s: string, from = 0) => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`fixture: "${s}" not in text`);
  return { text: s, start, end: start + s.length };
};
const sentence = (text: string, n: number) => {
  const s = text.split('\n\n')[n] ?? '';
  return at(text, s);
};

export function seedAnalysis(text = seedText): AnalysisResult {
  const claim = at(text, 'Допомагаємо нашим американським партнерам, щоб була відповідна допомога Україні');
  const ev = (n: number, date: string, precision: DatePrecision, actors: string[], claims: number[] = []) => {
    const s = sentence(text, n);
    return { date, precision, text: s.text, start: s.start, end: s.end, actors, claims };
  };
  return {
    text,
    published: '2025-11-24',
    lang: 'uk',
    actors: [
      { ...at(text, 'Сполучених Штатів'), name: 'Сполучені Штати', kind: 'place' },
      { ...at(text, 'Білорусь'), name: 'Білорусь', kind: 'place' },
      { ...at(text, 'Володимир Зеленський'), name: 'Володимир Зеленський', kind: 'person' },
      { ...at(text, 'Дональда Трампа'), name: 'Дональд Трамп', kind: 'person' },
      { ...at(text, 'Лукашенко'), name: 'Олександр Лукашенко', kind: 'person' },
    ],
    candidates: [],
    dates: [
      { ...at(text, 'У листопаді 2025 року'), value: '2025-11', precision: 'month' },
      { ...at(text, '22 листопада'), value: '2025-11-22', precision: 'day' },
    ],
    claims: [{ ...claim, speaker: 'Володимир Зеленський', mode: 'direct' }],
    events: [
      ev(0, '2025-11-24', 'day', ['Сполучені Штати', 'Білорусь', 'Володимир Зеленський']),
      ev(1, '2025-11-24', 'day', ['Володимир Зеленський'], [0]),
      ev(2, '2025-11', 'month', ['Дональд Трамп']),
      ev(3, '2025-11-22', 'day', ['Олександр Лукашенко']),
    ],
  };
}

export const seedPage: PageInfo = {
  url: 'https://www.example.ua/news/2025/11/24/bilorus-vidpustyla#comments',
  title: 'Білорусь відпустила на свободу пʼятьох українців',
  site: 'example.ua',
  lang: 'uk',
  publishedAt: '2025-11-24',
};

let n = 0;
/** A fresh database per test: fake-indexeddb keeps databases for the whole file. */
export const freshName = () => `dossier-test-${Date.now()}-${n++}`;
