import { describe, expect, test, vi } from 'vitest';
import { analyze, compileGazetteer, dateGateStats, findActors, loadGazetteer, prepareDateGates } from '../../utils/analyze';
import type { CompiledGazetteer } from '../../utils/analyze/gazetteer';
import { PRIMER_PUBLISHED, PRIMER_TEXTS } from '../../utils/analyze/primer';
import { createAnalysisService, PREPARE_AFTER_MS } from '../../utils/db/analysis-service';
import { createRouter, type GazetteerProvider } from '../../utils/messages/router';
import { MAX_ANALYSIS_CHARS } from '../../utils/messages/protocol';
import { unpackActors, type PackedActors } from '../../utils/messages/packed-actors';
import { openDossierDB } from '../../utils/db/database';
import { freshName } from './fixture';

const entries = [
  { name: 'Олександр Лукашенко', kind: 'person' as const, lang: 'uk' as const },
  { name: 'Білорусь', kind: 'place' as const, lang: 'uk' as const },
];
const text = 'Як повідомив 20 листопада Олександр Лукашенко, Білорусь звільнила 31 громадянина України.';

function setup(compiled = compileGazetteer(entries)) {
  const source = { get: vi.fn(async () => ({ version: 'v1', data: compiled as unknown })) };
  const load = vi.fn((data: unknown) => loadGazetteer(data as CompiledGazetteer));
  const engine = { load, findActors, analyze: vi.fn(analyze) };
  const service = createAnalysisService(source, engine, { published: PRIMER_PUBLISHED, texts: PRIMER_TEXTS });
  return { service, source, load, engine };
}

