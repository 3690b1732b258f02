/**
 * Requests over one long-lived port instead of a `runtime.sendMessage` each. Every sendMessage opens
 * and closes a channel through the browser process to the service worker; a page's reading sends
 * dozens of requests, most while the page itself is still loading, when each new channel cost
 * ~10 ms of the round trip (measured in Chromium 156). The port is opened once, while the page is
 * read, and requests and replies are matched by id.
 *
 * If the worker stops (idle, updated, crashed) the port disconnects: requests in flight fail with a
 * "no reply" error the session retries (utils/highlight/remote.ts), and the next request opens a
 * new port, which wakes the worker.
 */
import type { Transport } from './client';

export const PORT_NAME = 'dossier/requests';

/** What goes over the port: a request with its id, or the reply to it. */
export interface PortRequest {
  id: number;
  message: unknown;
}
export interface PortReply {
  id: number;
  reply: unknown;
}

/** The part of a runtime.Port this needs (webextension-polyfill's and Chrome's both fit). */
export interface PortLike {
  /** Where the other end is (a content script's frame); set by the browser on the background's side. */
  sender?: { url?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export function isPortRequest(value: unknown): value is PortRequest {
  return typeof value === 'object' && value !== null && Number.isSafeInteger((value as PortRequest).id) && 'message' in value;
}

function isPortReply(value: unknown): value is PortReply {
  return typeof value === 'object' && value !== null && Number.isSafeInteger((value as PortReply).id) && 'reply' in value;
}

export interface PortTransport {
  send: Transport;
  /** Opens the port now (so the first request does not wait for it). */
  open(): void;
  close(): void;
}

/**
 * `lastError` reads the browser's `runtime.lastError` (set while a port's onDisconnect runs: why it
 * closed). Chrome logs an error to the page's console for every disconnect whose reason nobody read,
 * and a page whose worker cannot start would get one per try.
 */
export function createPortTransport(connect: (name: string) => PortLike, lastError: () => unknown = () => undefined): PortTransport {
  let port: PortLike | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(reply: unknown): void; reject(error: Error): void }>();

  const open = (): PortLike => {
    if (port) return port;
    const opened = connect(PORT_NAME);
    port = opened;
    opened.onMessage.addListener((message) => {
      if (!isPortReply(message)) return;
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      waiting?.resolve(message.reply);
    });
    opened.onDisconnect.addListener(() => {
      const reason = messageOf(lastError());
      if (port === opened) port = null;
      const lost = [...pending.values()];
      pending.clear();
      // The same words as a sendMessage nobody answered: the session retries these.
      const why = reason ? `it could not be reached (${reason})` : 'it stopped before answering';
      for (const waiting of lost) waiting.reject(new Error(`No reply from the background: ${why}.`));
    });
    return opened;
  };

  return {
    send: (message) =>
      new Promise<unknown>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        try {
          open().postMessage({ id, message } satisfies PortRequest);
        } catch (e) {
          // A port that has just disconnected throws on post; the extension's reload invalidates the context.
          pending.delete(id);
          port = null;
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }),
    open: () => void open(),
    close() {
      // Our own disconnect fires no onDisconnect here: what is still waiting is told now.
      port?.disconnect();
      port = null;
      const dropped = [...pending.values()];
      pending.clear();
      for (const waiting of dropped) waiting.reject(new Error('Dossier stopped on this page (its context invalidated or the site not allowed).'));
    },
  };
}

function messageOf(error: unknown): string | undefined {
  if (!error) return undefined;
  const message = typeof error === 'object' && 'message' in error ? (error as { message?: unknown }).message : error;
  return typeof message === 'string' && message ? message : String(message);
}

/** The reply to a page the reader's site setting excludes ("Refused": the page does not retry it). */
export const SITE_REFUSED = { ok: false, error: 'Refused: Dossier is limited to other sites (options page).' } as const;

/**
 * The background's side: answers each request on the port it came on, if `allowed` (the reader's
 * site setting, for the page at the other end) says so. A reply to a port that has gone (the tab
 * closed) is dropped.
 */
export function servePort(port: PortLike, answer: (message: unknown) => Promise<unknown>, allowed: () => Promise<boolean> = async () => true): void {
  port.onMessage.addListener((message) => {
    if (!isPortRequest(message)) return;
    // Checked per request: the reader may change the setting while the page is open.
    void allowed().then((ok) => (ok ? answer(message.message) : SITE_REFUSED), (e: unknown) => ({ ok: false, error: `Refused: site setting not readable (${String(e)})` })).then((reply) => {
      try {
        port.postMessage({ id: message.id, reply } satisfies PortReply);
      } catch {
        // The page is gone: nobody is waiting.
      }
    });
  });
}
