/**
 * Ukrainian declension of the words of a name, by ending, gender and role.
 * Endings are listed per case: [nom, gen, dat, acc, ins, loc, voc]; '=' is the nominative itself.
 * Sources: the standard school paradigms (Український правопис 2019, §§ 78–100 on noun groups,
 * §§ 106–108 on surnames): 1st declension -а/-я, 2nd declension masculine hard/soft/mixed, 3rd
 * declension feminine -ь with doubled consonants in the instrumental ("Білоруссю").
 */
import { add, endsWithAny, fixed, fleetingStem, fromEndings, lastChar, merge, INS, LOC, type Paradigm, type WordContext } from './paradigm';

const VOWELS = 'аеєиіїоуюяʼ\'’';
const SIBILANTS = 'жчшщ';
/** 1st-declension consonant alternation before -і in dative/locative: Америка → Америці, Прага → Празі. */
const SOFTEN: Record<string, string> = { к: 'ц', г: 'з', х: 'с' };

export function ukWord(word: string, ctx: WordContext): Paradigm {
  if (ctx.role === 'fixed' || /[a-z]/i.test(word)) return fixed(word);
  if (ctx.role === 'adj') return ukAdjective(word) ?? fixed(word);
  if (ctx.role === 'plural') return ukPlural(word) ?? fixed(word);
  if (ctx.role === 'surname') return ukSurname(word, ctx);
  return ukNoun(word, ctx);
}

function ukSurname(word: string, ctx: WordContext): Paradigm {
  // Adjective surnames keep gender apart: Зеленський/Зеленського vs Зеленська/Зеленської.
  if (ctx.gender === 'm' && endsWithAny(word, ['ський', 'цький', 'зький', 'ий'])) return ukAdjective(word) ?? fixed(word);
  if (ctx.gender === 'f' && endsWithAny(word, ['ська', 'цька', 'зька', 'ова', 'ева', 'єва', 'іна', 'їна', 'ина'])) {
    return ukAdjective(word) ?? fixed(word);
  }
  // A woman's surname ending in a consonant, -о or -ь does not decline: "з Ангелою Меркель", "Юлії Тимошенко".
  if (ctx.gender === 'f' && !/[ая]$/i.test(word)) return fixed(word);
  const p = ukNoun(word, ctx);
  // Russian-type surnames take the adjectival instrumental: Путіним, Медведєвим (Правопис § 108).
  if (ctx.gender === 'm' && endsWithAny(word, ['ов', 'ев', 'єв', 'ін', 'їн', 'ин'])) add(p, INS, word + 'им');
  return p;
}

function ukNoun(word: string, ctx: WordContext): Paradigm {
  const low = word.toLowerCase();
  const end = lastChar(word);
  const stem = word.slice(0, -1);
  const prev = lastChar(stem);
  if (end === 'а') {
    const sib = SIBILANTS.includes(prev);
    const p = fromEndings(word, stem, ['', sib ? 'і' : 'и', 'і', 'у', sib ? 'ею' : 'ою', 'і', sib ? 'е' : 'о']);
    const soft = SOFTEN[prev];
    if (soft) {
      const alt = stem.slice(0, -1) + soft;
      add(p, 2, alt + 'і');
      add(p, LOC, alt + 'і');
    }
    if (ctx.person && ctx.gender === 'm') add(p, 2, stem + 'ові'); // Микола → Миколові
    return p;
  }
  if (end === 'я') {
    if (VOWELS.includes(prev)) return fromEndings(word, stem, ['', 'ї', 'ї', 'ю', 'єю', 'ї', 'є']); // Росія → Росії, Росією
    const p = fromEndings(word, stem, ['', 'і', 'і', 'ю', 'ею', 'і', ['е', 'ю']]); // Земля, Ілля
    // Neuter -я after a doubled consonant: Полісся → Полісся (gen.), Поліссям; Запоріжжя → Запоріжжям.
    if (!ctx.person && prev === lastChar(stem.slice(0, -1))) {
      add(p, 1, word);
      add(p, INS, word + 'м');
    }
    return p;
  }
  if (end === 'й') return fromEndings(word, stem, ['', ['я', 'ю'], ['ю', 'єві'], ['=', 'я'], 'єм', ['ї', 'ю', 'єві'], 'ю']);
  if (end === 'ь') return ukSoftSign(word, stem, ctx);
  if (end === 'о') {
    // Neuter -ство/-цтво heads of names decline: Сполучене Королівство, Міністерство оборони.
    if (!ctx.person && low.endsWith('тво')) return fromEndings(word, stem, ['', 'а', 'у', '=', 'ом', ['і', 'у'], '-']);
    // Slavic neuter -ово/-єво/-іно places decline (під Бородіном, у Кемерові), the nominative staying usable.
    if (!ctx.person && /(ов|ев|єв|ин|ін)о$/.test(low)) return fromEndings(word, stem, ['', ['а', '='], ['у', '='], '=', ['ом', '='], ['і', '='], '-']);
    // Masculine -о (Лукашенко, Петро, Дмитро) declines; foreign -о place names (Осло, Токіо, Монако) do not.
    if (!ctx.person || ctx.gender === 'f' || VOWELS.includes(prev)) return fixed(word);
    return fromEndings(word, stem, ['', 'а', ['у', 'ові'], 'а', 'ом', ['у', 'ові'], 'е']);
  }
  if (VOWELS.includes(end) || !/[а-яіїєґ]/.test(end)) return fixed(word); // Чилі, Перу, Зімбабве, Гвінея-Бісау
  if (ctx.person && ctx.gender === 'f') return fixed(word);
  return ukConsonant(word, low, ctx);
}

