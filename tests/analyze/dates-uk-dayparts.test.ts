import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';
import type { Lang } from '../../utils/analyze/types';

const all = (t: string, lang: Lang, published = '2020-06-15') =>
  findDates(t, published, lang).map((d) => [d.text, d.value, d.precision, d.endValue].filter(Boolean));

describe('uk/ru dates chrono reads as a bare time or drops', () => {
  it('keeps the day after a part of the day ("ввечері 14 листопада", "утром 5 мая")', () => {
    expect(all('Як повідомлялось, ввечері 14 листопада Тереза Мей заявила, що міністри підтримали угоду.', 'uk')).toEqual([
      ['14 листопада', '2019-11-14', 'day'],
    ]);
    expect(all('Роботи на об’єкті триватимуть до ранку 31 липня.', 'uk')).toEqual([['31 липня', '2020-07-31', 'day']]);
    expect(all('Утром 5 мая 2019 года начался штурм.', 'ru')).toEqual([['5 мая 2019 года', '2019-05-05', 'day']]);
  });

  it('reads "сьогодні" or a weekday before a hyphenated number ("24-годинний страйк")', () => {
    expect(all('Бортпровідники, а також льотчики у Німеччині проводять сьогодні 24-годинний страйк.', 'uk')).toEqual([
      ['сьогодні', '2020-06-15', 'day'],
    ]);
    expect(all('Профспілки оголосили про проведення в п’ятницю 24-годинного страйку.', 'uk')).toEqual([
      ['в п’ятницю', '2020-06-12', 'day'],
    ]);
    // Ordinal endings are still dates, and an age still is not.
    expect(all('18-го лютого 2014-го року почався розстріл.', 'uk')).toEqual([['18-го лютого 2014-го року', '2014-02-18', 'day']]);
    expect(all('Помер 78-річний актор.', 'uk')).toEqual([]);
  });

  it('reads "у листопаді", which chrono cuts to its stem', () => {
    expect(all('У листопаді минулого року у Великобританії пройшли акції.', 'uk')).toEqual([
      ['У листопаді минулого року', '2019-11', 'month'],
    ]);
    expect(all('У листопаді він поїхав до Києва.', 'uk')).toEqual([['У листопаді', '2019-11', 'month']]);
  });
});

describe('uk/ru months and seasons in lists, ranges and phrases', () => {
  it('reads months listed after a month, and month ranges with their year', () => {
    expect(all('Планують вакцинувати населення в січні, лютому, березні і квітні, а потім вийти на показник.', 'uk').map((d) => d[0])).toEqual([
      'в січні', 'лютому', 'березні', 'квітні',
    ]);
    expect(all('1) січень–квітень 2021 року — люди з хронічними хворобами.', 'uk')).toEqual([
      ['січень–квітень 2021 року', '2021-01', 'month', '2021-04'],
    ]);
    expect(all('В ноябре–декабре 2019 года цены росли.', 'ru')).toEqual([['В ноябре–декабре 2019 года', '2019-11', 'month', '2019-12']]);
  });

  it('does not take a genitive plural in -ів ("пацієнтів") for a past verb, but "хотів" is one', () => {
    expect(all('Він хотів поїхати в грудні.', 'uk')).toEqual([['в грудні', '2019-12', 'month']]);
  });

  it('reads a month after "на початок", "за підсумками", "по итогам"', () => {
    expect(all('Якщо на початок грудня показник пацієнтів зросте, буде локдаун.', 'uk')).toEqual([['грудня', '2020-12', 'month']]);
    expect(all('За підсумками червня авіакомпанія стала найбільшою в Європі.', 'uk').map((d) => d[0])).toEqual(['червня']);
  });

  it('reads a season genitive after a preposition, but not "літа" = years', () => {
    expect(all('Там планують завершити щеплення до літа цього року.', 'uk')).toEqual([['до літа цього року', '2020-06', 'month', '2020-08']]);
    expect(all('До конца лета все закончится.', 'ru')).toEqual([['До конца лета', '2020-06', 'month', '2020-08']]);
    expect(all('Він прожив довгі літа.', 'uk')).toEqual([]);
  });
});

describe('uk/ru years after a preposition', () => {
  it('reads a bare year after у/з/до/с and "р" without its dot', () => {
    expect(all('У 2019 компанія отримала рекордний прибуток.', 'uk')).toEqual([['У 2019', '2019', 'year']]);
    expect(all('С 2014 идет война на Донбассе.', 'ru')).toEqual([['С 2014', '2014', 'year']]);
    expect(all('У 2019 р компанія отримала прибуток.', 'uk')).toEqual([['У 2019 р', '2019', 'year']]);
  });

  it('leaves sums, counts and decimals after a preposition alone', () => {
    expect(all('Ціна квитка зросла до 2000 гривень.', 'uk')).toEqual([]);
    expect(all('Цена выросла до 2000 рублей.', 'ru')).toEqual([]);
    expect(all('Ставка зросла у 2019,5 раза.', 'uk')).toEqual([]);
  });
});
