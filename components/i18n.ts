/**
 * UI strings through `browser.i18n` (keys in public/_locales/{en,uk}/messages.json). Outside an extension
 * (component tests) the key itself comes back, which keeps assertions readable.
 */
import { browser } from 'wxt/browser';

/** Checked against the generated key list (`wxt prepare`), so a typo is a type error. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    const message = browser.i18n.getMessage(key, substitutions.map(String));
    if (message) return message;
  } catch {
    // No i18n API in this context.
  }
  return substitutions.length ? `${key}(${substitutions.join(', ')})` : key;
}

export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || 'en';
  } catch {
    return typeof navigator !== 'undefined' ? navigator.language : 'en';
  }
}
