/**
 * For readers without a server: the whole store in one passphrase-encrypted file, imported with the
 * same merge rule as sync (so importing on a device that has moved on loses nothing there).
 * PBKDF2-SHA-256 (600 000 iterations, OWASP 2023) derives an AES-256-GCM key; GCM's tag makes a wrong
 * passphrase or a damaged file fail loudly instead of yielding garbage. WebCrypto only, so the same
 * code runs in the extension and in Node 20.
 */
import type { DossierDB, TableName } from '../db/database';
import { TABLE_NAMES } from '../db/database';
import { applyIncoming, type Incoming } from './apply';
import type { SyncRecord } from './merge';
import { syncMetaFor } from './meta';

export const FILE_FORMAT = 'dossier-encrypted-export';
const DEFAULT_ITERATIONS = 600_000;

export type FileErrorCode = 'wrongPassphrase' | 'notDossierFile' | 'unsupportedVersion' | 'emptyPassphrase';
export class FileError extends Error {
  constructor(readonly code: FileErrorCode) {
    super(code);
    this.name = 'FileError';
  }
  /** i18n key for the options page. */
  get key(): string {
    return `syncFile_${this.code}`;
  }
}

interface Envelope {
  format: typeof FILE_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /** gzip(JSON) encrypted, base64. */
  data: string;
}

function toB64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
function fromB64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

async function pipeBytes(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The whole store, tombstones included (they must reach the other device too), as encrypted file text. */
export async function exportStore(db: DossierDB, passphrase: string, opts: { iterations?: number } = {}): Promise<string> {
  if (!passphrase) throw new FileError('emptyPassphrase');
  const tables: Partial<Record<TableName, SyncRecord[]>> = {};
  for (const t of TABLE_NAMES) tables[t] = (await db.table(t).toArray()) as SyncRecord[];
  const plain = new TextEncoder().encode(JSON.stringify({ exportedAt: new Date().toISOString(), tables }));
  const packed = await pipeBytes(plain, new CompressionStream('gzip'));
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const iterations = opts.iterations ?? DEFAULT_ITERATIONS;
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, packed));
  const env: Envelope = {
    format: FILE_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toB64(salt) },
    cipher: { name: 'AES-GCM', iv: toB64(iv) },
    data: toB64(sealed),
  };
  return JSON.stringify(env);
}

function parseEnvelope(text: string): Envelope {
  let env: Envelope;
  try {
    env = JSON.parse(text) as Envelope;
  } catch {
    throw new FileError('notDossierFile');
  }
  if (!env || env.format !== FILE_FORMAT) throw new FileError('notDossierFile');
  if (env.version !== 1 || env.kdf?.name !== 'PBKDF2' || env.cipher?.name !== 'AES-GCM') throw new FileError('unsupportedVersion');
  return env;
}

/** Decrypt and merge a file into the store; returns how many local records changed. */
export async function importStore(db: DossierDB, text: string, passphrase: string): Promise<{ records: number; changed: number }> {
  const env = parseEnvelope(text);
  const key = await deriveKey(passphrase, fromB64(env.kdf.salt), env.kdf.iterations);
  let packed: Uint8Array<ArrayBuffer>;
  try {
    packed = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(env.cipher.iv) }, key, fromB64(env.data)));
  } catch {
    // GCM can't tell a wrong passphrase from a tampered file; the passphrase is by far the likelier.
    throw new FileError('wrongPassphrase');
  }
  const body = JSON.parse(new TextDecoder().decode(await pipeBytes(packed, new DecompressionStream('gzip')))) as {
    tables?: Partial<Record<TableName, SyncRecord[]>>;
  };
  const incoming: Incoming[] = [];
  for (const t of TABLE_NAMES) {
    for (const record of body.tables?.[t] ?? []) {
      if (record && typeof record.id === 'string' && typeof record.updatedAt === 'number') incoming.push({ table: t, record });
    }
  }
  let changed = 0;
  for (let i = 0; i < incoming.length; i += 1000) changed += await applyIncoming(db, syncMetaFor(db.name), incoming.slice(i, i + 1000));
  return { records: incoming.length, changed };
}
