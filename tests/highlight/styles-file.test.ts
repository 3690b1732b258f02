import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { highlightCss } from '../../utils/highlight/styles';

describe('the manifest style sheet', () => {
  test('holds exactly the rules the painter is written for (regenerate it from highlightCss() when they change)', () => {
    const file = readFileSync('utils/highlight/highlights.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').trim();
    expect(file).toBe(highlightCss().trim());
  });
});
