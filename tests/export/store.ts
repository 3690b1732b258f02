/** A small store of clips from the seed article, including text that is hostile to spreadsheets and Markdown. */
import { readFileSync } from 'node:fs';
import { describeSpan } from '../../utils/anchor/describe';
import { saveClip } from '../../utils/db/clips';
import type { DossierDB } from '../../utils/db/database';

export const article = readFileSync('../shared/fixtures/seed-article.txt', 'utf8').trim().replace(/\n+/g, '\n');
export const page = {
  url: 'https://www.pravda.com.ua/news/2025/11/24/7530000/',
  title: 'Білорусь звільнила пʼятьох українців, – Зеленський',
  site: 'Українська правда',
  lang: 'uk',
  publishedAt: '2025-11-24',
};
export const hostilePage = { url: 'https://evil.example/a?x=1&y="2"', title: '=HYPERLINK("http://evil.example","click") <img src=x onerror=alert(1)>', site: '@evil', lang: 'en', publishedAt: '' };

export async function fillClips(db: DossierDB) {
  const at = (quote: string) => {
    const start = article.indexOf(quote);
    if (start < 0) throw new Error(`not in the article: ${quote}`);
    return describeSpan(article, start, start + quote.length);
  };
  const q1 = 'Дякую кожному, хто допомагає повертати українців!';
  const q2 = 'Допомагаємо нашим американським партнерам, щоб була відповідна допомога Україні.';
  const a = await saveClip(db, { page, quote: q1, selector: at(q1), note: 'Тон: подяка, «без пафосу», кома, і лапки "так"', tags: ['полон', 'Зеленський'], speaker: 'Володимир Зеленський', date: '2025-11-24', actors: [{ name: 'Володимир Зеленський', kind: 'person' }] }, 1_764_000_000_000);
  const b = await saveClip(db, { page, quote: q2, selector: at(q2), note: '', tags: [], actors: [{ name: 'Сполучені Штати', kind: 'place' }, { name: 'Україна', kind: 'place' }] }, 1_764_000_100_000);
  const evil = '-1+2 [link](javascript:alert(1)) <script>alert(1)</script>\n# heading';
  const c = await saveClip(db, { page: hostilePage, quote: evil, selector: describeSpan(evil, 0, evil.length), note: '=1+1\nsecond line', tags: ['+tag', '@who'], speaker: '=cmd|calc' }, 1_764_000_200_000);
  return [a, b, c];
}
