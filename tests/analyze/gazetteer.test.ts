import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findActors } from '../../utils/analyze/actors';
import { compileGazetteer, guessKind, loadGazetteer } from '../../utils/analyze/gazetteer';
import { buildTrie, encodeTrie, type TrieArrays, type TrieKey } from '../../utils/analyze/gazetteer-trie';
import { packEncodedTrie, packedChild } from '../../utils/analyze/gazetteer-layout';
import type { GazetteerEntry } from '../../utils/analyze/types';

const starter = JSON.parse(readFileSync(new URL('../../public/gazetteer/starter.json', import.meta.url), 'utf8')) as GazetteerEntry[];

describe('compileGazetteer / loadGazetteer', () => {
  it('survives a JSON round trip and matches the same spans afterwards', () => {
    const entries: GazetteerEntry[] = [{ name: 'Дональд Трамп', kind: 'person' }, { name: 'Мінськ', kind: 'place' }];
    const compiled = compileGazetteer(entries);
    const wire = JSON.parse(JSON.stringify(compiled));
    expect(wire).toEqual(compiled);
    const text = 'Дональда Трампа чекали в Мінську.';
    expect(findActors(text, loadGazetteer(wire))).toEqual(findActors(text, loadGazetteer(compiled)));
    expect(findActors(text, loadGazetteer(wire)).map((a) => a.text)).toEqual(['Дональда Трампа', 'Мінську']);
  });

  /**
   * Walks the loaded records and the breadth-first trie they came from side by side: every node's
   * header (child count, end), term and children, reached by label; nothing else in the records.
   */
  function expectSameTrie(records: Int32Array, trie: TrieArrays) {
    let nodes = 0;
    let words = 0;
    const stack: [number, number][] = [[0, 0]];
    while (stack.length) {
      const [i, p] = stack.pop()!;
      nodes++;
      const children = trie.first[i + 1] - trie.first[i];
      const ends = trie.term[i] !== 0 ? 1 : 0;
      expect(records[p]).toBe((children << 1) | ends);
      if (ends) expect(records[p + 1]).toBe(trie.term[i]);
      for (let c = trie.first[i]; c < trie.first[i + 1]; c++) {
        const q = packedChild(records, p, trie.label[c]);
        expect(q).toBeGreaterThan(p);
        stack.push([c, q]);
      }
      // A label no child has leads nowhere.
      expect(packedChild(records, p, 0xffff)).toBe(-1);
      words += 1 + ends + (children ? 2 * children - 1 : 0);
    }
    expect(nodes).toBe(trie.label.length);
    expect(records.length).toBe(words);
  }

  it('loads the wire form losslessly: wide nodes, multi-byte entry numbers, 2-bit counts, two-byte labels', () => {
    // 300 one-character keys under the root (a count far past the 2-bit range, an alphabet past one
    // byte), entries up to 99,999; and the starter list's names and aliases.
    const keys: TrieKey[] = Array.from({ length: 300 }, (_, i) => ({ key: String.fromCharCode(0x4e00 + i) + (i % 2 ? 'ab' : ''), entry: i * 333, flags: i % 16, priority: 1 }));
    keys.push({ key: 'київ', entry: 99_999, flags: 1, priority: 1 }, { key: 'києва', entry: 7, flags: 0, priority: 1 });
    const names = starter.flatMap((e, i) => [e.name, ...(e.aliases ?? [])].map((key) => ({ key: key.toLowerCase(), entry: i * 977, flags: i % 16, priority: 1 })));
    for (const list of [keys, names]) {
      const trie = buildTrie(list);
      expect(trie.label.length).toBeGreaterThan(300);
      const wire = JSON.parse(JSON.stringify(encodeTrie(trie)));
      expectSameTrie(packEncodedTrie(wire), trie);
    }
    expect(encodeTrie(buildTrie(keys)).width).toBe(2);
    expect(encodeTrie(buildTrie(names)).width).toBe(1);
  });

  it('refuses a wire form whose nodes do not fill the records it announces', () => {
    const wire = encodeTrie(buildTrie([{ key: 'київ', entry: 1, flags: 0, priority: 1 }]));
    expect(() => packEncodedTrie({ ...wire, words: wire.words + 3 })).toThrow(/words written/);
  });

  it('rejects data that is not a compiled gazetteer', () => {
    expect(() => loadGazetteer({ format: 'nope' } as never)).toThrow(/format/);
  });

  it('answers entryFor by canonical name or alias, case-folded', () => {
    const g = loadGazetteer(compileGazetteer([{ name: 'Сполучені Штати', aliases: ['США', 'USA'], kind: 'place' }]));
    expect(g.entryFor('usa')?.name).toBe('Сполучені Штати');
    expect(g.entryFor('Сполучені  Штати')?.kind).toBe('place');
    expect(g.entryFor('Канада')).toBeUndefined();
  });

  it('prefers an entry\'s own base form over another entry\'s inflected form', () => {
    // "Путина" is a genitive of Путин and the nominative of a (hypothetical) Путина.
    const g = loadGazetteer(compileGazetteer([
      { name: 'Владимир Путин', kind: 'person' }, { name: 'Путина', kind: 'place' },
    ]));
    expect(findActors('Путина', g)[0].name).toBe('Путина');
    expect(findActors('Путиным', g)[0].name).toBe('Владимир Путин');
  });

  it('matches an initial only before its full stop, which stays outside the span', () => {
    const g = loadGazetteer(compileGazetteer([{ name: 'Р.' }, { name: 'Гаврилюк А.' }, { name: 'А.' }, { name: 'Н' }]));
    const text = (t: string) => findActors(t, g).map((a) => a.text);
    expect(text('Контроль покласти на заступника Міністра Ілика Р.Р.')).toEqual(['Р', 'Р']);
    expect(text('Медичному департаменту (Гаврилюк А.О.) забезпечити подання')).toEqual(['Гаврилюк А']);
    // "А" the initial is not the conjunction, the preposition "У" or the first letter of "А-БА-БА-ГА".
    expect(text('«А-БА-БА-ГА-ЛА-МА-ГА» та «Фоліо». А проте «У соціальних мережах»')).toEqual([]);
    // A letter that is no word may be a name of its own, but is never declined ("Нові" is not Н).
    expect(text('позначено буквою Н — нечутливість (див. «Нові лідери»)')).toEqual(['Н']);
  });

  it('guesses a missing kind', () => {
    expect(guessKind({ name: 'НАБУ' })).toBe('org');
    expect(guessKind({ name: 'Джон Коул' })).toBe('person');
    expect(guessKind({ name: 'Варшава' })).toBe('place');
  });
});

