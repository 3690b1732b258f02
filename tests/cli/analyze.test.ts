import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const seedHtml = resolve(root, '../shared/fixtures/seed-article.html');
const run = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: root, input, encoding: 'utf8' });

describe('npm run analyze (the CLI of DESIGN.md)', () => {
  test('an HTML file gives the article text, its own publication date and spans with true offsets', () => {
    const out = JSON.parse(execFileSync('npx', ['tsx', 'scripts/analyze.ts', seedHtml], { cwd: root, encoding: 'utf8' }));
    expect(out.published).toBe('2025-11-24');
    expect(out.lang).toBe('uk');
    for (const span of [...out.actors, ...out.dates, ...out.claims]) {
      expect(out.text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(out.actors.map((a: { name: string }) => a.name)).toContain('Олександр Лукашенко');
    expect(out.dates).toContainEqual(expect.objectContaining({ text: '20 листопада', value: '2025-11-20', precision: 'day' }));
    expect(out.claims.some((c: { speaker: string }) => c.speaker === 'Володимир Зеленський')).toBe(true);
  }, 60_000);

  test('--jsonl answers one line per input line with the same id, and reports a bad line without stopping', () => {
    const gaz = join(mkdtempSync(join(tmpdir(), 'dossier-cli-')), 'g.json');
    writeFileSync(gaz, JSON.stringify([{ name: 'Джон Коул', kind: 'person' }]));
    const input = [
      JSON.stringify({ id: 'a', text: '9 листопада Трамп висунув Джона Коула на посаду спеціального посланця.', published: '2025-11-24' }),
      '{not json',
      JSON.stringify({ id: 7, text: 'Вчера Лукашенко заявил, что переговоры продолжатся.', published: '2025-11-24', lang: 'ru' }),
    ].join('\n');
    const r = run(['--jsonl', '--no-starter', '--gazetteer', gaz], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe('a');
    expect(lines[0].actors.map((a: { name: string }) => a.name)).toEqual(['Джон Коул']);
    expect(lines[0].dates[0]).toMatchObject({ value: '2025-11-09', precision: 'day' });
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2].id).toBe(7);
    expect(lines[2].dates[0]).toMatchObject({ text: 'Вчера', value: '2025-11-23' });
    // --no-starter: Лукашенко is not known without the starter list.
    expect(lines[2].actors).toEqual([]);
  }, 60_000);

  test('a malformed gazetteer is refused with a message that says what is wrong', () => {
    const gaz = join(mkdtempSync(join(tmpdir(), 'dossier-cli-')), 'bad.json');
    writeFileSync(gaz, '[{"aliases": ["x"]}]');
    const r = run(['--gazetteer', gaz, seedHtml]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.json.*name/s);
  }, 60_000);
});
