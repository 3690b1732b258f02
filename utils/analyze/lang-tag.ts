/**
 * Language tags as pages write them ("uk-UA", "en_GB", " RU ") and the engine's languages. Shared by
 * the page's metadata, the reading session and the wake script at document_start, which runs
 * before every page's parse: this file imports nothing (not the language guesser in lang.ts, with
 * its patterns), so that script stays about a kilobyte.
 */
import type { Lang } from './types';

/** The primary subtag, lower case: "uk-UA" is "uk"; "" for none. */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The engine's language for a primary subtag, if it has one. */
export function engineLang(code: string): Lang | undefined {
  return code === 'uk' || code === 'ru' || code === 'en' ? code : undefined;
}
