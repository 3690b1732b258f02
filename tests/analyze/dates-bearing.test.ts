/**
 * chrono reads only the sentences that can hold a date (utils/analyze/dates/date-bearing.ts): the
 * dates found must be the ones found over the whole text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findDates } from '../../utils/analyze';
import { bearsDate, dateBearingStretches } from '../../utils/analyze/dates/date-bearing';
import { segmentSentences } from '../../utils/analyze/segment';
import type { Lang } from '../../utils/analyze/types';
import { EVAL_DIR, evalPath } from '../../scripts/eval/corpus';

const seed = readFileSync(new URL('../../../shared/fixtures/seed-article.txt', import.meta.url), 'utf8');
/** Each sentence is (or is not) one chrono reads. */
const bears = (sentences: string[], expected: boolean) => {
  for (const s of sentences) expect(bearsDate(s), s).toBe(expected);
};
const same = (text: string, lang: Lang, published = '2025-11-24') =>
  expect(findDates(text, published, lang)).toEqual(findDates(text, published, lang, { everySentence: true }));

describe('date-bearing sentences', () => {
  test('a digit or a word of time in any of the three languages keeps a sentence', () => {
    bears([
      'Це сталося 5-го.',
      'Зустріч відбудеться у вівторок.',
      'Минулого тижня уряд ухвалив рішення.',
      'У цьому році голосів рекордна кількість.',
      'Взимку ціни зросли.',
      'У XIX столітті тут було село.',
      'Встреча пройдет послепослезавтра.',
      'Полгода назад все было иначе.',
      'Prices fell through the nineties.',
      'He left on Good Friday.',
      'The talks resume next week.',
      'We met yesterday evening.',
    ], true);
  });

  test('a sentence with neither is left out', () => {
    bears([
      'Білорусь відпустила на свободу близько сотні людей, повідомив президент.',
      'Агентство уточнює, що діалог ведеться в межах зближення.',
      'Эксперты считают, что решение поддержат союзники.',
      'Officials declined to comment on the report.',
    ], false);
  });

  test('neighbouring kept sentences stay together; offsets map back to the text', () => {
    const text = 'Тут пусто. Зустріч 5 травня. Потім 6 травня теж. Знову пусто. Вчора пізно.';
    const stretches = dateBearingStretches(text, segmentSentences(text));
    const parts = stretches.text.split('\n¶\n');
    expect(parts).toEqual(['Зустріч 5 травня. Потім 6 травня теж.', 'Вчора пізно.']);
    for (const word of ['5 травня', '6 травня', 'Вчора']) {
      const at = stretches.text.indexOf(word);
      expect(text.slice(stretches.map(at), stretches.map(at) + word.length)).toBe(word);
    }
  });

  test('of a long sentence, only the words around its date are read; a false sentence end does not split a date', () => {
    // Longer than two windows, so the words in its middle are out of reach of both dates.
    const filler = 'представники обох сторін довго обговорювали подробиці угоди, а журналісти чекали на їхні коментарі біля входу';
    const text = `${filler} і домовилися наприкінці минулого тижня про обмін полоненими, ${filler}. Зустріч 3 бер. 2015 р. пройшла.`;
    const sentences = segmentSentences(text);
    const { text: read, map } = dateBearingStretches(text, sentences);
    expect(read).toContain('наприкінці минулого тижня');
    expect(read).toContain('3 бер. 2015');
    expect(read).not.toContain('подробиці угоди, а журналісти');
    expect(read.length).toBeLessThan(text.length * 0.6);
    const at = read.indexOf('тижня');
    expect(text.slice(map(at), map(at) + 5)).toBe('тижня');
    expect(findDates(text, '2025-11-24', 'uk').map((d) => d.value)).toEqual(['2025-11-17', '2015-03-03']);
    same(text, 'uk');
  });

  test('the seed article: the same dates, from about half of its text', () => {
    same(seed, 'uk');
    expect(findDates(seed, '2025-11-24', 'uk').length).toBeGreaterThan(5);
    const kept = dateBearingStretches(seed, segmentSentences(seed)).text.length;
    expect(kept).toBeLessThan(seed.length * 0.55);
  });

  describe.skipIf(!existsSync(EVAL_DIR))('on the real corpora', () => {
    test('every Duckling time phrase (uk, ru), alone and inside a sentence, is read as over the whole text', () => {
      const duckling = JSON.parse(readFileSync(evalPath('duckling_time_uk_ru/duckling_time_uk_ru.json'), 'utf8')) as Record<'uk' | 'ru', { examples: { texts: string[] }[] }>;
      for (const lang of ['uk', 'ru'] as const) {
        const phrases = duckling[lang].examples.flatMap((e) => e.texts);
        expect(phrases.length).toBeGreaterThan(150);
        for (const p of phrases) same(p, lang, '2013-02-12');
        same(phrases.map((p) => `Це сталося ${p}. Інше речення без нічого.`).join(' '), lang, '2013-02-12');
      }
    });

    test('NER-UK news and MEANTIME / TempEval English news: the same dates', () => {
      const docs = (dir: string, ext: string) =>
        readdirSync(evalPath(dir))
          .filter((f) => f.endsWith(ext))
          .sort()
          .map((f) => readFileSync(evalPath(dir, f), 'utf8'));
      const uk = docs('ner_uk_v2/test', '.txt').slice(0, 60);
      const en = [...docs('meantime_en/plain', ''), ...docs('tempeval3/plain/te3-platinum', '')].slice(0, 40);
      expect(uk.length + en.length).toBe(100);
      for (const text of uk) same(text, 'uk');
      for (const text of en) same(text, 'en', '2013-03-01');
    });
  });
});
