/**
 * The built manifests: a strict CSP for extension pages, and no permission beyond the allow-list
 * below (each one is explained in docs/permissions.md). Reads what `wxt build` wrote, so a config
 * change that widens access fails here before it ships.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Why each is needed: docs/permissions.md. */
const ALLOWED_PERMISSIONS = ['storage', 'unlimitedStorage', 'contextMenus', 'alarms'];
/** Sync asks for the user's server at run time; nothing else is optional. */
const ALLOWED_OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];
/** Permissions we must never hold: each reads or changes far more than a reader's articles. */
const FORBIDDEN = ['tabs', 'history', 'cookies', 'webRequest', 'webRequestBlocking', 'debugger', 'management', 'nativeMessaging', 'downloads', 'clipboardRead', 'geolocation', 'bookmarks', 'scripting', '<all_urls>'];

const targets = ['chrome-mv3', 'firefox-mv3'].filter((t) => existsSync(join(root, '.output', t, 'manifest.json')));

function manifest(target: string) {
  return JSON.parse(readFileSync(join(root, '.output', target, 'manifest.json'), 'utf8'));
}

describe.skipIf(!targets.length)('built manifest', () => {
  test.each(targets)('%s: strict CSP for extension pages', (target) => {
    const m = manifest(target);
    const csp: string = m.content_security_policy?.extension_pages ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });

  test.each(targets)('%s: permissions within the allow-list', (target) => {
    const m = manifest(target);
    const permissions: string[] = m.permissions ?? [];
    expect(permissions.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
    for (const p of FORBIDDEN) expect(permissions).not.toContain(p);
    expect(m.host_permissions ?? []).toEqual([]);
    expect((m.optional_host_permissions ?? []).filter((p: string) => !ALLOWED_OPTIONAL_HOSTS.includes(p))).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    // No page may message the extension directly, nor load its files.
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  test.each(targets)('%s: the content script runs on web pages, never in about:blank frames', (target) => {
    const scripts: { matches: string[]; all_frames?: boolean; match_about_blank?: boolean }[] = manifest(target).content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(s.match_about_blank ?? false).toBe(false);
      for (const m of s.matches) expect(m).toMatch(/^(<all_urls>|https?:\/\/|\*:\/\/)/);
    }
  });
});
