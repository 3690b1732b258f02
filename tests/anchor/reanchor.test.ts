import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeSpan } from '../../utils/anchor/describe';
import { reanchor, reanchorAll } from '../../utils/anchor/reanchor';

// The seed article's text as the page layer extracts it (paragraphs separated by one newline).
const article = readFileSync('../shared/fixtures/seed-article.txt', 'utf8').trim().replace(/\n+/g, '\n');
const passage = 'Дякую кожному, хто допомагає повертати українців!';

function clipOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThan(0);
  return { selector: describeSpan(text, start, start + quote.length) };
}

const found = (text: string, r: Awaited<ReturnType<typeof reanchor>>) => (r.status === 'anchored' ? text.slice(r.start, r.end) : null);

describe('describeSpan', () => {
  test('keeps the quote with 32 characters of context and the offsets', () => {
    const [quote, position] = describeSpan(article, article.indexOf(passage), article.indexOf(passage) + passage.length);
    expect(quote.exact).toBe(passage);
    expect(quote.prefix).toBe(article.slice(article.indexOf(passage) - 32, article.indexOf(passage)));
    expect(quote.prefix!.endsWith('полоні. ')).toBe(true);
    expect(quote.suffix!.startsWith('» – зазначив глава держави.')).toBe(true);
    expect(position).toEqual({ type: 'TextPositionSelector', start: article.indexOf(passage), end: article.indexOf(passage) + passage.length });
  });
});

describe('reanchor on a changed page', () => {
  const { selector } = clipOf(article, passage);

  test('an unchanged page is answered by the position alone', async () => {
    const r = await reanchor(article, selector);
    expect(r).toMatchObject({ status: 'anchored', method: 'position', errors: 0 });
    expect(found(article, r)).toBe(passage);
  });

  test('an ad inserted before the passage moves it: found by its exact quote', async () => {
    const changed = 'РЕКЛАМА: Купуйте квитки до Львова зі знижкою 30% лише сьогодні!\n' + article;
    const r = await reanchor(changed, selector);
    expect(r).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(found(changed, r)).toBe(passage);
  });

  test('a word edited inside the passage: found approximately, on the edited words', async () => {
    const changed = article.replace('повертати українців', 'повертати наших українців');
    const r = await reanchor(changed, selector);
    expect(r).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(found(changed, r)).toBe('Дякую кожному, хто допомагає повертати наших українців!');
  });

  test('the surrounding paragraph edited and moved down: still the same words', async () => {
    const changed = article
      .replace('Памʼятаємо про всіх наших людей', 'Ми памʼятаємо про всіх людей')
      .replace('Також Зеленський', 'Оновлено о 14:20.\nТакож Зеленський');
    const r = await reanchor(changed, selector);
    expect(r.status).toBe('anchored');
    expect(found(changed, r)).toBe(passage);
  });

  test('whitespace differs (double spaces, a non-breaking space): re-attached to the whole passage', async () => {
    const changed = article.replace('Дякую кожному, хто', 'Дякую  кожному,\u00a0хто');
    const r = await reanchor(changed, selector);
    expect(r).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(found(changed, r)).toBe('Дякую  кожному,\u00a0хто допомагає повертати українців!');
  });

  test('the passage removed from the page: orphaned, not drawn on other words', async () => {
    const changed = article.replace(passage, '');
    expect(await reanchor(changed, selector)).toEqual({ status: 'orphaned' });
  });

  test('a repeated phrase: prefix and suffix pick the clipped occurrence, not the first', async () => {
    const text = 'Зеленський заявив: «Ми не здамося». Пізніше, на брифінгу в Брюсселі, він повторив: «Ми не здамося».';
    const second = text.lastIndexOf('Ми не здамося');
    const sel = describeSpan(text, second, second + 'Ми не здамося'.length);
    const shifted = 'Оновлено. ' + text;
    const r = await reanchor(shifted, sel);
    expect(r).toMatchObject({ status: 'anchored', method: 'quote', start: shifted.lastIndexOf('Ми не здамося') });
  });
});

describe('time slicing', () => {
  test('a fuzzy search over a long page gives the main thread back between chunks', async () => {
    const filler = 'Інші новини дня: погода, спорт, курси валют і розклад потягів. '.repeat(8000); // ~500k chars
    const { selector } = clipOf(article, passage);
    const changed = filler + article.replace('кожному', 'кожному з вас') + filler;
    let clock = 0;
    let yields = 0;
    const r = await reanchor(changed, selector, {
      now: () => (clock += 5), // every check looks like 5 ms of work
      budgetMs: 8,
      yieldToPage: async () => void yields++,
    });
    expect(found(changed, r)).toBe('Дякую кожному з вас, хто допомагає повертати українців!');
    expect(yields).toBeGreaterThanOrEqual(25); // ~1 MB in 20k-character chunks
  });

  test('cancelling stops the work instead of finishing a stale page', async () => {
    const controller = new AbortController();
    const { selector } = clipOf(article, passage);
    const changed = 'x '.repeat(200_000) + article.replace('кожному', 'кожній');
    const run = reanchor(changed, selector, {
      budgetMs: 0,
      yieldToPage: async () => controller.abort(),
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow(/cancelled/);
  });

  test('reanchorAll keeps input order and reports each clip', async () => {
    const clips = [clipOf(article, passage), clipOf(article, 'Білорусь відпустила на свободу'), { selector: describeSpan('зовсім інша сторінка', 0, 6) }];
    const results = await reanchorAll(article, clips, { yieldToPage: async () => undefined });
    expect(results.map((r) => r.result.status)).toEqual(['anchored', 'anchored', 'orphaned']);
  });
});
