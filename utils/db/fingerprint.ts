/**
 * Claim fingerprints: the same statement quoted by two outlets differs in quote marks, case, dashes
 * and spacing; the fingerprint drops those so the claims link.
 */
export function claimFingerprint(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('uk')
    .replace(/[’ʼ`´']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Word sets for near-duplicate claims (reworded slightly, or cut shorter by one outlet). */
export function claimWords(text: string): Set<string> {
  return new Set(claimFingerprint(text).split(' ').filter((w) => w.length > 2));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
