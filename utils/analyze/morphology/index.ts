/**
 * Inflected forms of a name from its base form, for Ukrainian and Russian.
 *
 * How forms are produced, and why: the gazetteer stores base forms only, and the matcher needs every
 * written form of them. No maintained npm library declines Ukrainian or Russian proper names of all
 * kinds (stemmers such as snowball cut "Росія" and "російському" to the same stem, which is exactly the
 * false hit we must avoid; `shevchenko` declines Ukrainian personal names only and pulls TensorFlow.js;
 * `petrovich` covers Russian personal names only). So we expand each name with our own paradigm rules
 * (./uk.ts, ./ru.ts): every word gets a role in the name (given name, surname, adjective, head noun,
 * plural head, fixed complement), each role declines by ending and gender, and a multi-word name is
 * declined word by word in agreement, one case at a time ("Сполученими Штатами", never "Сполученими
 * Штатів"). Forms are generated once, at gazetteer compile time; the content script only matches them.
 */
import type { ActorKind } from '../types';
import { CASES, fixed, merge, NOM, VOC, type Gender, type Paradigm, type Role, type WordContext } from './paradigm';
import { ruAdjective, ruFamilyPlural, ruLooksAdjective, ruWord } from './ru';
import { ukAdjective, ukFamilyPlural, ukLooksAdjective, ukWord } from './uk';

export type { Gender } from './paradigm';
export type SlavicLang = 'uk' | 'ru';

export interface NameOptions {
  /**
   * Absent for a lone word nobody classified (a UD lemma, a name typed without a kind): it gets the
   * forms of a place and of a surname both, since "Новосельський", "Карпенко" or "Мишустин" may be either.
   */
  kind?: ActorKind;
  /** Gender of a person; guessed from the name when absent. */
  gender?: Gender;
  /** Languages to decline in; guessed from the letters when absent. */
  langs?: SlavicLang[];
}

/** Given names ending in -а/-я that belong to men. */
const MASCULINE_A = /^(микола|ілля|илья|лука|фома|хома|кузьма|нікіта|никита|сава|савва|данило|мустафа|юра|саша|міша|миша|вова|коля|женя)$/i;
const PATRONYMIC = /(ович|евич|йович|ьович|ич|івна|ївна|овна|евна|ична|инична)$/i;
const FEMININE_SURNAME = /(ська|цька|зька|ова|ева|єва|ёва|іна|їна|ина|ына|ская|цкая|ая|яя)$/i;

/** The Slavic languages a name's letters allow: і ї є ґ are Ukrainian only, ы э ъ ё Russian only. */
export function slavicLangs(name: string): SlavicLang[] {
  if (!/[а-яёіїєґ]/i.test(name)) return [];
  const uk = /[іїєґ]/i.test(name);
  const ru = /[ыэъё]/i.test(name);
  if (uk && !ru) return ['uk'];
  if (ru && !uk) return ['ru'];
  return ['uk', 'ru'];
}

/** A person's gender from the given name (first word) or, for a surname alone, from its ending. */
export function guessGender(name: string): Gender {
  const words = name.split(' ').filter((w) => w && w[0] !== w[0].toLowerCase() && !isAcronymWord(w));
  if (words.length >= 2) {
    const first = words[0];
    if (words.length >= 3 && /(івна|ївна|овна|евна|ична)$/i.test(words[1])) return 'f';
    if (/[ая]$/i.test(first) && !MASCULINE_A.test(first)) return 'f';
    return 'm';
  }
  return FEMININE_SURNAME.test(name) ? 'f' : 'm';
}

