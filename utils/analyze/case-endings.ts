/**
 * Which grammatical cases a Ukrainian or Russian word's ending allows, as a bit set. The candidate
 * finder uses it to split two neighbouring names that no gazetteer knows ("Білорусі Джоном Коулом"):
 * the words of one name agree in case, or the later ones are a genitive complement ("Службою Безпеки").
 * Endings are checked longest first; an ending not listed allows every case.
 */
export const NOM = 1;
export const GEN = 2;
export const DAT = 4;
export const ACC = 8;
export const INS = 16;
export const LOC = 32;
export const ANY = 63;

const UK: Array<[string, number]> = [
  ['ього', GEN | ACC], ['ому', DAT | LOC], ['ого', GEN | ACC], ['ами', INS], ['ями', INS], ['ові', DAT | LOC], ['еві', DAT | LOC], ['єві', DAT | LOC],
  ['ої', GEN], ['ом', INS], ['ем', INS], ['єм', INS], ['ою', INS], ['ею', INS], ['єю', INS], ['им', INS | DAT], ['ім', INS | LOC | DAT],
  ['их', GEN | LOC | ACC], ['іх', GEN | LOC | ACC], ['ах', LOC], ['ях', LOC], ['ам', DAT], ['ям', DAT],
  ['ій', NOM | GEN | DAT | LOC], ['ів', NOM | GEN | ACC], ['їв', NOM | GEN | ACC],
  ['і', NOM | GEN | DAT | LOC], ['ї', NOM | GEN | DAT | LOC], ['у', GEN | DAT | ACC | LOC], ['ю', GEN | DAT | ACC | LOC],
  ['а', NOM | GEN | ACC], ['я', NOM | GEN | ACC], ['и', NOM | GEN | ACC],
];

const RU: Array<[string, number]> = [
  ['ого', GEN | ACC], ['его', GEN | ACC], ['ому', DAT], ['ему', DAT], ['ами', INS], ['ями', INS], ['ыми', INS], ['ими', INS],
  ['ую', ACC], ['юю', ACC], ['ая', NOM], ['яя', NOM], ['ые', NOM | ACC], ['ие', NOM | ACC], ['ых', GEN | LOC | ACC], ['их', GEN | LOC | ACC],
  // -ом is the instrumental of names (Джоном); the prepositional -ом of adjectives is rare in them.
  ['ым', INS | DAT], ['им', INS | DAT], ['ом', INS], ['ем', INS | LOC], ['ах', LOC], ['ях', LOC], ['ам', DAT], ['ям', DAT],
  ['у', DAT | ACC | GEN | LOC], ['ю', DAT | ACC | GEN | LOC], ['а', NOM | GEN | ACC], ['я', NOM | GEN | ACC], ['ы', NOM | GEN | ACC],
  ['и', NOM | GEN | DAT | ACC | LOC], ['е', DAT | LOC | NOM],
];

/** The cases `word` may be in; ANY when its ending says nothing (consonants, indeclinable -о, Latin). */
export function casesOf(word: string, lang: 'uk' | 'ru'): number {
  const low = word.toLowerCase();
  if (!/[а-яіїєґё]$/.test(low)) return ANY;
  for (const [end, cases] of lang === 'uk' ? UK : RU) if (low.endsWith(end) && low.length > end.length + 1) return cases;
  // A consonant, -ь or -й: a masculine nominative/accusative, or a feminine -ь in any case.
  return ANY;
}

/**
 * Whether two neighbouring capitalised words cannot belong to one name: their endings share no case,
 * and the second cannot be a genitive complement of the first.
 */
export function caseBreak(left: string, right: string, lang: 'uk' | 'ru'): boolean {
  const a = casesOf(left, lang);
  const b = casesOf(right, lang);
  return (a & b) === 0 && (b & GEN) === 0;
}
