/**
 * Shared vocabulary of the declension rules: a paradigm is the list of written forms per case.
 *
 * We write our own rules (see ./index.ts for why): each rule looks at a word's ending, gender and role
 * in a name and returns its forms. Over-generating a rare or wrong form costs little (the form just never
 * occurs in text); missing a real one costs a highlight, so rules list every common variant.
 */

export type Gender = 'm' | 'f';

/** nominative, genitive, dative, accusative, instrumental, locative (prepositional), vocative */
export const CASES = 7;
export const NOM = 0;
export const GEN = 1;
export const DAT = 2;
export const ACC = 3;
export const INS = 4;
export const LOC = 5;
export const VOC = 6;

/** forms[case] = the alternatives for that case; an empty list means "same as nominative". */
export type Paradigm = string[][];

/** How a word behaves inside a name. */
export type Role =
  | 'fixed' // never changes: genitive complements ("… Америки"), particles, foreign indeclinables
  | 'noun' // the head noun of a place or organisation name, or a person's given name
  | 'adj' // an adjective agreeing with the head ("Сполучені", "Верховна")
  | 'surname' // a person's family name: noun or adjective by its ending, special -ов/-ин rules
  | 'plural'; // a plural head noun ("Штати", "Нідерланди", "Філіппіни")

export interface WordContext {
  role: Role;
  gender: Gender;
  person: boolean;
}

/** A paradigm that keeps the word unchanged in every case. */
export function fixed(word: string): Paradigm {
  const p: Paradigm = [];
  for (let c = 0; c < CASES; c++) p.push([]);
  p[NOM] = [word];
  return p;
}

/** Builds a paradigm from a stem and per-case endings ('' keeps the stem alone, '=' the nominative). */
export function fromEndings(word: string, stem: string, endings: Array<string | string[]>): Paradigm {
  const p = fixed(word);
  endings.forEach((e, c) => {
    if (c === NOM) return;
    const list = Array.isArray(e) ? e : [e];
    for (const end of list) {
      if (end === '=') p[c].push(word);
      else if (end !== '-') p[c].push(stem + end);
    }
  });
  return p;
}

/** Adds `extra` alternatives to case `c`, skipping duplicates. */
export function add(p: Paradigm, c: number, ...extra: string[]): void {
  for (const e of extra) if (!p[c].includes(e)) p[c].push(e);
}

/** Adds every form of `other` to `p`, case by case. */
export function merge(p: Paradigm, other: Paradigm): Paradigm {
  other.forEach((forms, c) => add(p, c, ...forms));
  return p;
}

/**
 * Stems with the fleeting vowel of the last syllable dropped: Дністер → Дністр, Єгипет → Єгипт,
 * Павел → Павл, Лев → Льв (after л the dropped vowel leaves a soft sign).
 */
export function fleetingStem(word: string): string | undefined {
  const m = /([бвгґджзклмнпрстфхцчшщ])[ео]([бвгґджзклмнпрстфхцчшщ])$/i.exec(word);
  if (!m || word.length < 3) return undefined;
  return word.slice(0, -2) + (m[1].toLowerCase() === 'л' ? 'ь' : '') + word.slice(-1);
}

export function lastChar(s: string): string {
  return s.slice(-1).toLowerCase();
}

export function endsWithAny(word: string, endings: readonly string[]): string | undefined {
  const low = word.toLowerCase();
  return endings.find((e) => low.endsWith(e));
}

/** Restores the case of a letter produced by a rule to match the letter it replaces. */
export function sameCase(model: string, letter: string): string {
  return model === model.toUpperCase() && model !== model.toLowerCase() ? letter.toUpperCase() : letter;
}
