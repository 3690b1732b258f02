/**
 * "Run only on these sites": an opt-in list in `storage.sync` (it follows the reader's profile, and
 * a list of news sites is no secret). The content script still has `<all_urls>` so the list can be
 * changed without new permissions, but on any page not on the list nothing is drawn or stored. To save
 * a round trip, a page's text may go to the background while the setting loads: the background holds
 * its own copy of the setting (`watchSiteAccess`) and refuses to analyse text from pages it excludes.
 */
export const SITE_ACCESS_KEY = 'siteAccess';

export interface SiteAccess {
  /** 'all': every web page (the default); 'only': pages whose host is on `sites` or below one. */
  mode: 'all' | 'only';
  /** Host names, lower case, without scheme or port: "example.com" covers "news.example.com". */
  sites: string[];
}

export const DEFAULT_SITE_ACCESS: SiteAccess = { mode: 'all', sites: [] };

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** One entry as typed ("https://www.Example.com/news", "*.example.com", "example.com") to a host. */
export function siteOf(entry: string): string | null {
  let s = entry.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^\*\./, '');
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `http://${s}`).hostname.replace(/\.$/, '');
    return HOST.test(host) || IPV4.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** Parses the options page's text box: one site per line (or comma-separated), unique, in order. */
export function parseSites(input: string): { sites: string[]; invalid: string[] } {
  const sites: string[] = [];
  const invalid: string[] = [];
  for (const entry of input.split(/[\n,]+/).map((e) => e.trim()).filter(Boolean)) {
    const site = siteOf(entry);
    if (!site) invalid.push(entry);
    else if (!sites.includes(site)) sites.push(site);
  }
  return { sites, invalid };
}

/** Whatever is in storage (older builds, sync from another device, hand edits) as a valid setting. */
export function normaliseSiteAccess(value: unknown): SiteAccess {
  if (typeof value !== 'object' || value === null) return DEFAULT_SITE_ACCESS;
  const v = value as { mode?: unknown; sites?: unknown };
  const sites = Array.isArray(v.sites) ? parseSites(v.sites.filter((s): s is string => typeof s === 'string').join('\n')).sites : [];
  return { mode: v.mode === 'only' ? 'only' : 'all', sites };
}

/** Whether the content script may read the page at `href`. An 'only' list that is empty allows nothing. */
export function siteAllowed(href: string, access: SiteAccess): boolean {
  if (access.mode !== 'only') return true;
  let host: string;
  try {
    host = new URL(href).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return access.sites.some((site) => host === site || host.endsWith(`.${site}`));
}

export interface SyncArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSiteAccess(area: Pick<SyncArea, 'get'>): Promise<SiteAccess> {
  try {
    return normaliseSiteAccess((await area.get(SITE_ACCESS_KEY))[SITE_ACCESS_KEY]);
  } catch {
    return DEFAULT_SITE_ACCESS; // storage unavailable: behave as installed
  }
}

export async function saveSiteAccess(area: SyncArea, access: SiteAccess): Promise<SiteAccess> {
  const clean = normaliseSiteAccess(access);
  await area.set({ [SITE_ACCESS_KEY]: clean });
  return clean;
}

/** storage.onChanged as the background's copy needs it (webextension-polyfill's and Chrome's fit). */
export interface StorageChanges {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

/**
 * The background's copy of the setting, read once and then followed through storage changes, so a
 * request is checked without a storage read of its own. `href` is the requesting frame's address
 * (a port's sender); a request that names none is allowed only while Dossier runs everywhere. A
 * refusal reads storage again first: the reader may have just added the site, and the change event
 * may not have reached this copy yet.
 */
export function watchSiteAccess(area: Pick<SyncArea, 'get'>, changes: StorageChanges): (href: string | undefined) => Promise<boolean> {
  let current = loadSiteAccess(area);
  changes.addListener((changed, areaName) => {
    if (areaName === 'sync' && SITE_ACCESS_KEY in changed) current = Promise.resolve(normaliseSiteAccess(changed[SITE_ACCESS_KEY].newValue));
  });
  return async (href) => {
    const allows = (access: SiteAccess) => (href === undefined ? access.mode !== 'only' : siteAllowed(href, access));
    if (allows(await current)) return true;
    current = loadSiteAccess(area);
    return allows(await current);
  };
}
