import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';
import type { Lang } from '../../utils/analyze/types';

const seed = readFileSync('/work/shared/fixtures/seed-article.txt', 'utf8');
const PUBLISHED = '2025-11-24';

function values(text: string, lang: Lang, published = PUBLISHED) {
  return findDates(text, published, lang).map((d) => [d.text, d.value, d.precision, d.endValue].filter(Boolean));
}

describe('findDates on the seed article (uk, published 2025-11-24)', () => {
  const dates = findDates(seed, PUBLISHED, 'uk');
  const byText = (t: string) => dates.filter((d) => d.text.toLowerCase() === t.toLowerCase()).map((d) => d.value);

  it('resolves day-month dates against the publication date, in the past', () => {
    expect(byText('24 листопада')).toEqual(['2025-11-24']);
    expect(byText('20 листопада')).toEqual(['2025-11-20']);
    expect(byText('9 листопада')).toEqual(['2025-11-09']);
    expect(byText('14 жовтня')).toEqual(['2025-10-14']);
    expect(byText('21 червня')).toEqual(['2025-06-21']);
  });

  it('finds both dates of "11 вересня та 4 листопада"', () => {
    expect(byText('11 вересня')).toEqual(['2025-09-11', '2025-09-11']);
    expect(byText('4 листопада')).toEqual(['2025-11-04']);
  });

  it("reads 'Минулого місяця' as October 2025 at month precision", () => {
    const d = dates.find((x) => x.text === 'Минулого місяця');
    expect(d).toMatchObject({ value: '2025-10', precision: 'month' });
  });

  it("puts 'в грудні' after 'проведе' into the coming December", () => {
    expect(dates.find((x) => x.text === 'в грудні')).toMatchObject({ value: '2025-12', precision: 'month' });
  });

  it("puts 'в січні' of a past-tense sentence into January of the same year", () => {
    expect(dates.find((x) => x.text === 'в січні')).toMatchObject({ value: '2025-01', precision: 'month' });
  });

  it("reads 'У 2025 році' as a year", () => {
    expect(dates.find((x) => x.text === 'У 2025 році')).toMatchObject({ value: '2025', precision: 'year' });
  });

  it('does not take ages, counts or quantities for dates', () => {
    const texts = dates.map((d) => d.text);
    for (const bad of ['78', '14 осіб', '51 особа', '100', '50']) expect(texts.some((t) => t.includes(bad))).toBe(false);
    expect(dates).toHaveLength(12);
  });

  it('keeps offsets that point at the date text', () => {
    for (const d of dates) expect(seed.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('findDates, relative and year phrases', () => {
  it('resolves Ukrainian relative words against the publication date', () => {
    expect(values('Вчора уряд ухвалив рішення.', 'uk')).toEqual([['Вчора', '2025-11-23', 'day']]);
    expect(values('Торік ціни зросли на 12%.', 'uk')).toEqual([['Торік', '2024', 'year']]);
    expect(values('Минулого тижня міністр відвідав Київ.', 'uk')).toEqual([['Минулого тижня', '2025-11-17', 'day']]);
  });

  it('reads a range "з 1 по 5 травня" with a start and an end', () => {
    expect(values('Фестиваль тривав з 1 по 5 травня.', 'uk')).toEqual([
      ['з 1 по 5 травня', '2025-05-01', 'day', '2025-05-05'],
    ]);
  });

  it('reads a future range into the coming year', () => {
    expect(values('Фестиваль триватиме з 1 по 5 травня.', 'uk')).toEqual([
      ['з 1 по 5 травня', '2026-05-01', 'day', '2026-05-05'],
    ]);
  });

  it('resolves Russian sentences', () => {
    expect(values('Вчера президент заявил, что переговоры продолжатся.', 'ru')).toEqual([['Вчера', '2025-11-23', 'day']]);
    expect(values('В 2025 году компания потеряла рынок.', 'ru')).toEqual([['В 2025 году', '2025', 'year']]);
    expect(values('В январе он подписал указ.', 'ru')).toEqual([['В январе', '2025-01', 'month']]);
    expect(values('В прошлом году экспорт упал.', 'ru')).toEqual([['В прошлом году', '2024', 'year']]);
  });

  it('resolves English sentences', () => {
    expect(values('The minister said on Tuesday that talks would resume.', 'en')).toEqual([
      ['on Tuesday', '2025-11-18', 'day'],
    ]);
    expect(values('Prices rose last month.', 'en')).toEqual([['last month', '2025-10', 'month']]);
    expect(values('He was arrested yesterday.', 'en')).toEqual([['yesterday', '2025-11-23', 'day']]);
    expect(values('He was elected in January.', 'en')).toEqual([['January', '2025-01', 'month']]);
    expect(values('The law took effect in 2025.', 'en')).toEqual([['in 2025', '2025', 'year']]);
  });

  it('reads "June 21, 14 people" as June 21, not 2014', () => {
    expect(values('Two groups were freed: June 21, 14 people; September 11, 51 people.', 'en')).toEqual([
      ['June 21', '2025-06-21', 'day'],
      ['September 11', '2025-09-11', 'day'],
    ]);
  });

  it('chooses the year by tense when the month alone is ambiguous', () => {
    expect(values('Уряд ухвалив закон у березні.', 'uk', '2025-11-24')).toEqual([['у березні', '2025-03', 'month']]);
    expect(values('Уряд ухвалить закон у березні.', 'uk', '2025-11-24')).toEqual([['у березні', '2026-03', 'month']]);
  });

  it('reads hyphenated ordinal days "18-го лютого", "13-е февраля"', () => {
    expect(values('Засідання відбулося 18-го лютого.', 'uk')).toEqual([['18-го лютого', '2025-02-18', 'day']]);
    expect(values('Встреча прошла 13-е февраля 2024 года.', 'ru')).toEqual([['13-е февраля 2024 года', '2024-02-13', 'day']]);
  });

  it('keeps the week chrono reads from "наступного вівторка" and "в прошлый вторник"', () => {
    expect(values('Сесія відбудеться наступного вівторка.', 'uk')).toEqual([['наступного вівторка', '2025-12-02', 'day']]);
    expect(values('Закон приняли в прошлый вторник.', 'ru')).toEqual([['в прошлый вторник', '2025-11-18', 'day']]);
  });

  it('does not read "Sun Microsystems" as a Sunday', () => {
    expect(values('Sun Microsystems reported a loss on Friday.', 'en')).toEqual([['on Friday', '2025-11-21', 'day']]);
  });

  it('reads a month with its year, "в листопаді 2024 року", as one month date', () => {
    expect(values('Це сталося в листопаді 2024 року.', 'uk')).toEqual([['в листопаді 2024 року', '2024-11', 'month']]);
    expect(values('В ноябре 2024 года цены выросли.', 'ru')).toEqual([['В ноябре 2024 года', '2024-11', 'month']]);
  });

  it('gives "2 грудня минулого року" the year named after it, as one date', () => {
    expect(values('2 грудня минулого року він пішов у відставку.', 'uk')).toEqual([['2 грудня минулого року', '2024-12-02', 'day']]);
    expect(values('В марте прошлого года он уехал.', 'ru')).toEqual([['В марте прошлого года', '2024-03', 'month']]);
  });

  it('reads dash ranges "11–14 листопада"', () => {
    expect(values('Виставка тривала 11–14 листопада.', 'uk')).toEqual([['11–14 листопада', '2025-11-11', 'day', '2025-11-14']]);
  });
});

