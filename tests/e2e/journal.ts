/**
 * Everything the browsers of a test file said, for the failure log (failure-log.ts): every page's
 * console at every level (the content script reports a failed reading with console.debug), page
 * errors, and the extension worker's console. Playwright keeps one Worker object across the worker's
 * stops and restarts and reports neither, so the snapshot at a failure asks the worker itself what
 * it was asked since it last started. A test that fails once in a hundred runs, on a loaded CI
 * machine, is then read, not guessed at.
 */
import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';

/** Lines kept per browser: the end of a run is what explains its failure. */
const KEPT_LINES = 400;

export interface Journal {
  label: string;
  lines: string[];
  /** Notes where each open page's reading got to (its dossier:* marks) and what the worker was asked. */
  snapshot(): Promise<void>;
}

const journals: Journal[] = [];

/** The journals of the browsers launched in this test file, oldest first. */
export function journalsOfThisFile(): readonly Journal[] {
  return journals;
}

const clock = () => (performance.now() / 1000).toFixed(3).padStart(9);

export function keepJournal(context: BrowserContext, label: string): Journal {
  const lines: string[] = [];
  const note = (line: string) => {
    lines.push(`${clock()} ${line}`);
    if (lines.length > KEPT_LINES) lines.splice(0, lines.length - KEPT_LINES);
  };
  const journal: Journal = { label, lines, snapshot: () => snapshot(context, note) };
  journals.push(journal);
  const said = (where: string, m: ConsoleMessage) => note(`${where} ${m.type()}: ${m.text()}`);
  const watchPage = (page: Page) => {
    note(`page opened`);
    page.on('console', (m) => said(`page ${page.url()}`, m));
    page.on('pageerror', (e) => note(`page ${page.url()} threw: ${e.message}`));
    page.on('crash', () => note(`page ${page.url()} crashed`));
    page.on('close', () => note(`page ${page.url()} closed`));
  };
  const watchWorker = (worker: Worker) => {
    note(`worker attached: ${worker.url()}`);
    worker.on('console', (m) => said('worker', m));
    worker.on('close', () => note(`worker detached: ${worker.url()}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  return journal;
}

/** A page or worker that hangs must not hang the failure report too. */
const SNAPSHOT_WAIT_MS = 2000;

function within<T>(work: Promise<T>): Promise<T | string> {
  const late = new Promise<string>((resolve) => setTimeout(() => resolve(`no answer in ${SNAPSHOT_WAIT_MS} ms`), SNAPSHOT_WAIT_MS));
  return Promise.race([work.catch((e: unknown) => `unreadable (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`), late]);
}

async function snapshot(context: BrowserContext, note: (line: string) => void): Promise<void> {
  for (const page of context.pages()) {
    const marks = await within(
      page.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('dossier:'))
          .map((m) => `${m.name.slice('dossier:'.length)}@${Math.round(m.startTime)}`)
          .join(' '),
      ),
    );
    note(`at failure: page ${page.url()} marks (ms from its start): ${marks || 'none'}`);
  }
  for (const worker of context.serviceWorkers()) {
    // What it was asked and has answered since it last started (utils/messages/request-tally.ts).
    const requests = await within(worker.evaluate(() => JSON.stringify((globalThis as { dossierRequests?: () => unknown }).dossierRequests?.() ?? null)));
    note(`at failure: worker ${worker.url()} requests: ${requests}`);
  }
}
