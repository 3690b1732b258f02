/**
 * Content-derived ids: two devices that read the same page or know the same actor mint the same id,
 * so sync merges them into one record instead of keeping duplicates.
 * The hash is synchronous (no crypto.subtle) because ids are minted inside Dexie transactions, where
 * awaiting a non-Dexie promise would commit the transaction early.
 */

/** cyrb53-style hash run twice with different seeds → ~106 bits, ample for a personal store. */
export function stableHash(input: string): string {
  const h = (seed: number): string => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < input.length; i++) {
      const ch = input.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
  };
  return h(0) + h(0x9e3779b9);
}

/** Same URL regardless of fragment, host case or a trailing slash on the path. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    u.hostname = u.hostname.toLowerCase();
    if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.slice(0, -1);
    return u.toString();
  } catch {
    return url.trim();
  }
}

/** Case, apostrophe variants and spacing don't make a different actor. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('uk')
    .replace(/[’ʼ`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export const sourceIdFor = (url: string): string => 'src_' + stableHash(normaliseUrl(url));
export const actorIdFor = (name: string): string => 'act_' + stableHash(normaliseName(name));
export const mentionIdFor = (sourceId: string, actorId: string, start: number): string =>
  'men_' + stableHash(`${sourceId}|${actorId}|${start}`);
export const claimIdFor = (sourceId: string, fingerprint: string): string =>
  'clm_' + stableHash(`${sourceId}|${fingerprint}`);
export const eventIdFor = (sourceId: string, date: string, text: string): string =>
  'evt_' + stableHash(`${sourceId}|${date}|${normaliseName(text)}`);
export const clipIdFor = (sourceId: string, quote: string, createdAt: number): string =>
  'clp_' + stableHash(`${sourceId}|${quote}|${createdAt}`);
