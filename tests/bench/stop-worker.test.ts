import { EventEmitter } from 'node:events';
import { expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { stopExtensionWorker } from '../../scripts/lib/worker';

/** A browser context whose DevTools session reports the background worker through `states` (status, runningStatus). */
function fakeContext(states: [string, string][], onStop: (session: EventEmitter) => void) {
  const sent: string[] = [];
  const session = Object.assign(new EventEmitter(), {
    async send(method: string) {
      sent.push(method);
      if (method === 'ServiceWorker.enable') for (const s of states.splice(0)) report(s);
      if (method === 'ServiceWorker.stopAllWorkers') onStop(session);
      return {};
    },
  });
  const report = ([status, runningStatus]: [string, string]) =>
    session.emit('ServiceWorker.workerVersionUpdated', { versions: [{ scriptURL: 'chrome-extension://id/background.js', status, runningStatus }] });
  const context = {
    newPage: async () => ({ goto: async () => null, close: async () => undefined }),
    newCDPSession: async () => session,
  } as unknown as BrowserContext;
  return { context, sent, report };
}

test('a worker still installing is not stopped until it is activated (a stop then would make it redundant)', async () => {
  const { context, sent, report } = fakeContext([['installing', 'running']], (session) =>
    queueMicrotask(() => session.emit('ServiceWorker.workerVersionUpdated', { versions: [{ scriptURL: 'chrome-extension://id/background.js', status: 'activated', runningStatus: 'stopped' }] })),
  );
  const stopping = stopExtensionWorker(context, 'id');
  await new Promise((r) => setTimeout(r, 20));
  expect(sent).toEqual(['ServiceWorker.enable']);
  report(['installed', 'running']);
  report(['activated', 'running']);
  await stopping;
  expect(sent).toEqual(['ServiceWorker.enable', 'ServiceWorker.stopAllWorkers']);
});

test('an activated worker already stopped is left as it is', async () => {
  const { context, sent } = fakeContext([['activated', 'stopped']], () => undefined);
  await stopExtensionWorker(context, 'id');
  expect(sent).toEqual(['ServiceWorker.enable']);
});