/** Masculine nouns ending in a consonant (2nd declension): Трамп, Мінськ, Київ, Дністер. */
function ukConsonant(word: string, low: string, ctx: WordContext): Paradigm {
  const stems = [word];
  // і/ї in the last closed syllable alternates with о/е in the other cases: Київ → Києва, Харків → Харкова,
  // Поділ → Подолу; a fleeting е/о drops: Дністер → Дністра, Єгипет → Єгипті.
  if (low.endsWith('їв')) stems.push(word.slice(0, -2) + 'єв');
  else if (/і[бвгґджзклмнпрстфхцчшщ]$/.test(low) && (low.endsWith('ів') || !ctx.person) && low.length >= 3) {
    stems.push(word.slice(0, -2) + 'о' + word.slice(-1));
  }
  const fleeting = fleetingStem(word);
  if (fleeting) stems.push(fleeting);
  const p = fixed(word);
  for (const stem of stems) merge(p, ukHardStem(word, stem, ctx));
  return p;
}

function ukHardStem(word: string, stem: string, ctx: WordContext): Paradigm {
  const last = lastChar(stem);
  const sib = SIBILANTS.includes(last);
  const ovi = sib ? 'еві' : 'ові';
  // People take -а in the genitive and no -і locative (Трампа, при Трампові); places take both -а/-у.
  const p = ctx.person
    ? fromEndings(word, stem, ['', 'а', ['у', ovi], 'а', sib ? 'ем' : 'ом', ['у', ovi], sib ? 'е' : ['е', 'у']])
    : fromEndings(word, stem, ['', ['а', 'у'], ['у', ovi], ['=', 'а'], sib ? 'ем' : 'ом', ['і', 'у', ovi], '-']);
  const soft = SOFTEN[last];
  if (soft && !ctx.person) add(p, LOC, stem.slice(0, -1) + soft + 'і'); // в Іраці beside в Іраку
  return p;
}

/** -ь nouns: masculine (Кремль → Кремля) or feminine (Білорусь → Білорусі, Білоруссю); both are listed. */
function ukSoftSign(word: string, stem: string, ctx: WordContext): Paradigm {
  if (ctx.person && ctx.gender === 'f') return fixed(word);
  if (/[бвгґджзклмнпрстфхцчшщ]ець$/i.test(word)) {
    // The fleeting е of -ець leaves a soft stem: Кравець → Кравця, Дочинець → Дочинцем.
    const soft = word.slice(0, -3) + 'ц';
    return fromEndings(word, soft, ['', 'я', ['ю', 'еві'], ctx.person ? 'я' : ['=', 'я'], 'ем', ['і', 'еві', 'ю'], 'ю']);
  }
  const masc = fromEndings(word, stem, ['', ['я', 'ю'], ['ю', 'еві'], ['=', 'я'], 'ем', ['і', 'ю', 'еві'], ['ю', 'е']]);
  if (ctx.person) return masc;
  const beforeLast = lastChar(stem.slice(0, -1));
  // The instrumental doubles a single final consonant after a vowel: Русь → Руссю, but Сіль → Сіллю too.
  const ins = VOWELS.includes(beforeLast) ? stem + stem.slice(-1) + 'ю' : stem + 'ю';
  add(masc, 1, stem + 'і');
  add(masc, 2, stem + 'і');
  add(masc, INS, ins);
  add(masc, 3, word);
  return masc;
}

