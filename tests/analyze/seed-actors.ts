import type { ActorKind, ActorSpan } from '../../utils/analyze/types';

/**
 * Actor spans of the seed article, built by hand (surface form -> canonical name) so claim and event
 * tests do not depend on the gazetteer matcher. Longer forms first, so "Володимир Зеленський" is one
 * span and not "Зеленський" inside it.
 */
const FORMS: [string, string, ActorKind][] = [
  ['Сполучених Штатів', 'Сполучені Штати', 'place'],
  ['Сполученими Штатами', 'Сполучені Штати', 'place'],
  ['Володимир Зеленський', 'Володимир Зеленський', 'person'],
  ['Зеленський', 'Володимир Зеленський', 'person'],
  ['Дональда Трампа', 'Дональд Трамп', 'person'],
  ['Трампа', 'Дональд Трамп', 'person'],
  ['Трамп', 'Дональд Трамп', 'person'],
  ['Світлана Тихановська', 'Світлана Тихановська', 'person'],
  ['Джоном Коулом', 'Джон Коул', 'person'],
  ['Коула', 'Джон Коул', 'person'],
  ['Коул', 'Джон Коул', 'person'],
  ['Олександру Лукашенку', 'Олександр Лукашенко', 'person'],
  ['Лукашенком', 'Олександр Лукашенко', 'person'],
  ['Лукашенко', 'Олександр Лукашенко', 'person'],
  ['Білоруссю', 'Білорусь', 'place'],
  ['Білорусі', 'Білорусь', 'place'],
  ['Білорусь', 'Білорусь', 'place'],
  ['ГУР', 'ГУР', 'org'],
  ['Reuters', 'Reuters', 'org'],
  ['НАТО', 'НАТО', 'org'],
  ['ЄС', 'Європейський Союз', 'org'],
  ['США', 'Сполучені Штати', 'place'],
];

export function handActors(text: string): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (const [surface, name, kind] of FORMS) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      const end = i + surface.length;
      if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue;
      if (out.some((a) => i < a.end && end > a.start)) continue;
      out.push({ text: surface, start: i, end, name, kind });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