/** Every form of `name` (the base form first), declined in each language its letters allow. */
export function inflectName(name: string, options: NameOptions = {}): string[] {
  const words = name.split(' ').filter(Boolean);
  const out = new Set<string>([name]);
  if (words.length === 0 || words.length > 8) return [...out];
  const person = options.kind === 'person';
  const unknownWord = options.kind === undefined && words.length === 1 && isCapitalised(name);
  const gender = options.gender ?? (person || unknownWord ? guessGender(name) : 'm');
  const langs = options.langs ?? slavicLangs(name);
  const ukOnly = langs.length === 1 && langs[0] === 'uk';
  for (const lang of langs) {
    const roles = person ? personRoles(words) : nameRoles(words, lang);
    const decline = lang === 'uk' ? ukWord : ruWord;
    const paradigms = words.map((w, i) => {
      const p = decline(w, { role: roles[i], gender, person } satisfies WordContext);
      if (unknownWord) merge(p, decline(w, { role: 'surname', gender, person: true }));
      // A lone word, Ukrainian by its letters, that reads as an adjective is an adjectival place name:
      // Надвірна → у Надвірній. Not in Russian (nor for words Russian could spell, "Российский"): there
      // the rule cost SlavicNER ru (dev, then test) far more false spans than it found.
      if (ukOnly && words.length === 1 && !person && ukLooksAdjective(w)) merge(p, ukAdjective(w) ?? []);
      if (roles[i] !== 'fixed' && /^[^-]+(-[^-]+)+$/.test(w)) merge(p, hyphenated(w, lang, { role: roles[i], gender, person }));
      return p;
    });
    for (let c = 0; c < CASES; c++) {
      if (c === VOC && (!person || lang === 'ru')) continue;
      for (const form of combine(paradigms, c)) out.add(form);
    }
    // A surname alone also names the family: "роду Джемалятдінових", "династии Демидовых".
    if (words.length === 1 && gender === 'm' && (unknownWord || person) && name.length >= 4) {
      for (const form of (lang === 'uk' ? ukFamilyPlural : ruFamilyPlural)(name)) out.add(form);
    }
  }
  return [...out];
}

/**
 * A hyphenated word declines part by part, in agreement: Трамп-молодший → Трампа-молодшого,
 * Карпенко-Карий → Карпенка-Карого, Ростов-на-Дону → Ростова-на-Дону. Lower-case parts that read as
 * adjectives agree; other lower-case parts and acronyms stay fixed. (The whole-word forms are kept too.)
 */
function hyphenated(word: string, lang: SlavicLang, ctx: WordContext): Paradigm {
  const decline = lang === 'uk' ? ukWord : ruWord;
  const looksAdj = lang === 'uk' ? ukLooksAdjective : ruLooksAdjective;
  const adjective = lang === 'uk' ? ukAdjective : ruAdjective;
  const parts = word.split('-').map((part) => {
    if (isAcronymWord(part)) return fixed(part);
    if (part[0] === part[0].toLowerCase()) return part.length > 3 && looksAdj(part) ? (adjective(part) ?? fixed(part)) : fixed(part);
    return decline(part, ctx);
  });
  const p = fixed(word);
  for (let c = 1; c < CASES; c++) p[c] = combine(parts, c, '-');
  return p;
}

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
}

function personRoles(words: string[]): Role[] {
  // The official order puts the surname first: "Карамзин Андрей Николаевич", "Шевченко Тарас Григорович".
  const surnameFirst = words.length === 3 && PATRONYMIC.test(words[2]) && !PATRONYMIC.test(words[1]);
  return words.map((w, i) => {
    // бін, фон, де; initials; an acronym before a name ("США Дональд Трамп" → "США Дональдом Трампом")
    if (w[0] === w[0].toLowerCase() || w.includes('.') || isAcronymWord(w)) return 'fixed';
    if (surnameFirst) return i === 0 ? 'surname' : 'noun';
    if (i === words.length - 1) return 'surname';
    if (PATRONYMIC.test(w)) return 'noun';
    return 'noun';
  });
}

/** Adjectives before the head noun agree with it; words after it are complements and stay fixed. */
function nameRoles(words: string[], lang: SlavicLang): Role[] {
  const looksAdj = lang === 'uk' ? ukLooksAdjective : ruLooksAdjective;
  let head = words.findIndex((w, i) => i === words.length - 1 || !looksAdj(w));
  if (head < 0) head = words.length - 1;
  return words.map((w, i) => {
    if (i > head || isAcronymWord(w)) return 'fixed';
    if (i < head) return 'adj';
    return isPluralNoun(w, lang) ? 'plural' : 'noun';
  });
}

function isPluralNoun(word: string, lang: SlavicLang): boolean {
  // Ukrainian nominative singular never ends in -и; Russian -и names are indeclinable (Сочи, Тбилиси).
  // Russian writes plural -и after velars and vowels: Святки, Лужники, Гималаи.
  return lang === 'uk' ? /[^\s]и$/i.test(word) && word.length > 3 : /ы$/i.test(word) || (/[кгхаеоу]и$/i.test(word) && word.length > 4);
}

function isAcronymWord(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** The forms of a multi-word name in case `c`: the product of each word's alternatives (small). */
function combine(paradigms: Paradigm[], c: number, sep = ' '): string[] {
  let acc: string[] = [''];
  for (const p of paradigms) {
    const alts = p[c].length > 0 ? p[c] : p[NOM];
    const next: string[] = [];
    for (const prefix of acc) for (const a of alts) next.push(prefix ? prefix + sep + a : a);
    acc = next.length > 64 ? next.slice(0, 64) : next;
  }
  return acc;
}
