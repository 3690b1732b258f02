/**
 * What the background has been asked and what it has answered, by request type, with the requests
 * still in flight and how long they have waited. A page that waits for a reply is then told apart
 * from one whose request never arrived: the e2e failure log reads it (tests/e2e/journal.ts), and so
 * can a developer, from the worker's DevTools console (`dossierRequests()`).
 */

export interface TypeTally {
  received: number;
  answered: number;
  failed: number;
}

export interface TallySnapshot {
  /** Milliseconds since this tally (the worker) started. */
  upMs: number;
  portsOpened: number;
  byType: Record<string, TypeTally>;
  inFlight: { type: string; forMs: number }[];
  lastFailure?: string;
}

export interface RequestTally {
  /** A request of `type` is being handled; call the result once it is answered or has failed. */
  begin(type: string): (failure?: string) => void;
  portOpened(): void;
  snapshot(): TallySnapshot;
}

/** Failure texts are kept this short: they may quote a request. */
const FAILURE_CHARS = 300;

export function createRequestTally(now: () => number = () => performance.now()): RequestTally {
  const started = now();
  const byType: Record<string, TypeTally> = {};
  const inFlight = new Map<number, { type: string; since: number }>();
  let nextId = 0;
  let portsOpened = 0;
  let lastFailure: string | undefined;
  return {
    begin(type) {
      const counts = (byType[type] ??= { received: 0, answered: 0, failed: 0 });
      counts.received++;
      const id = nextId++;
      inFlight.set(id, { type, since: now() });
      return (failure) => {
        if (!inFlight.delete(id)) return; // told twice
        if (failure === undefined) counts.answered++;
        else {
          counts.failed++;
          lastFailure = `${type}: ${failure.slice(0, FAILURE_CHARS)}`;
        }
      };
    },
    portOpened() {
      portsOpened++;
    },
    snapshot() {
      const at = now();
      return {
        upMs: Math.round(at - started),
        portsOpened,
        byType: structuredClone(byType),
        inFlight: [...inFlight.values()].map(({ type, since }) => ({ type, forMs: Math.round(at - since) })),
        lastFailure,
      };
    },
  };
}