/** Adjectives and adjective-type surnames: Сполучені, Верховна, Зеленський, Тихановська. */
export function ukAdjective(word: string): Paradigm | null {
  const low = word.toLowerCase();
  if (low.endsWith('ий')) return fromEndings(word, word.slice(0, -2), ['', 'ого', 'ому', ['=', 'ого'], 'им', ['ому', 'ім'], '=']);
  if (low.endsWith('ій')) return fromEndings(word, word.slice(0, -2), ['', 'ього', 'ьому', ['=', 'ього'], 'ім', ['ьому', 'ім'], '=']);
  if (low.endsWith('я')) return fromEndings(word, word.slice(0, -1), ['', 'ьої', 'ій', 'ю', 'ьою', 'ій', '=']);
  if (low.endsWith('а')) return fromEndings(word, word.slice(0, -1), ['', 'ої', 'ій', 'у', 'ою', 'ій', '=']);
  if (low.endsWith('е')) return fromEndings(word, word.slice(0, -1), ['', 'ого', 'ому', '=', 'им', ['ому', 'ім'], '=']);
  if (low.endsWith('і')) return fromEndings(word, word.slice(0, -1), ['', 'их', 'им', ['=', 'их'], 'ими', 'их', '=']);
  return null;
}

/** Plural nouns (pluralia tantum names): Штати → Штатів, Філіппіни → Філіппін, Афіни → Афінам. */
function ukPlural(word: string): Paradigm | null {
  const low = word.toLowerCase();
  if (low.endsWith('ї')) return fromEndings(word, word.slice(0, -1), ['', 'їв', 'ям', '=', 'ями', 'ях', '=']);
  if (!low.endsWith('и')) return null;
  const stem = word.slice(0, -1);
  return fromEndings(word, stem, ['', ['ів', ''], 'ам', '=', 'ами', 'ах', '=']);
}

/** Whether a word looks like an adjective in the nominative (used to find the head noun of a name). */
export function ukLooksAdjective(word: string): boolean {
  if (/^(велика|мала|нова|стара|свята|біла|чорна|червона|жовта|зелена)$/i.test(word)) return true;
  // -ня: soft adjectives (Всесвітня організація → Всесвітньої організації, Верхня, Синя).
  return !!endsWithAny(word, ['ий', 'ій', 'ські', 'цькі', 'зькі', 'ні', 'ові', 'ські', 'ська', 'цька', 'зька', 'на', 'ня', 'ове', 'ське', 'цьке', 'не', 'ені', 'ані']);
}

/**
 * A family or dynasty named by its surname in the plural: "роду Джемалятдінових", "Меллопи",
 * "братів Кличків", "у Новосельських". Nominative, genitive, dative, instrumental, locative.
 */
export function ukFamilyPlural(word: string): string[] {
  const low = word.toLowerCase();
  const stem1 = word.slice(0, -1);
  if (endsWithAny(low, ['ський', 'цький', 'зький', 'ий'])) return ['і', 'их', 'им', 'ими'].map((e) => word.slice(0, -2) + e);
  if (endsWithAny(low, ['ов', 'ев', 'єв', 'ів', 'ін', 'їн', 'ин'])) return ['и', 'их', 'им', 'ими'].map((e) => word + e);
  if (/[бвгґджзклмнпрстфхцчшщ]о$/.test(low)) return ['и', 'ів', 'ам', 'ами', 'ах'].map((e) => stem1 + e);
  if (low.endsWith('ь')) return ['і', 'ів', 'ям', 'ями', 'ях'].map((e) => stem1 + e);
  if (low.endsWith('й')) return ['ї', 'їв', 'ям', 'ями', 'ях'].map((e) => stem1 + e);
  if (/[бвгґдзклмнпрстфхц]$/.test(low)) return ['и', 'ів', 'ам', 'ами', 'ах'].map((e) => word + e);
  if (/[жчшщ]$/.test(low)) return ['і', 'ів', 'ам', 'ами', 'ах'].map((e) => word + e);
  return [];
}
