/**
 * The sending side, for content scripts and extension pages: one call, typed by message type,
 * resolving to the value or throwing the background's error message.
 */
import { browser } from 'wxt/browser';
import { openReply, partsOf, sealInSteps } from './envelope';
import { yieldToMainThread } from '../page/reading-order';
import type { Reply, RequestOf, RequestType, ResponseOf } from './protocol';

export type Transport = (message: unknown) => Promise<unknown>;

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

export function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const ok = (value as { ok?: unknown }).ok;
  return ok === true ? 'value' in value : ok === false && typeof (value as { error?: unknown }).error === 'string';
}

export async function sendRequest<T extends RequestType>(
  type: T,
  payload: Omit<RequestOf<T>, 'type'>,
  transport: Transport = runtimeTransport,
): Promise<ResponseOf<T>> {
  // A long sealed message goes in parts, one message each, so no single send blocks the page long.
  const messages = partsOf(await sealInSteps({ ...payload, type }, yieldToMainThread), `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
  let reply: unknown;
  for (const message of messages) {
    reply = openReply(await transport(message));
    if (!(isReply(reply) && reply.ok)) break; // a refused part: its reply says why
  }
  if (!isReply(reply)) {
    // `undefined` means no listener answered (background asleep or a non-async listener).
    throw new Error(`No valid reply to ${type} from the background (got ${reply === undefined ? 'nothing' : typeof reply}).`);
  }
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as ResponseOf<T>;
}
