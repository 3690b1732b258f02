import { describe, expect, test } from 'vitest';
import { loadSiteAccess, normaliseSiteAccess, parseSites, saveSiteAccess, siteAllowed, siteOf, watchSiteAccess, type StorageChanges, type SyncArea } from '../../utils/page/site-access';

describe('run only on chosen sites', () => {
  test.each([
    ['pravda.com.ua', 'pravda.com.ua'],
    ['https://www.Pravda.com.ua/news/2025/11/24/', 'www.pravda.com.ua'],
    ['*.bbc.co.uk', 'bbc.co.uk'],
    ['  127.0.0.1:8080 ', '127.0.0.1'],
    ['example.com.', 'example.com'],
    ['javascript:alert(1)', null],
    ['not a site', null],
    ['<img src=x>', null],
    ['', null],
  ])('siteOf(%j) = %j', (entry, host) => {
    expect(siteOf(entry)).toBe(host);
  });

  test('parses the text box: lines or commas, duplicates once, bad entries reported', () => {
    expect(parseSites('pravda.com.ua\nhttps://pravda.com.ua/x, bbc.com\n\nnope nope\n')).toEqual({ sites: ['pravda.com.ua', 'bbc.com'], invalid: ['nope nope'] });
  });

  test('a site covers its subdomains, never look-alikes', () => {
    const only = { mode: 'only' as const, sites: ['pravda.com.ua'] };
    expect(siteAllowed('https://pravda.com.ua/a', only)).toBe(true);
    expect(siteAllowed('https://www.pravda.com.ua/a', only)).toBe(true);
    expect(siteAllowed('https://evilpravda.com.ua/a', only)).toBe(false);
    expect(siteAllowed('https://pravda.com.ua.evil.net/a', only)).toBe(false);
    expect(siteAllowed('http://127.0.0.1:5555/x', { mode: 'only', sites: ['127.0.0.1'] })).toBe(true);
    expect(siteAllowed('https://anything.example/', { mode: 'all', sites: [] })).toBe(true);
    expect(siteAllowed('https://anything.example/', { mode: 'only', sites: [] })).toBe(false);
    expect(siteAllowed('not a url', only)).toBe(false);
  });

  test('whatever storage holds becomes a valid setting', () => {
    expect(normaliseSiteAccess(undefined)).toEqual({ mode: 'all', sites: [] });
    expect(normaliseSiteAccess('only')).toEqual({ mode: 'all', sites: [] });
    expect(normaliseSiteAccess({ mode: 'only', sites: ['BBC.com', 7, null, 'x y'] })).toEqual({ mode: 'only', sites: ['bbc.com'] });
  });

  test('load/save through a storage area; a failing storage means the default', async () => {
    const data: Record<string, unknown> = {};
    const area: SyncArea = { get: async (k) => ({ [k]: data[k] }), set: async (items) => void Object.assign(data, items) };
    expect(await loadSiteAccess(area)).toEqual({ mode: 'all', sites: [] });
    await saveSiteAccess(area, { mode: 'only', sites: ['https://www.bbc.com/news'] });
    expect(await loadSiteAccess(area)).toEqual({ mode: 'only', sites: ['www.bbc.com'] });
    const broken: SyncArea = { get: () => Promise.reject(new Error('no storage')), set: async () => {} };
    expect(await loadSiteAccess(broken)).toEqual({ mode: 'all', sites: [] });
  });

  test("the background's copy follows the setting as it changes, and reads storage only to confirm a refusal", async () => {
    let reads = 0;
    const data: Record<string, unknown> = { siteAccess: { mode: 'only', sites: ['pravda.com.ua'] } };
    const area = { get: async (k: string) => (reads++, { [k]: data[k] }) };
    let notify: Parameters<StorageChanges['addListener']>[0] = () => undefined;
    const allows = watchSiteAccess(area, { addListener: (l) => void (notify = l) });
    const set = (value: unknown) => {
      data.siteAccess = value;
      notify({ siteAccess: { newValue: value } }, 'sync');
    };
    expect(await allows('https://www.pravda.com.ua/news/1')).toBe(true);
    expect(await allows('https://www.pravda.com.ua/news/2')).toBe(true);
    expect(reads).toBe(1); // allowed pages cost no storage read
    expect(await allows('https://example.com/')).toBe(false);
    expect(await allows(undefined)).toBe(false); // no sender address while the list is on: refused
    notify({ siteAccess: { newValue: { mode: 'only', sites: ['example.com'] } } }, 'local'); // another area: ignored
    expect(await allows('https://www.pravda.com.ua/news/1')).toBe(true);
    set({ mode: 'only', sites: ['example.com'] });
    expect(await allows('https://example.com/')).toBe(true);
    expect(await allows('https://www.pravda.com.ua/news/1')).toBe(false);
    // The reader adds a site and opens it before the change event reaches the background.
    data.siteAccess = { mode: 'only', sites: ['example.com', 'bbc.com'] };
    expect(await allows('https://www.bbc.com/news')).toBe(true);
    set({ mode: 'all', sites: [] }); // everywhere again
    expect(await allows(undefined)).toBe(true);
  });
});
