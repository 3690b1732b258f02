/**
 * A page's first word to the background, said at document_start: "a page in this language is
 * loading". Chrome stops the extension's worker 30 s after its last event, so most pages a reader
 * opens find it stopped, and the reading content script (document_idle) used to start it only once
 * the page had loaded: starting the worker, running its script, loading the gazetteer and V8
 * compiling the engine on first use then all came after the page's text was ready. Said at
 * document_start, they overlap the page's own loading.
 *
 * The word is a port opened with a name that carries the language of <html lang> (set by then: the
 * document element exists when document_start scripts run), closed by the background at once.
 */
import { engineLang, primaryLanguage } from '../analyze/lang-tag';
import type { Lang } from '../analyze/types';
import type { PortLike } from './port-transport';

const WAKE_PREFIX = 'dossier/wake';

/** `<html lang>` as the engine's language, if it is one of them ("uk-UA" is uk). */
export function pageLang(htmlLang: string | null | undefined): Lang | undefined {
  return engineLang(primaryLanguage(htmlLang));
}

export function wakePortName(lang: Lang | undefined): string {
  return lang ? `${WAKE_PREFIX}/${lang}` : WAKE_PREFIX;
}

export function isWakePort(name: string): boolean {
  return name === WAKE_PREFIX || name.startsWith(`${WAKE_PREFIX}/`);
}

/**
 * The background's side: closes the port and, if the reader's site setting lets Dossier read the
 * page (`allowed`, as for its requests: port-transport.ts), readies the engine for its language.
 */
export function serveWake(
  port: Pick<PortLike, 'disconnect' | 'sender'> & { name: string },
  prime: (lang: Lang | undefined) => void,
  allowed: () => Promise<boolean> = async () => true,
): void {
  port.disconnect();
  const lang = pageLang(port.name.slice(WAKE_PREFIX.length + 1));
  void allowed().then(
    (ok) => ok && prime(lang),
    () => undefined, // the setting unreadable: the page's own requests will say so
  );
}
