// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractText, findMainElement } from '../../utils/page/extract';

const seedHtml = readFileSync('../shared/fixtures/seed-article.html', 'utf8');

function load(html: string): Document {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return document;
}

describe('extractText', () => {
  test('separates paragraphs with newlines so sentences do not run together', () => {
    load('<body><p>Зеленський подякував.</p><p>Лукашенко   відповів\n  в грудні.</p><div>Reuters<br>пише</div></body>');
    expect(extractText(document).text).toBe('Зеленський подякував.\nЛукашенко відповів в грудні.\nReuters\nпише');
  });

  test('keeps inline elements inside one word and one sentence', () => {
    load('<p>Олександру <b>Лука</b>шенку <a href="#">за увагу</a>.</p>');
    expect(extractText(document).text).toBe('Олександру Лукашенку за увагу.');
  });

  test('skips form fields, contenteditable, code, scripts, hidden and the extension UI', () => {
    load(`<p>Видно.</p><input value="Трамп"><textarea>Трамп</textarea><select><option>Трамп</option></select>
      <div contenteditable="true">Трамп пише</div><div contenteditable="false">Редагувати не можна.</div>
      <code>Trump()</code><pre>Трамп</pre><kbd>Ctrl</kbd><samp>out</samp><script>var a='Трамп'</script>
      <style>p{}</style><noscript>Трамп</noscript><template><p>Трамп</p></template>
      <p hidden>Трамп</p><p aria-hidden="true">Трамп</p><div data-dossier-ui>Трамп</div>
      <svg><text>Трамп</text></svg><p>Кінець.</p>`);
    const { text } = extractText(document);
    expect(text).toBe('Видно.\nРедагувати не можна.\nКінець.');
  });

  test('maps ranges back to the exact text for any span of the seed article', () => {
    load(seedHtml);
    const page = extractText(document);
    expect(page.text).toContain('Завдяки допомозі Сполучених Штатів, Білорусь відпустила');
    expect(page.text).not.toContain('Пошук');
    fc.assert(
      fc.property(fc.nat(page.text.length - 1), fc.integer({ min: 1, max: 80 }), (start, len) => {
        const end = Math.min(page.text.length, start + len);
        const want = page.text.slice(start, end);
        const range = page.rangeFor(start, end);
        if (!want.trim()) return; // pure separators map to no text on purpose
        expect(range).not.toBeNull();
        // Range text has the original whitespace; compare after the same collapsing.
        const got = range!.toString().replace(/[\t\n\f\r ]+/g, ' ');
        expect(got.replace(/ /g, '')).toBe(want.replace(/[ \n]/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  test('ranges for actor names in the seed article read back the names', () => {
    load(seedHtml);
    const page = extractText(document);
    for (const name of ['Сполучених Штатів', 'Володимир Зеленський', 'Лукашенку', 'Reuters', '24 листопада']) {
      const start = page.text.indexOf(name);
      expect(start).toBeGreaterThan(-1);
      expect(page.rangeFor(start, start + name.length)!.toString()).toBe(name);
    }
  });

  test('the main content is the article, not the aside or the header', () => {
    load(seedHtml);
    const page = extractText(document);
    const main = page.text.slice(page.main.start, page.main.end);
    expect(main.startsWith('Білорусь звільнила близько сотні людей')).toBe(true);
    expect(main).toContain('компанією «Славкалій»');
    expect(main).not.toContain('Читайте також');
    expect(page.text).toContain('Читайте також');
  });

  test('prefers the article holding the headline over bigger feeds of teasers', () => {
    load(`<article class="feed"><p>${'Тизер новини. '.repeat(50)}</p></article>
      <article id="story"><h1>Заголовок</h1><p>Текст статті.</p></article>`);
    expect(findMainElement(document)?.id).toBe('story');
  });

  test('honours an optional layout-aware visibility test', () => {
    load('<p>Видно.</p><p class="gone">Сховано стилем.</p>');
    const page = extractText(document, { isHidden: (el) => el.classList.contains('gone') });
    expect(page.text).toBe('Видно.');
  });

  test('works on a detached subtree, as a later re-scan of changed blocks needs', () => {
    load('<div id="feed"><p>Старе.</p></div>');
    const added = document.createElement('section');
    added.innerHTML = '<p>Нове: <i>Лукашенко</i> заявив.</p>';
    document.getElementById('feed')!.append(added);
    const page = extractText(added);
    expect(page.text).toBe('Нове: Лукашенко заявив.');
    expect(page.rangeFor(6, 15)!.toString()).toBe('Лукашенко');
  });
});

test('an optional layout-aware block test separates menu links laid out as blocks', () => {
  document.body.innerHTML = '<nav class="bar"><a>Техно</a> <a>Lifestyle</a> <a>Спорт</a></nav><p>Текст.</p>';
  const page = extractText(document, { isBlock: (el) => el.tagName === 'A' });
  expect(page.text).toBe('Техно\nLifestyle\nСпорт\nТекст.');
});

test('links in a row with only spaces between are a menu, not one name', () => {
  document.body.innerHTML = '<div><a>Техно</a>\n<a>Lifestyle</a> <a>Спорт</a></div><p>Як повідомив <a>Reuters</a>, <a>Трамп</a> і <a>Зеленський</a> зустрілися.</p>';
  expect(extractText(document).text).toBe('Техно\nLifestyle\nСпорт\nЯк повідомив Reuters, Трамп і Зеленський зустрілися.');
});

describe('the main region', () => {
  test('an <article> with no readable text (only hidden parts) leaves the whole page as the main text', () => {
    // Found by the offset-map fuzzer: the empty article sat after the trimmed end of the text.
    const doc = load('<body><span>Мінськ!</span><article><p hidden>прихований</p></article><script>x</script></body>');
    const page = extractText(doc.body);
    expect(page.text).toBe('Мінськ!');
    expect(page.main).toEqual({ start: 0, end: page.text.length });
  });
});