describe('the starter gazetteer', () => {
  const g = loadGazetteer(compileGazetteer(starter));
  const names = (t: string) => findActors(t, g).map((a) => `${a.text}→${a.name}`);

  it('holds every country with Ukrainian, Russian and English names', () => {
    expect(starter.filter((e) => e.kind === 'place').length).toBeGreaterThan(300);
    expect(g.entryFor('Сполучені Штати')?.aliases).toEqual(expect.arrayContaining(['США', 'USA', 'Соединенные Штаты']));
    expect(g.entryFor('Germany')?.name).toBe('Німеччина');
    expect(g.entryFor('Германия')?.name).toBe('Німеччина');
  });

  it('finds countries, cities, organisations, agencies and leaders in the three languages', () => {
    expect(names('Зеленський зустрівся з Трампом у Вашингтоні, повідомляє Укрінформ.')).toEqual([
      'Зеленський→Володимир Зеленський', 'Трампом→Дональд Трамп', 'Вашингтоні→Вашингтон', 'Укрінформ→Укрінформ',
    ]);
    expect(names('Зеленский встретился с Путиным в Москве, сообщает ТАСС.')).toEqual([
      'Зеленский→Володимир Зеленський', 'Путиным→Володимир Путін', 'Москве→Москва', 'ТАСС→ТАСС',
    ]);
    expect(names('Macron and Merz met Starmer at NATO, AFP said.')).toEqual([
      'Macron→Емманюель Макрон', 'Merz→Фрідріх Мерц', 'Starmer→Кір Стармер', 'NATO→НАТО', 'AFP→Франс Прес',
    ]);
    expect(names('Того ж дня. Малі підприємства отримали допомогу, а Того і Малі — ні.')).toEqual(['Того→Того', 'Малі→Малі']);
    expect(names('у Сполученому Королівстві, Києві, Харкові та Білому домі')).toEqual([
      'Сполученому Королівстві→Велика Британія', 'Києві→Київ', 'Харкові→Харків', 'Білому домі→Білий дім',
    ]);
  });
});
