/**
 * Russian declension of the words of a name, by ending, gender and role (Zaliznyak's noun types
 * reduced to what names use). Endings per case: [nom, gen, dat, acc, ins, prep, voc]; '=' is the
 * nominative. Russian has no living vocative, so that slot stays empty (falls back to nominative).
 */
import { add, endsWithAny, fixed, fleetingStem, fromEndings, lastChar, merge, INS, type Paradigm, type WordContext } from './paradigm';

const VOWELS = 'аеёиоуыэюяь';
/** After these the spelling rule writes и, not ы: Америка → Америки. */
const VELAR_SIB = 'гкхжшчщ';
const SIB = 'жшчщц';

export function ruWord(word: string, ctx: WordContext): Paradigm {
  if (ctx.role === 'fixed' || /[a-z]/i.test(word)) return fixed(word);
  if (ctx.role === 'adj') return ruAdjective(word) ?? fixed(word);
  if (ctx.role === 'plural') return ruPlural(word) ?? fixed(word);
  if (ctx.role === 'surname') return ruSurname(word, ctx);
  return ruNoun(word, ctx);
}

function ruSurname(word: string, ctx: WordContext): Paradigm {
  // -ой is an adjective (Толстой → Толстого) or a noun (Цой → Цоя, Цоем): both are listed.
  if (ctx.gender === 'm' && endsWithAny(word, ['ой'])) return merge(ruAdjective(word) ?? fixed(word), ruNoun(word, ctx));
  if (ctx.gender === 'm' && endsWithAny(word, ['ский', 'цкий', 'ый', 'ий'])) return ruAdjective(word) ?? fixed(word);
  if (ctx.gender === 'f' && endsWithAny(word, ['ская', 'цкая', 'ая', 'яя'])) return ruAdjective(word) ?? fixed(word);
  // -ов/-ев/-ин surnames are half adjectival: Путин → Путина, Путину, Путиным, Путине.
  if (ctx.gender === 'm' && endsWithAny(word, ['ов', 'ев', 'ёв', 'ин', 'ын'])) {
    return fromEndings(word, word, ['', 'а', 'у', 'а', 'ым', 'е', '=']);
  }
  if (ctx.gender === 'f' && endsWithAny(word, ['ова', 'ева', 'ёва', 'ина', 'ына'])) {
    return fromEndings(word, word.slice(0, -1), ['', 'ой', 'ой', 'у', ['ой', 'ою'], 'ой', '=']);
  }
  if (ctx.gender === 'f' && !/[ая]$/i.test(word)) return fixed(word); // Меркель, Тимошенко
  return ruNoun(word, ctx);
}

function ruNoun(word: string, ctx: WordContext): Paradigm {
  const end = lastChar(word);
  const stem = word.slice(0, -1);
  const prev = lastChar(stem);
  if (end === 'а') {
    const p = fromEndings(word, stem, ['', VELAR_SIB.includes(prev) ? 'и' : 'ы', 'е', 'у', ['ой', 'ою'], 'е', '=']);
    if (SIB.includes(prev)) add(p, INS, stem + 'ей'); // Саша → Сашей
    return p;
  }
  if (end === 'я') {
    // -ия has и in dative/prepositional: России, Франции.
    if (prev === 'и') {
      const p = fromEndings(word, stem, ['', 'и', 'и', 'ю', ['ей', 'ею'], 'и', '=']);
      // A neuter plural title reads the same: Известия → Известий, Известиям, в Известиях.
      if (!ctx.person) for (const [c, e] of [[1, 'й'], [2, 'ям'], [INS, 'ями'], [5, 'ях']] as const) add(p, c, stem + e);
      return p;
    }
    return fromEndings(word, stem, ['', 'и', 'е', 'ю', ['ей', 'ёй', 'ею'], 'е', '=']);
  }
  if (end === 'й') {
    if (prev === 'и') return fromEndings(word, stem, ['', 'я', 'ю', ctx.person ? 'я' : '=', 'ем', 'и', '=']); // Дмитрий
    return fromEndings(word, stem, ['', 'я', 'ю', ctx.person ? 'я' : ['=', 'я'], 'ем', 'е', '=']); // Китай
  }
  if (end === 'ь') {
    if (ctx.person && ctx.gender === 'f') return fixed(word);
    const p = fromEndings(word, stem, ['', 'я', 'ю', ctx.person ? 'я' : ['=', 'я'], 'ем', 'е', '=']);
    if (!ctx.person) {
      // Feminine -ь: Беларусь → Беларуси, Беларусью (the gender is not visible from the ending).
      add(p, 1, stem + 'и');
      add(p, 2, stem + 'и');
      add(p, 5, stem + 'и');
      add(p, INS, stem + 'ью');
    }
    return p;
  }
  // Neuter -ие heads: Соглашение → Соглашения, российское вторжение → российского вторжения.
  if (!ctx.person && word.toLowerCase().endsWith('ие') && word.length > 4) return fromEndings(word, stem, ['', 'я', 'ю', '=', 'ем', 'и', '-']);
  // Neuter -ье: Полесье → Полесья, Закавказье → Закавказьем.
  if (!ctx.person && word.toLowerCase().endsWith('ье')) return fromEndings(word, stem, ['', 'я', 'ю', '=', 'ем', 'е', '-']);
  if (!ctx.person && word.toLowerCase().endsWith('тво')) return fromEndings(word, stem, ['', 'а', 'у', '=', 'ом', 'е', '-']);
  // Slavic neuter -ово/-ево/-ино places decline in speech and news (в Кемерове, под Бородином).
  if (!ctx.person && /(ов|ев|ёв|ин|ын)о$/i.test(word)) return fromEndings(word, stem, ['', ['а', '='], ['у', '='], '=', ['ом', '='], ['е', '='], '=']);
  // Words on -о, -е, -и, -у, -ю, -э do not decline in Russian when they are names: Лукашенко, Токио, Сочи.
  if (VOWELS.includes(end) || !/[а-яё]/.test(end)) return fixed(word);
  if (ctx.person && ctx.gender === 'f') return fixed(word); // Ангела Меркель, Кая Каллас
  const low = word.toLowerCase();
  if (low.endsWith('ец') && low.length > 4) {
    // Fleeting е: Кравец → Кравца (also listed without it, as some surnames keep it).
    const p = fromEndings(word, word.slice(0, -2) + 'ц', ['', 'а', 'у', 'а', 'ем', 'е', '=']);
    for (const [c, e] of [[1, 'а'], [2, 'у'], [INS, 'ом'], [5, 'е']] as const) add(p, c, word + e);
    return p;
  }
  const p = fixed(word);
  // A fleeting е/о drops in the other cases: Павел → Павла, Лев → Льва, Египет → Египта.
  for (const stem of [word, fleetingStem(word)]) {
    if (!stem) continue;
    merge(p, fromEndings(word, stem, ['', 'а', 'у', ctx.person ? 'а' : ['=', 'а'], 'ом', 'е', '=']));
    if (SIB.includes(lastChar(stem))) add(p, INS, stem + 'ем'); // Буш → Бушем
  }
  return p;
}

