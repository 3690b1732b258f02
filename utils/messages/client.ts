/**
 * The sending side, for content scripts and extension pages: one call, typed by message type,
 * resolving to the value or throwing the background's error message.
 */
import { browser } from 'wxt/browser';
import { openReply, sealInSteps } from './envelope';
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
  const reply = openReply(await transport(await sealInSteps({ ...payload, type }, yieldToMainThread)));
  if (!isReply(reply)) {
    // `undefined` means no listener answered (background asleep or a non-async listener).
    throw new Error(`No valid reply to ${type} from the background (got ${reply === undefined ? 'nothing' : typeof reply}).`);
  }
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as ResponseOf<T>;
}
