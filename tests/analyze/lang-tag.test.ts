import { describe, expect, it } from 'vitest';
import { engineLang, primaryLanguage } from '../../utils/analyze/lang-tag';

describe('language tags', () => {
  it('takes the primary subtag, lower case, whatever the separator or spacing', () => {
    expect(primaryLanguage('uk-UA')).toBe('uk');
    expect(primaryLanguage(' RU_ru ')).toBe('ru');
    expect(primaryLanguage('en')).toBe('en');
    expect(primaryLanguage('')).toBe('');
    expect(primaryLanguage(null)).toBe('');
    expect(primaryLanguage(undefined)).toBe('');
  });

  it('knows only the engine’s three languages', () => {
    expect(engineLang('uk')).toBe('uk');
    expect(engineLang('ru')).toBe('ru');
    expect(engineLang('en')).toBe('en');
    expect(engineLang('de')).toBeUndefined();
    expect(engineLang('UK')).toBeUndefined(); // callers pass primaryLanguage's lower case
    expect(engineLang('')).toBeUndefined();
  });
});
