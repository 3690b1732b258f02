import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';
import type { Lang } from '../../utils/analyze/types';

const all = (t: string, lang: Lang, published = '2018-06-15') =>
  findDates(t, published, lang).map((d) => [d.text, d.value, d.precision, d.endValue].filter(Boolean));

describe('periods longer than a month (uk, ru)', () => {
  it('reads year ranges with their unit', () => {
    expect(all('У 2014-2015 роках країна пережила кризу.', 'uk')).toEqual([['У 2014-2015 роках', '2014', 'year', '2015']]);
    expect(all('Завод работал в 2010–2012 годах.', 'ru')).toEqual([['в 2010–2012 годах', '2010', 'year', '2012']]);
  });

  it('reads decades and centuries', () => {
    expect(all('У 90-х роках все змінилося.', 'uk')).toEqual([['У 90-х роках', '1990', 'year', '1999']]);
    expect(all('Так было в 1980-х, сказал он.', 'ru')).toEqual([['в 1980-х', '1980', 'year', '1989']]);
    expect(all('Книжки про українську людину на бездоріжжях XX століття.', 'uk')).toEqual([
      ['XX століття', '1901', 'year', '2000'],
    ]);
    // Cyrillic Х and І typed for Roman numerals.
    expect(all('Це виклик ХХІ століття.', 'uk')).toEqual([['ХХІ століття', '2001', 'year', '2100']]);
  });

  it('reads seasons named with a year or a modifier; winter starts in the December before', () => {
    expect(all('Влітку 2019 року він поїхав до Львова.', 'uk')).toEqual([['Влітку 2019 року', '2019-06', 'month', '2019-08']]);
    expect(all('Минулої зими було холодно.', 'uk')).toEqual([['Минулої зими', '2016-12', 'month', '2017-02']]);
  });

  it('reads a year with an ordinal ending, alone or after a day and month', () => {
    expect(all('Загалом дослідження закінчилися 2012-го, хоча звітів не було.', 'uk')).toEqual([['2012-го', '2012', 'year']]);
    expect(all('Тамаш Кадар народився 14 березня 1990-го року в угорському місті Веспрем.', 'uk')).toEqual([
      ['14 березня 1990-го року', '1990-03-14', 'day'],
    ]);
    expect(all('Із жовтня 2014 року по квітень 2015-го в «армії» платили доларами.', 'uk')).toEqual([
      ['жовтня 2014 року по квітень 2015-го', '2014-10', 'month', '2015-04'],
    ]);
  });

  it('reads the end or start of "the year" as the publication year, and "рік тому" as the year before', () => {
    expect(all('Наприкінці року у Феттеля закінчується контракт.', 'uk')).toEqual([['Наприкінці року', '2018', 'year']]);
    expect(all('Рік тому учасники гурту оприлюднили трек.', 'uk')).toEqual([['Рік тому', '2017', 'year']]);
  });
});

describe('weeks, weekends, month pairs and short decades (uk)', () => {
  it('reads "цього тижня" as the publication week and "на вихідних" by the tense', () => {
    expect(all('Цього тижня уряд ухвалив рішення.', 'uk', '2020-06-17')).toEqual([['Цього тижня', '2020-06-15', 'day', '2020-06-21']]);
    expect(all('На вихідних пройшли протести.', 'uk', '2020-06-17')).toEqual([['На вихідних', '2020-06-13', 'day']]);
  });

  it('reads two months joined by a dash, a decade after "в середині", years with ordinal endings', () => {
    expect(all('У листопаді-грудні ціни зростуть.', 'uk', '2020-06-17')).toEqual([['У листопаді-грудні', '2020-11', 'month', '2020-12']]);
    expect(all('В середині 90-х усе змінилося.', 'uk')).toEqual([['90-х', '1990', 'year', '1999']]);
    expect(all('З 2014-го по 2016-й він працював у Донецьку.', 'uk')).toEqual([['З 2014-го по 2016-й', '2014', 'year', '2016']]);
  });
});

describe('quarters, bare seasons and a time of day before a weekday (uk/ru)', () => {
  it('reads quarters named by ordinal or relative to the publication quarter', () => {
    expect(all('У третьому кварталі 2019 року ВВП зріс.', 'uk')).toEqual([['У третьому кварталі 2019 року', '2019-07', 'month', '2019-09']]);
    expect(all('В минулому кварталі кількість оптимістів зросла.', 'uk', '2018-11-15')).toEqual([
      ['В минулому кварталі', '2018-07', 'month', '2018-09'],
    ]);
  });

  it('reads a bare season by the tense', () => {
    expect(all('Доказом цього стало те, як швидко влітку відкинули план Чекерс.', 'uk', '2018-11-15')).toEqual([
      ['влітку', '2018-06', 'month', '2018-08'],
    ]);
    expect(all('Зимой было холодно.', 'ru', '2018-11-15')).toEqual([['Зимой', '2017-12', 'month', '2018-02']]);
  });

  it('keeps the weekday of "Вранці в четвер", which chrono reads as a bare time', () => {
    expect(all('Вранці в четвер це зробив міністр з питань Brexit.', 'uk', '2018-11-16')).toEqual([['в четвер', '2018-11-15', 'day']]);
  });
});

describe('daily tallies', () => {
  it('reads "за минулу добу" / "за прошедшие сутки" as the day before publication, "протягом доби" as no date', () => {
    expect(all('За минулу добу в Україні виявили 4383 хворих коронавірусом.', 'uk', '2021-01-20')).toEqual([
      ['За минулу добу', '2021-01-19', 'day'],
    ]);
    expect(all('За прошедшие сутки выявлено 100 случаев.', 'ru', '2021-01-20')).toEqual([['За прошедшие сутки', '2021-01-19', 'day']]);
    expect(all('Протягом доби тривали бої.', 'uk', '2021-01-20')).toEqual([]);
  });
});
