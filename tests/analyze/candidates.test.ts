import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findActors } from '../../utils/analyze/actors';
import { findCandidates } from '../../utils/analyze/candidates';
import { compileGazetteer, loadGazetteer } from '../../utils/analyze/gazetteer';
import type { GazetteerEntry } from '../../utils/analyze/types';

const starter = JSON.parse(readFileSync(new URL('../../public/gazetteer/starter.json', import.meta.url), 'utf8')) as GazetteerEntry[];
const gazetteer = loadGazetteer(compileGazetteer(starter.filter((e) => e.name !== 'Белавіа')));
const seed = readFileSync(new URL('../../../shared/fixtures/seed-article.txt', import.meta.url), 'utf8');
const candidates = (text: string, lang: 'uk' | 'ru' | 'en' = 'uk') => findCandidates(text, findActors(text, gazetteer), lang).map((c) => c.text);

describe('findCandidates', () => {
  it('suggests the seed article\'s unknown names: the envoy, the airline, the company, the network', () => {
    const found = candidates(seed);
    expect(found).toEqual(expect.arrayContaining(['Джоном Коулом', 'Коула', 'Коул', 'Белавіа', 'Славкалій', 'Truth Social']));
    // Known actors are not suggested again, and no quoted sentence is a name.
    expect(found).not.toContain('Білорусі');
    expect(found.some((c) => c.includes(' ') && /^[а-яіїєґ]/.test(c))).toBe(false);
    expect(found.length).toBeLessThanOrEqual(8);
  });

  it('reports spans that match the text', () => {
    const actors = findActors(seed, gazetteer);
    for (const c of findCandidates(seed, actors, 'uk')) expect(seed.slice(c.start, c.end)).toBe(c.text);
  });

  it('ignores capitalised words that only open a sentence, but keeps names that open one', () => {
    expect(candidates('Раніше стало відомо про переговори. Також агентство уточнює.')).toEqual([]);
    expect(candidates('Також Анна Гомес заявила про це.')).toEqual(['Анна Гомес']);
    expect(candidates('Коул прибув. Про це повідомив Коул.')).toEqual(['Коул', 'Коул']);
  });

  it('treats a full stop after an initial as part of the name', () => {
    expect(candidates('Про це сказала Т.Мей, а також Дж. Байден.')).toEqual(['Мей', 'Байден']);
  });

  it('finds short quoted names but not quoted sentences', () => {
    expect(candidates('депутати від партії «Слуга народу» та компанії «Нафтогаз»')).toEqual(['Слуга народу', 'Нафтогаз']);
    expect(candidates('він заявив: «Ми будемо працювати далі», — і пішов')).toEqual([]);
    expect(candidates('відповів «Так» і засміявся')).toEqual([]);
  });

  it('finds Latin-script names in Cyrillic text even at sentence start, acronyms alone', () => {
    expect(candidates('Semafor пише, що ГТС і Nord Stream зупинено.')).toEqual(['Semafor', 'ГТС', 'Nord Stream']);
    expect(candidates('Про це повідомив CNN.')).toEqual([]); // CNN is in the starter gazetteer
  });

  it('steps past capitals of scripts it does not read instead of looping forever', () => {
    // The Armenian Գ is \p{Lu} but no word character: this sentence used to hang the tokenizer.
    expect(candidates('Армянская буква Գ стоит в названии, а Иван Петров приехал.', 'ru')).toEqual(['Иван Петров']);
  });

  it('splits neighbouring unknown names whose endings disagree in case, not a name and its genitive', () => {
    const bare = (t: string, lang: 'uk' | 'ru') => findCandidates(t, [], lang).map((c) => c.text);
    expect(bare('Про це у Білорусі Джоном Коулом було домовлено.', 'uk')).toEqual(['Білорусі', 'Джоном Коулом']);
    expect(bare('Угоду підписали зі Службою Безпеки України вчора.', 'uk')).toEqual(['Службою Безпеки України']);
    expect(bare('Переговоры в Белоруссии Джоном Коулом завершены.', 'ru')).toEqual(['Белоруссии', 'Джоном Коулом']);
  });

  it('suggests a lone all-caps Latin agency name in Cyrillic text, not a Cyrillic heading', () => {
    expect(findCandidates('Про це повідомляє POLITICO з посиланням на джерела. ЧИТАЙТЕ ТАКОЖ', [], 'uk').map((c) => c.text)).toEqual(['POLITICO']);
  });

  it('works on Russian and English text', () => {
    expect(candidates('В понедельник Джон Коул встретился с представителями «Белавиа».', 'ru')).toEqual(['Джон Коул', 'Белавиа']);
    expect(candidates('On Monday, envoy John Coale met officials of Belavia in March.', 'en')).toEqual(['John Coale', 'Belavia']);
  });
});