describe('analysis service (background)', () => {
  test('finds names with the real engine, and loads the gazetteer once per version', async () => {
    const { service, source, load } = setup();
    const { actors } = await service.names({ text });
    expect(actors.map((a) => [a.name, a.text])).toEqual([
      ['Олександр Лукашенко', 'Олександр Лукашенко'],
      ['Білорусь', 'Білорусь'],
    ]);
    expect(text.slice(actors[1].start, actors[1].end)).toBe('Білорусь');
    await service.names({ text: 'Лукашенка не було.' });
    expect(source.get).toHaveBeenCalledTimes(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a new version (actors changed) is loaded before the next answer', async () => {
    const { service, source } = setup();
    expect((await service.names({ text: 'Зеленський приїхав.' })).actors).toEqual([]);
    const withZelensky = compileGazetteer([...entries, { name: 'Володимир Зеленський', aliases: ['Зеленський'], kind: 'person', lang: 'uk' }]);
    source.get.mockResolvedValue({ version: 'v2', data: withZelensky });
    expect((await service.names({ text: 'Зеленський приїхав.' })).actors.map((a) => a.name)).toEqual(['Володимир Зеленський']);
  });

  test('the whole engine: dates resolved against the publication day, no text echoed back', async () => {
    const { service } = setup();
    const result = await service.full({ text, published: '2025-11-24', lang: 'uk' });
    expect('text' in result).toBe(false);
    expect(result.dates.map((d) => d.value)).toContain('2025-11-20');
    expect(result.actors.map((a) => a.name)).toContain('Олександр Лукашенко');
    expect(result.events.length).toBeGreaterThan(0);
  });
});

describe('priming the engine for a page about to load', () => {
  test('loads the gazetteer and reads the primer of the language once per worker', async () => {
    const { service, engine, load } = setup();
    await service.prime('ru');
    expect(load).toHaveBeenCalledTimes(1);
    expect(engine.analyze).toHaveBeenCalledTimes(1);
    expect(engine.analyze.mock.calls[0][0]).toBe(PRIMER_TEXTS.ru);
    expect(engine.analyze.mock.calls[0][2]).toEqual({ published: PRIMER_PUBLISHED, lang: 'ru' });
    await service.prime('ru');
    expect(engine.analyze).toHaveBeenCalledTimes(1);
    await service.prime('en');
    expect(engine.analyze).toHaveBeenCalledTimes(2);
  });

  test('not for a language a page has already been read in, nor without a language', async () => {
    const { service, engine, load } = setup();
    await service.full({ text, published: '2025-11-24', lang: 'uk' });
    await service.prime('uk');
    await service.prime(undefined);
    expect(engine.analyze).toHaveBeenCalledTimes(1);
    // The gazetteer is loaded all the same: the page's names need it.
    const fresh = setup();
    await fresh.service.prime(undefined);
    expect(fresh.load).toHaveBeenCalledTimes(1);
    expect(fresh.engine.analyze).not.toHaveBeenCalled();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test("what the engine deferred is prepared a while after the primer, in short steps", async () => {
    const { engine } = setup();
    const steps: number[] = [];
    let left = 3;
    const prepare = vi.fn((budgetMs: number) => {
      if (budgetMs > 0) {
        steps.push(budgetMs);
        left--;
      }
      return left > 0;
    });
    const analysis = createAnalysisService({ get: async () => ({ version: 'v1', data: compileGazetteer(entries) as unknown }) }, { ...engine, prepare }, { published: PRIMER_PUBLISHED, texts: PRIMER_TEXTS });
    await analysis.prime('uk');
    // Not yet: the page that asked for the primer sends its text next, and that goes first.
    await new Promise((r) => setTimeout(r, PREPARE_AFTER_MS / 2));
    expect(steps).toEqual([]);
    await vi.waitFor(() => expect(left).toBe(0), { timeout: 5000 });
    expect(steps).toEqual([4, 4, 4]);
    // Once all is prepared, a later reading only asks whether anything is left.
    await analysis.full({ text, published: '2025-11-24', lang: 'uk' });
    await new Promise((r) => setTimeout(r, PREPARE_AFTER_MS + 50));
    expect(steps).toHaveLength(3);
    expect(prepare).toHaveBeenLastCalledWith(0);
  });

  test("with the real engine, the date parsers' gates are all prepared once a page in the language has been read", async () => {
    const analysis = createAnalysisService({ get: async () => ({ version: 'v1', data: compileGazetteer(entries) as unknown }) }, { load: (d: unknown) => loadGazetteer(d as CompiledGazetteer), findActors, analyze, prepare: prepareDateGates });
    await analysis.full({ text, published: '2025-11-24', lang: 'uk' });
    await vi.waitFor(() => expect(dateGateStats().unprepared).toBe(0), { timeout: 5000 });
    expect(dateGateStats().gated).toBeGreaterThan(30);
  });

  test.each(['uk', 'ru', 'en'] as const)('the %s primer takes every stage through: dates of several kinds, quotes, names, events', (lang) => {
    const result = analyze(PRIMER_TEXTS[lang], loadGazetteer(compileGazetteer(entries)), { published: PRIMER_PUBLISHED, lang });
    expect(result.lang).toBe(lang);
    expect(new Set(result.dates.map((d) => d.value)).size).toBeGreaterThanOrEqual(5);
    expect(result.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2025-11-20', '2025-11-21', '2025-12-08', '2025-10']));
    expect(result.claims.length).toBeGreaterThanOrEqual(2);
    expect(result.candidates.length).toBeGreaterThanOrEqual(3);
    expect(result.events.length).toBeGreaterThan(0);
  });
});

describe('analysis messages at the boundary', () => {
  const gazetteer: GazetteerProvider = { get: async () => ({ version: 'v', data: {} }), invalidate: () => undefined, starterNames: async () => new Set() };

  test('routes analyze/names and analyze/full to the service', async () => {
    const handle = createRouter({ db: openDossierDB(freshName()), gazetteer, analysis: setup().service });
    const names = await handle({ type: 'analyze/names', text });
    expect(names.ok).toBe(true);
    const actors = unpackActors((names as { value: { packed: PackedActors } }).value.packed, text, 5);
    expect(actors.map((a) => [a.name, a.text, a.start])).toEqual([['Олександр Лукашенко', 'Олександр Лукашенко', 26 + 5], ['Білорусь', 'Білорусь', text.indexOf('Білорусь') + 5]]);
    expect(await handle({ type: 'analyze/full', text, published: '2025-11-24' })).toMatchObject({ ok: true, value: { lang: 'uk', published: '2025-11-24' } });
  });

  test('guesses a candidate\'s base form for the tooltip (the content script has no morphology)', async () => {
    const handle = createRouter({ db: openDossierDB(freshName()), gazetteer, analysis: setup().service });
    const around = 'Депутат зустрівся з Джоном Коулом у Києві. Джон Коул подякував.';
    expect(await handle({ type: 'analyze/base', name: 'Джоном Коулом', lang: 'uk', around, quoted: false })).toMatchObject({ ok: true, value: { name: 'Джон Коул', kind: 'person' } });
    expect(await handle({ type: 'analyze/base', name: 'Джоном Коулом', lang: 'de', around, quoted: false })).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused: lang must be one of/) });
  });

  test('refuses text over the limit, a bad offset or publication day, with a clear error', async () => {
    const handle = createRouter({ db: openDossierDB(freshName()), gazetteer, analysis: setup().service });
    const huge = 'а'.repeat(MAX_ANALYSIS_CHARS + 1);
    expect(await handle({ type: 'analyze/names', text: huge })).toEqual({ ok: false, error: `Refused: text is ${MAX_ANALYSIS_CHARS + 1} characters; at most ${MAX_ANALYSIS_CHARS} per request (send slices)` });
    expect(await handle({ type: 'analyze/names', text: 42 })).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused: text must be a string/) });
    expect(await handle({ type: 'analyze/full', text, published: '24.11.2025' })).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused: published must start with a day/) });
    expect(await handle({ type: 'analyze/full', text, published: '2025-11-24', lang: 'de' })).toMatchObject({ ok: false, error: expect.stringMatching(/lang must be one of uk, ru, en/) });
  });

  test('without a service (extension pages) the request fails as data, not as an exception', async () => {
    const handle = createRouter({ db: openDossierDB(freshName()), gazetteer });
    expect(await handle({ type: 'analyze/names', text })).toEqual({ ok: false, error: expect.stringMatching(/^analyze\/names failed: .*no analysis service in this context/) });
  });
});
