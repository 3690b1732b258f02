/**
 * The server password, kept out of `storage.sync` and never in plain text. It is encrypted with
 * AES-GCM under a key generated on this device as a non-extractable CryptoKey and stored in sync's
 * IndexedDB (a CryptoKey is structured-cloneable; "non-extractable" means no script, ours included,
 * can read its bytes). So the password doesn't travel with synced settings, doesn't show in a
 * storage dump or a copied `storage.local`, and can be forgotten in one click. It can't stop someone
 * who runs code inside this extension on this profile — nothing short of asking every time can, and
 * automatic sync needs the password without asking.
 */
import { browser } from 'wxt/browser';
import type { SyncMetaDB } from './meta';

const SECRET_KEY = 'dossierSyncSecret';
const KEY_NAME = 'credentialKey';

async function deviceKey(meta: SyncMetaDB): Promise<CryptoKey> {
  const existing = await meta.get<CryptoKey>(KEY_NAME);
  if (existing) return existing;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await meta.set(KEY_NAME, key);
  return key;
}

export async function savePassword(meta: SyncMetaDB, password: string): Promise<void> {
  if (!password) return forgetPassword();
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await deviceKey(meta), new TextEncoder().encode(password));
  await browser.storage.local.set({ [SECRET_KEY]: { iv: Array.from(iv), data: Array.from(new Uint8Array(data)) } });
}

/** The stored password, or '' when none is stored or the device key is gone (then ask again). */
export async function loadPassword(meta: SyncMetaDB): Promise<string> {
  const sealed = (await browser.storage.local.get(SECRET_KEY))[SECRET_KEY] as { iv: number[]; data: number[] } | undefined;
  const key = await meta.get<CryptoKey>(KEY_NAME);
  if (!sealed || !key) return '';
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(sealed.iv) }, key, new Uint8Array(sealed.data));
    return new TextDecoder().decode(plain);
  } catch {
    return '';
  }
}

export async function forgetPassword(): Promise<void> {
  await browser.storage.local.remove(SECRET_KEY);
}

export async function hasPassword(): Promise<boolean> {
  return !!(await browser.storage.local.get(SECRET_KEY))[SECRET_KEY];
}
