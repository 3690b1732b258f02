/**
 * How Dossier starts Debian's Chromium with the unpacked extension (never a downloaded browser).
 * The network flags keep Chromium from reaching out: this machine's network is closed, and without
 * them Chromium floods the log with refused connections and Google host look-ups.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './serve';

export const extensionDir = join(repoRoot, '.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumArgs(extension = extensionDir, { headless = true } = {}): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ];
}

export function chromiumInstalled(): boolean {
  return existsSync(chromiumPath);
}
