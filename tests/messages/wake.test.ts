import { describe, expect, test, vi } from 'vitest';
import { isWakePort, pageLang, serveWake, wakePortName } from '../../utils/messages/wake';
import { PORT_NAME } from '../../utils/messages/port-transport';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the page waking the background at document_start', () => {
  test("<html lang> becomes the engine's language; others and none are no language", () => {
    expect(pageLang('uk')).toBe('uk');
    expect(pageLang(' uk-UA ')).toBe('uk');
    expect(pageLang('ru_RU')).toBe('ru');
    expect(pageLang('EN-gb')).toBe('en');
    expect(pageLang('de')).toBeUndefined();
    expect(pageLang('')).toBeUndefined();
    expect(pageLang(null)).toBeUndefined();
  });

  test('the port name carries the language, and is told apart from the request port', () => {
    expect(isWakePort(wakePortName('ru'))).toBe(true);
    expect(isWakePort(wakePortName(undefined))).toBe(true);
    expect(isWakePort(PORT_NAME)).toBe(false);
    expect(isWakePort('dossier/wakeful')).toBe(false);
  });

  test('the background closes the port at once and primes the engine for the language', async () => {
    const port = { name: wakePortName('uk'), disconnect: vi.fn(), sender: { url: 'https://example.com/a' } };
    const prime = vi.fn();
    serveWake(port, prime);
    expect(port.disconnect).toHaveBeenCalledTimes(1);
    await flush();
    expect(prime).toHaveBeenCalledWith('uk');
    const none = vi.fn();
    serveWake({ ...port, name: wakePortName(undefined) }, none);
    await flush();
    expect(none).toHaveBeenCalledWith(undefined);
  });

  test("not for a page the reader's site setting excludes, nor when the setting cannot be read", async () => {
    const prime = vi.fn();
    const port = () => ({ name: wakePortName('en'), disconnect: vi.fn() });
    const excluded = port();
    serveWake(excluded, prime, async () => false);
    const unreadable = port();
    serveWake(unreadable, prime, () => Promise.reject(new Error('storage gone')));
    await flush();
    expect(prime).not.toHaveBeenCalled();
    expect(excluded.disconnect).toHaveBeenCalledTimes(1);
    expect(unreadable.disconnect).toHaveBeenCalledTimes(1);
  });
});
