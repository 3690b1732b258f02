import { expect, test } from 'vitest';
import { engineFindings } from '../../utils/anchor/capture';
import { clipUrl, textFragment } from '../../utils/anchor/fragment';
import { seedAnalysis, seedText } from '../db/fixture';

const spanOf = (s: string) => ({ start: seedText.indexOf(s), end: seedText.indexOf(s) + s.length });

test('a clip of a claim takes its speaker, the date and the actors inside it', () => {
  const found = engineFindings(seedAnalysis(), seedText, spanOf('Раніше, 22 листопада, Лукашенко помилував ще 31 громадянина України.'));
  expect(found.date).toBe('2025-11-22');
  expect(found.actors).toEqual([{ name: 'Олександр Лукашенко', kind: 'person' }]);
  const claim = engineFindings(seedAnalysis(), seedText, spanOf('нашим американським партнерам'));
  expect(claim.speaker).toBe('Володимир Зеленський');
});

test('an analysis of other text (the page changed since) contributes nothing', () => {
  expect(engineFindings(seedAnalysis(), seedText + ' Оновлено.', spanOf('Лукашенко помилував'))).toEqual({});
});

test('open-at-source URL: clip id for the content script, then a text fragment with -, & and , escaped', () => {
  expect(textFragment('Білорусь – партнер, а не ворог')).toBe(':~:text=' + encodeURIComponent('Білорусь – партнер') + '%2C' + encodeURIComponent(' а не ворог'));
  expect(clipUrl('https://a.example/x#old', 'clp_1', 'one-two & three')).toBe('https://a.example/x#dossier-clip=clp_1:~:text=one%2Dtwo%20%26%20three');
  const long = 'Завдяки допомозі Сполучених Штатів, Білорусь відпустила на свободу близько сотні людей, зокрема пʼятеро українців';
  expect(textFragment(long)).toBe(`:~:text=${encodeURIComponent('Завдяки допомозі Сполучених Штатів')}%2C${encodeURIComponent(' Білорусь')},${encodeURIComponent('сотні людей')}%2C${encodeURIComponent(' зокрема пʼятеро українців')}`);
});