export function ruAdjective(word: string): Paradigm | null {
  const low = word.toLowerCase();
  const base = word.slice(0, -2);
  const prev = lastChar(base);
  // Hard stems (and velars, by the spelling rule) take -ого; soft -н- stems and sibilants take -его.
  const soft = prev === 'н' && (low.endsWith('ий') || low.endsWith('ее') || low.endsWith('яя'));
  if (low.endsWith('ый') || low.endsWith('ой')) return fromEndings(word, base, ['', 'ого', 'ому', ['=', 'ого'], 'ым', 'ом', '=']);
  if (low.endsWith('ий')) {
    return soft
      ? fromEndings(word, base, ['', 'его', 'ему', ['=', 'его'], 'им', 'ем', '='])
      : fromEndings(word, base, ['', ['ого', 'его'], ['ому', 'ему'], ['=', 'ого'], 'им', ['ом', 'ем'], '=']);
  }
  if (low.endsWith('ая')) return fromEndings(word, base, ['', 'ой', 'ой', 'ую', ['ой', 'ою'], 'ой', '=']);
  if (low.endsWith('яя')) return fromEndings(word, base, ['', 'ей', 'ей', 'юю', ['ей', 'ею'], 'ей', '=']);
  if (low.endsWith('ое')) return fromEndings(word, base, ['', 'ого', 'ому', '=', 'ым', 'ом', '=']);
  if (low.endsWith('ее')) return fromEndings(word, base, ['', 'его', 'ему', '=', 'им', 'ем', '=']);
  if (low.endsWith('ые')) return fromEndings(word, base, ['', 'ых', 'ым', ['=', 'ых'], 'ыми', 'ых', '=']);
  if (low.endsWith('ие')) return fromEndings(word, base, ['', 'их', 'им', ['=', 'их'], 'ими', 'их', '=']);
  return null;
}

/** Plural names: Штаты → Штатов, Филиппины → Филиппин, Афины → Афинам. */
function ruPlural(word: string): Paradigm | null {
  const low = word.toLowerCase();
  if (!low.endsWith('ы') && !low.endsWith('и')) return null;
  const stem = word.slice(0, -1);
  // After a vowel the stem ends in й: Гималаи → Гималаев, Гималаям.
  if (/[аеоу]и$/.test(low)) return fromEndings(word, stem, ['', 'ев', 'ям', '=', 'ями', 'ях', '=']);
  const p = fromEndings(word, stem, ['', ['ов', '', 'ей'], 'ам', '=', 'ами', 'ах', '=']);
  // -ки with a fleeting о in the genitive: Святки → Святок, Лужники keeps Лужников.
  if (low.endsWith('ки')) add(p, 1, word.slice(0, -2) + 'ок');
  return p;
}

export function ruLooksAdjective(word: string): boolean {
  return !!endsWithAny(word, ['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие']);
}

/** A family or dynasty in the plural: "династии Демидовых", "при Умайядах", "из рода Монморанси-Лавалей". */
export function ruFamilyPlural(word: string): string[] {
  const low = word.toLowerCase();
  const stem1 = word.slice(0, -1);
  if (endsWithAny(low, ['ский', 'цкий', 'кий', 'гий', 'хий'])) return ['ие', 'их', 'им', 'ими'].map((e) => word.slice(0, -2) + e);
  if (endsWithAny(low, ['ый', 'ой'])) return ['ые', 'ых', 'ым', 'ыми'].map((e) => word.slice(0, -2) + e);
  if (endsWithAny(low, ['ов', 'ев', 'ёв', 'ин', 'ын'])) return ['ы', 'ых', 'ым', 'ыми'].map((e) => word + e);
  if (low.endsWith('ь')) return ['и', 'ей', 'ям', 'ями', 'ях'].map((e) => stem1 + e);
  if (low.endsWith('й')) return ['и', 'ев', 'ям', 'ями', 'ях'].map((e) => stem1 + e);
  if (/[гкх]$/.test(low)) return ['и', 'ов', 'ам', 'ами', 'ах'].map((e) => word + e);
  if (/[жшчщ]$/.test(low)) return ['и', 'ей', 'ам', 'ами', 'ах'].map((e) => word + e);
  if (/[бвдзлмнпрстфц]$/.test(low)) return ['ы', 'ов', 'ам', 'ами', 'ах'].map((e) => word + e);
  return [];
}
