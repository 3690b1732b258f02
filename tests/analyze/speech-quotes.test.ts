/**
 * Quotation marks as Ukrainian news writes them with straight quotes only: a name quoted inside a
 * quotation, and one mark closing both. Sentences from the SlavicNER uk dev documents.
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../utils/analyze/claims';
import { findQuotes } from '../../utils/analyze/speech';

const quotes = (text: string) => findQuotes(text).map((q) => text.slice(q.open, q.close + 1));

describe('findQuotes with straight quotes', () => {
  it('keeps a name quoted inside a quotation ("…проекту "Північний потік-2". …") in the quotation', () => {
    const text = 'Заявив представник держдепартаменту США. "США виступають проти проекту "Північний потік-2". Ми не коментуємо можливі майбутні санкції", - йдеться в заяві.';
    expect(quotes(text)).toEqual(['"США виступають проти проекту "Північний потік-2". Ми не коментуємо можливі майбутні санкції"']);
    expect(findClaims(text, [], 'uk').find((c) => c.mode === 'direct')?.text).toBe(
      'США виступають проти проекту "Північний потік-2". Ми не коментуємо можливі майбутні санкції');
  });

  it('lets one mark close the name and the quotation when the attribution dash follows', () => {
    const text = '"Коли ми отримали цю інформацію, ми зверталися також у посольства, і нам було наголошено про довготривале співробітництво між компаніями "Sinovac" та "Лекхім", - повідомив міністр у коментарі DW.';
    expect(quotes(text)).toEqual([text.slice(0, text.indexOf('", -') + 1)]);
  });

  it('still reads names quoted side by side as separate quotations', () => {
    expect(quotes('"Нафтогаз" заявив, що "Газпром" маніпулює словами.')).toEqual(['"Нафтогаз"', '"Газпром"']);
    expect(quotes('Акції "Газпрому" "Нафтогазу України" не передаються.')).toEqual(['"Газпрому"', '"Нафтогазу України"']);
  });
});
