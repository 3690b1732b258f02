/**
 * Clips as CSV that opens correctly in a spreadsheet: UTF-8 with a BOM (Excel reads BOM-less files
 * as the system code page, turning Cyrillic into mojibake), CRLF rows and RFC 4180 quoting. Cells a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading apostrophe,
 * as OWASP's CSV-injection advice says: page text and notes are not trusted.
 */
import type { ExportClip } from './collect';

export const CSV_BOM = '\ufeff';

export const CSV_COLUMNS = ['created', 'quote', 'note', 'tags', 'speaker', 'date', 'actors', 'title', 'site', 'published', 'url', 'orphaned', 'id'] as const;

/** One cell: formula-defused, then quoted when it holds a quote, comma, semicolon or line break. */
export function csvCell(value: string): string {
  let v = value;
  // Also after leading spaces (Google Sheets and LibreOffice trim them on import) and in the
  // full-width forms (＝ ＋ － ＠) that East Asian Excel input treats as the ASCII ones.
  if (/^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/.test(v)) v = "'" + v;
  return /[",;\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(clips: readonly ExportClip[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const { clip, source, actors } of clips) {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      created: new Date(clip.createdAt).toISOString(),
      quote: clip.quote,
      note: clip.note,
      tags: clip.tags.join('; '),
      speaker: clip.speaker ?? '',
      date: clip.date ?? '',
      actors: actors.map((a) => a.name).join('; '),
      title: source?.title ?? '',
      site: source?.site ?? '',
      published: source?.publishedAt ?? '',
      url: source?.url ?? '',
      orphaned: clip.orphaned ? 'yes' : '',
      id: clip.id,
    };
    rows.push(CSV_COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return CSV_BOM + rows.join('\r\n') + '\r\n';
}

/** RFC 4180 reader (for tests and for reading our own files back): rows of cells, BOM dropped. */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}
