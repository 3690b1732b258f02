// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { describeRange, rangeToSpan } from '../../utils/anchor/describe';
import { extractText } from '../../utils/page/extract';

function page(html: string) {
  document.body.innerHTML = html; // fixture markup written by the test, not page text
  return extractText(document);
}

test('a selection across inline tags becomes the extracted text between its ends', () => {
  const p = page('<article><p>Раніше, <b>22 листопада</b>, Лукашенко   помилував ще 31 громадянина України.</p></article>');
  const b = document.querySelector('b')!;
  const range = document.createRange();
  range.setStart(b.firstChild!, 3); // inside "листопада"
  range.setEnd(document.querySelector('p')!.lastChild!, 23); // after ", Лукашенко   помилував"
  const d = describeRange(p, range)!;
  expect(d.quote).toBe('листопада, Лукашенко помилував');
  expect(d.selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'листопада, Лукашенко помилував', prefix: 'Раніше, 22 ', suffix: ' ще 31 громадянина України.' });
  expect(p.text.slice(d.span.start, d.span.end)).toBe(d.quote);
});

test('a selection spanning two paragraphs keeps the paragraph break, and trims edge whitespace', () => {
  const p = page('<p>Перший абзац закінчується тут. </p>\n<p>  Другий починається так.</p>');
  const range = document.createRange();
  const [p1, p2] = Array.from(document.querySelectorAll('p'));
  range.setStart(p1.firstChild!, 'Перший абзац '.length);
  range.setEnd(p2.firstChild!, '  Другий'.length);
  expect(describeRange(p, range)!.quote).toBe('закінчується тут.\nДругий');
});

test('a selection of only whitespace or of skipped text describes nothing', () => {
  const p = page('<p>Текст</p><script>var x = 1;</script><p>Ще</p>');
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('script')!);
  expect(rangeToSpan(p, range)).toBeNull();
});
