import { describe, expect, it } from 'vitest';
import { findClaims } from '../../utils/analyze/claims';

const claims = (t: string) => findClaims(t, [], 'en').map((c) => [c.mode, c.text, c.speaker]);

describe('English listeners before "that"', () => {
  it('skips a listener of several words with a possessive ("told the Washington Post’s editorial board that")', () => {
    expect(claims('Clinton told the Washington Post’s editorial board that she would raise taxes on the rich.')).toEqual([
      ['reported', 'she would raise taxes on the rich', 'Clinton'],
    ]);
    expect(claims('Pence told NBC’s Chuck Todd that the campaign had never contacted Russia.')).toEqual([
      ['reported', 'the campaign had never contacted Russia', 'Pence'],
    ]);
    expect(claims('She warned investors in a letter that the fund would close.')).toEqual([['reported', 'the fund would close', 'She']]);
  });
});
