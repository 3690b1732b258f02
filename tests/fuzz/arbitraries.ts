/**
 * Shared generators for the fuzz tests: text that mixes real Ukrainian/Russian/English news words,
 * names from the starter gazetteer in inflected forms, date phrases, quotes and apostrophes with
 * arbitrary Unicode (surrogate pairs, combining marks, RTL, control characters).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { GazetteerEntry } from '../../utils/analyze/types';

export const starterEntries = JSON.parse(
  readFileSync(new URL('../../public/gazetteer/starter.json', import.meta.url), 'utf8'),
) as GazetteerEntry[];

const NEWS_WORDS = [
  'Зеленський', 'Зеленського', 'Лукашенку', 'Сполучених Штатів', 'США', 'Росії', 'Росія', 'російському', 'Україні', 'Києві', 'Москві',
  'Путина', 'Reuters', 'NATO', 'НАТО', 'ООН', 'Trump’s', 'Білорусь', 'Варшава', 'Praha',
  '24 листопада', 'вчора', 'минулого місяця', 'в грудні', 'у 2025 році', 'в 2025 г.', '1 по 5 травня', 'торік', 'November 24, 2025',
  'last month', '24 ноября', 'позавчера', '2016-го', 'XX століття', 'з 1990 по 1995 рік', '31 лютого', '0 січня', '99 березня',
  'заявив', 'повідомив', 'said', 'заявил', '«', '»', '“', '”', '„', '"', 'пʼятеро', "п'ятеро", 'п’ятеро',
  ' ', ' ', '\n', '. ', ', ', '—', '-', '(', ')', '\u00a0', '\u200b', '\u0301', '\ufeff',
];

const UNICODE_BITS = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }), // lone surrogates included
  fc.constantFrom('😀', '👩‍👩‍👧', '𝔘𝔨𝔯', 'עברית', 'العربية', 'ﷺ', '\u202e', '\u200f', 'ß', 'İ', 'ǅ', 'ΐ', '\ud800', '\udfff'),
);

/** One piece of text: mostly news words, sometimes anything. */
export const piece = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...NEWS_WORDS) }, { weight: 2, arbitrary: UNICODE_BITS });

export const newsText = (maxPieces = 40) => fc.array(piece, { maxLength: maxPieces }).map((p) => p.join(''));

/** A publication day anywhere from 1900 to 2100, as YYYY-MM-DD (leap days included). */
export const publishedDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const lang = fc.constantFrom('uk' as const, 'ru' as const, 'en' as const);

/** Offsets must be inside the text and on whole code points are not required, but they must slice the span's text. */
export function expectSpansInside(text: string, spans: readonly { start: number; end: number; text: string }[]): string | null {
  for (const s of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `non-integer offsets ${s.start}..${s.end}`;
    if (s.start < 0 || s.end > text.length || s.end <= s.start) return `span ${s.start}..${s.end} outside text of ${text.length}`;
    if (text.slice(s.start, s.end) !== s.text) return `span text ${JSON.stringify(s.text)} != slice ${JSON.stringify(text.slice(s.start, s.end))}`;
  }
  return null;
}
