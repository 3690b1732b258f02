/**
 * Ukrainian speech verbs of warning, assertion and remark, found missing in the issue #6 hand check
 * of SlavicNER uk quotations. Sentences from the SlavicNER uk dev documents.
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../utils/analyze/claims';
import { findSpeechVerbs } from '../../utils/analyze/speech';

const claimsOf = (text: string) => findClaims(text, [], 'uk').map((c) => ({ text: c.text, speaker: c.speaker, mode: c.mode }));

describe('Ukrainian speech verbs', () => {
  it('"застерегла, що …" reports what Мей warned of', () => {
    const text = 'Мей застерегла, що відмова від запропонованого проекту угоди означатиме для Великобританії "глибоку та небезпечну невизначеність".';
    expect(claimsOf(text)).toEqual([{
      text: 'відмова від запропонованого проекту угоди означатиме для Великобританії "глибоку та небезпечну невизначеність"',
      speaker: 'Мей', mode: 'reported',
    }]);
  });

  it('"твердить, що …" is an assertion with its subject as the source', () => {
    const text = 'Видання твердить, що йдеться про вакцину компаній Pfizer і BioNTech, яку "нелегально завезли в Україну".';
    expect(claimsOf(text)[0]).toMatchObject({ speaker: 'Видання', mode: 'reported' });
  });

  it('"», - зауважила Іванченко" attributes the quotation before it', () => {
    const text = '"У ручному режимі керівництвом МОЗу визначалися переможці тендерів. У переважній більшості випадків переможцями були компанії-прокладки", - зауважила Іванченко.';
    expect(claimsOf(text)).toEqual([{
      text: 'У ручному режимі керівництвом МОЗу визначалися переможці тендерів. У переважній більшості випадків переможцями були компанії-прокладки',
      speaker: 'Іванченко', mode: 'direct',
    }]);
  });

  it('finds the new forms as whole words only', () => {
    const verbs = (t: string) => findSpeechVerbs(t, 'uk').map((v) => v.text);
    expect(verbs('Він застеріг, а вона застерегла; вони зауважують і наполягають, що прем\'єр визнає помилку.')).toEqual(
      ['застеріг', 'застерегла', 'зауважують', 'наполягають', 'визнає']);
    // "твердий" (hard) and "відзнака" (award) are not speech.
    expect(verbs('Твердий сплав отримав відзнаку.')).toEqual([]);
  });
});

describe('Ukrainian impersonal reports', () => {
  it('"», - наголошується у зверненні" makes the quotation a claim sourced to the document', () => {
    const text = '"Очікуємо від Європейського Союзу підтвердження стратегічної ролі України як держави-транзитера для постачання газу до Європейського Союзу", - наголошується у зверненні.';
    expect(claimsOf(text)).toEqual([{
      text: 'Очікуємо від Європейського Союзу підтвердження стратегічної ролі України як держави-транзитера для постачання газу до Європейського Союзу',
      speaker: 'у зверненні', mode: 'direct',
    }]);
  });
});
