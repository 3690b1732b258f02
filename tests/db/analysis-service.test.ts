import { describe, expect, test, vi } from 'vitest';
import { analyze, compileGazetteer, findActors, loadGazetteer } from '../../utils/analyze';
import type { CompiledGazetteer } from '../../utils/analyze/gazetteer';
import { createAnalysisService } from '../../utils/db/analysis-service';
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
  const service = createAnalysisService(source, { load, findActors, analyze });
  return { service, source, load };
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
