import { afterEach, expect, test } from 'vitest';
import { openDossierDB, type DossierDB } from '../../utils/db/database';
import { createRequestTally } from '../../utils/messages/request-tally';
import { createRouter } from '../../utils/messages/router';
import { sealInSteps } from '../../utils/messages/envelope';
import { freshName } from '../db/fixture';

test('counts what each type was asked, answered and failed, and what still waits and for how long', () => {
  let clock = 1000;
  const tally = createRequestTally(() => clock);
  const first = tally.begin('analyze/full');
  const second = tally.begin('analyze/full');
  const related = tally.begin('related/actor');
  tally.portOpened();
  clock += 40;
  first();
  related('the store is closed');
  related(); // told twice: counted once
  clock += 60;
  expect(tally.snapshot()).toEqual({
    upMs: 100,
    portsOpened: 1,
    byType: { 'analyze/full': { received: 2, answered: 1, failed: 0 }, 'related/actor': { received: 1, answered: 0, failed: 1 } },
    inFlight: [{ type: 'analyze/full', forMs: 100 }],
    lastFailure: 'related/actor: the store is closed',
  });
  second();
  expect(tally.snapshot().inFlight).toEqual([]);
});

let db: DossierDB | undefined;
afterEach(async () => db?.delete());

test('the router tallies requests by their type, sealed ones too, and a handler that fails', async () => {
  db = openDossierDB(freshName());
  const tally = createRequestTally();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const handle = createRouter({
    db,
    gazetteer: { get: async () => ({ version: 'v', data: {} }), invalidate: () => undefined, starterNames: async () => new Set<string>() },
    analysis: {
      names: async () => (await held, { actors: [] }),
      full: async () => {
        throw new Error('engine broke');
      },
    },
    tally,
  });
  const waiting = handle({ type: 'analyze/names', text: 'Київ' });
  const sealed = await sealInSteps({ type: 'analyze/full', text: 'Київ', published: '2025-11-24', lang: 'uk' } as { type: string }, async () => undefined);
  expect(sealed).not.toHaveProperty('text');
  await handle(sealed);
  await new Promise((r) => setTimeout(r, 0));
  let snapshot = tally.snapshot();
  expect(snapshot.inFlight.map((r) => r.type)).toEqual(['analyze/names']);
  expect(snapshot.byType['analyze/full']).toEqual({ received: 1, answered: 0, failed: 1 });
  expect(snapshot.lastFailure).toMatch(/^analyze\/full: .*engine broke/);
  release();
  await waiting;
  snapshot = tally.snapshot();
  expect(snapshot.inFlight).toEqual([]);
  expect(snapshot.byType['analyze/names']).toEqual({ received: 1, answered: 1, failed: 0 });
  // A malformed request is refused before any handler: nothing to tally.
  await handle({ type: 'analyze/names' });
  expect(tally.snapshot().byType['analyze/names'].received).toBe(1);
});
