/**
 * Synthetic but realistic gazetteers for the bench: N base names (people, places, organisations) in
 * Ukrainian with Russian aliases, plus English people, built from real given names, surname roots and
 * place-name patterns. Deterministic (seeded), and nested: the first 1,000 of the 10,000-name list are
 * the 1,000-name list, so the same page has the same names to find under every gazetteer size.
 */
import { baseForms, guessKind } from '../../utils/analyze/gazetteer';
import { inflectName } from '../../utils/analyze/morphology';
import type { GazetteerEntry } from '../../utils/analyze/types';

/** A small seeded PRNG (LCG): the same pages and gazetteers on every run and machine. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

// Given names: [Ukrainian, Russian, English transliteration]; gender for the surname ending.
const GIVEN_M: [string, string, string][] = [
  ['Олександр', 'Александр', 'Oleksandr'], ['Дмитро', 'Дмитрий', 'Dmytro'], ['Андрій', 'Андрей', 'Andriy'],
  ['Сергій', 'Сергей', 'Serhiy'], ['Іван', 'Иван', 'Ivan'], ['Петро', 'Пётр', 'Petro'], ['Михайло', 'Михаил', 'Mykhailo'],
  ['Юрій', 'Юрий', 'Yuriy'], ['Тарас', 'Тарас', 'Taras'], ['Богдан', 'Богдан', 'Bohdan'], ['Віктор', 'Виктор', 'Viktor'],
  ['Олег', 'Олег', 'Oleh'], ['Василь', 'Василий', 'Vasyl'], ['Григорій', 'Григорий', 'Hryhoriy'], ['Роман', 'Роман', 'Roman'],
  ['Максим', 'Максим', 'Maksym'], ['Євген', 'Евгений', 'Yevhen'], ['Володимир', 'Владимир', 'Volodymyr'],
  ['Павло', 'Павел', 'Pavlo'], ['Костянтин', 'Константин', 'Kostiantyn'], ['Ігор', 'Игорь', 'Ihor'], ['Денис', 'Денис', 'Denys'],
];
const GIVEN_F: [string, string, string][] = [
  ['Олена', 'Елена', 'Olena'], ['Світлана', 'Светлана', 'Svitlana'], ['Юлія', 'Юлия', 'Yulia'], ['Ірина', 'Ирина', 'Iryna'],
  ['Наталія', 'Наталья', 'Natalia'], ['Ольга', 'Ольга', 'Olha'], ['Марія', 'Мария', 'Maria'], ['Анна', 'Анна', 'Anna'],
  ['Тетяна', 'Татьяна', 'Tetiana'], ['Оксана', 'Оксана', 'Oksana'], ['Людмила', 'Людмила', 'Liudmyla'], ['Вікторія', 'Виктория', 'Viktoria'],
  ['Катерина', 'Екатерина', 'Kateryna'], ['Галина', 'Галина', 'Halyna'],
];
// Surname roots (uk spelling; ru by letter swaps) and endings by gender: [uk m, uk f, ru m, ru f].
const ROOTS = [
  'Коваль', 'Шевч', 'Бонд', 'Ткач', 'Кравч', 'Мельнич', 'Лисенк', 'Руд', 'Марч', 'Савч', 'Петр', 'Гонч', 'Левч', 'Мороз',
  'Павл', 'Гриц', 'Сидор', 'Карп', 'Остап', 'Кузьм', 'Семен', 'Тимош', 'Жук', 'Голуб', 'Соколь', 'Ворон', 'Білан', 'Чорн',
  'Лук', 'Мирон', 'Гордій', 'Литвин', 'Дорош', 'Панас', 'Кирил', 'Мартин', 'Назар', 'Прокоп', 'Герас', 'Демид', 'Харит',
  'Ярем', 'Клим', 'Федор', 'Стефан', 'Трохим', 'Давид', 'Захар', 'Овсій', 'Лавр', 'Матві', 'Пилип', 'Оліф', 'Устим', 'Юхим',
  'Зінч', 'Кушн', 'Гребен', 'Бойч', 'Костюч', 'Вакул', 'Дзюб', 'Гузь', 'Шаповал', 'Стельмах', 'Бондар', 'Гончар', 'Пасічн',
];
const SURNAME_ENDINGS: [string, string, string, string][] = [
  ['енко', 'енко', 'енко', 'енко'], ['ук', 'ук', 'ук', 'ук'], ['ський', 'ська', 'ский', 'ская'], ['ов', 'ова', 'ов', 'ова'],
  ['ич', 'ич', 'ич', 'ич'], ['як', 'як', 'як', 'як'], ['ишин', 'ишина', 'ишин', 'ишина'], ['ецький', 'ецька', 'ецкий', 'ецкая'],
];
const PLACE_ROOTS = ['Зелен', 'Соснов', 'Берез', 'Дубов', 'Вишн', 'Кам’ян', 'Злат', 'Світл', 'Нов', 'Стар', 'Красн', 'Бистр', 'Тих', 'Ясн', 'Тополь', 'Лип', 'Калин', 'Ожин', 'Верб', 'Яблун', 'Горох', 'Озер', 'Криничн', 'Степн', 'Лугов', 'Гірськ', 'Річн', 'Морськ', 'Польов', 'Лісов'];
const PLACE_ENDINGS: [string, string][] = [['ка', 'ка'], ['івка', 'овка'], ['огірськ', 'огорск'], ['оград', 'оград'], ['ець', 'ец'], ['ополь', 'ополь'], ['ичі', 'ичи'], ['ове', 'ово']];
const PLACE_QUALIFIERS: [string, string][] = [['Велик', 'Больш'], ['Мал', 'Мал'], ['Нов', 'Нов'], ['Стар', 'Стар'], ['Верхн', 'Верхн'], ['Нижн', 'Нижн'], ['Західн', 'Западн'], ['Східн', 'Восточн'], ['Південн', 'Южн'], ['Північн', 'Северн'], ['Горішн', 'Горн'], ['Долішн', 'Дольн']];
/** An adjective stem agreeing with the noun's gender as its ending tells: Велика Березівка, Нове Озерове. */
function agree(stem: string, noun: string): string {
  const soft = /(ерхн|ижн|ішн)$/.test(stem);
  if (/[аяі]$|ичи$/.test(noun)) return stem + (/и$|і$/.test(noun) ? (soft ? 'і' : 'і') : soft ? 'я' : 'а');
  if (/[еоє]$/.test(noun)) return stem + (soft ? 'є' : 'е');
  return stem + (soft ? 'ій' : 'ий');
}
const ORG_HEADS: [string, string][] = [['Національна', 'Национальная'], ['Державна', 'Государственная'], ['Обласна', 'Областная'], ['Міська', 'Городская'], ['Центральна', 'Центральная']];
const ORG_NOUNS: [string, string][] = [['рада', 'рада'], ['служба', 'служба'], ['агенція', 'агентство'], ['комісія', 'комиссия'], ['інспекція', 'инспекция']];
const EN_FIRST = ['John', 'Mary', 'James', 'Linda', 'Robert', 'Susan', 'Michael', 'Karen', 'David', 'Emily', 'Thomas', 'Laura', 'Daniel', 'Helen'];
const EN_LAST = ['Miller', 'Harris', 'Walker', 'Turner', 'Parker', 'Collins', 'Stewart', 'Morris', 'Rogers', 'Cooper', 'Bailey', 'Howard', 'Ward', 'Brooks', 'Bennett', 'Wood', 'Barnes', 'Fisher', 'Hayes', 'Myers', 'Ford', 'Grant', 'Shaw', 'Reed', 'Hunt', 'Palmer', 'Gibson', 'Wells', 'Lane', 'Porter'];

/** Patronymic of a father's given name, [uk, ru]: Петро → Петрович/Петрівна, Андрій → Андрійович/Андріївна. */
function patronymic([uk, ru]: [string, string, string], female: boolean): [string, string] {
  const u = uk.replace(/[оа]$/, '');
  const soft = /[йь]$/.test(u);
  const ukP = female ? u.replace(/[йь]$/, '') + (soft ? 'ївна' : 'івна') : u.replace(/ь$/, '') + 'ович';
  const r = ru.replace('ё', 'е').replace(/а$/, '');
  const ruStem = /ей$/.test(r) ? r.replace(/й$/, 'е') : /ий$/.test(r) ? r.replace(/ий$/, 'ье') : r.replace(/ел$/, 'л') + 'о';
  const ruP = ruStem + (female ? 'вна' : 'вич');
  return [ukP, ruP];
}

const toRu = (uk: string) => uk.replace(/і/g, 'и').replace(/ї/g, 'и').replace(/є/g, 'е').replace(/’/g, '');

/** `count` distinct base entries; each kind in realistic proportions (people most, then places). */
export function gazetteerEntries(count: number): GazetteerEntry[] {
  const r = seeded(7);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const seen = new Set<string>();
  const out: GazetteerEntry[] = [];
  let attempts = 0;
  while (out.length < count) {
    if (++attempts > count * 50) throw new Error(`only ${out.length} distinct names for ${count}`);
    const roll = r();
    let entry: GazetteerEntry;
    if (roll < 0.62) {
      const female = r() < 0.35;
      const [uk, ru, en] = pick(female ? GIVEN_F : GIVEN_M);
      const root = pick(ROOTS);
      const end = pick(SURNAME_ENDINGS);
      const surUk = root + (female ? end[1] : end[0]);
      const surRu = toRu(root) + (female ? end[3] : end[2]);
      // Officials are often written with a patronymic ("Олександр Петрович Коваленко").
      const [pu, pr] = r() < 0.5 ? patronymic(pick(GIVEN_M), female) : ['', ''];
      const mid = (w: string) => (w ? ` ${w} ` : ' ');
      entry = { name: `${uk}${mid(pu)}${surUk}`, kind: 'person', lang: 'uk', aliases: [`${ru}${mid(pr)}${surRu}`] };
      if (r() < 0.2) entry.aliases!.push(`${en} ${translit(surUk)}`);
    } else if (roll < 0.8) {
      const root = pick(PLACE_ROOTS) + pick(['о', 'и', '']);
      const [uk, ru] = pick(PLACE_ENDINGS);
      const name = (root + uk).replace(/оо|ии|ои|ио/g, (m) => m[0]);
      const ruName = (toRu(root) + ru).replace(/оо|ии|ои|ио/g, (m) => m[0]);
      // Villages share names, so most are told apart by a "Велика/Нова ..." qualifier.
      const [qu, qr] = r() < 0.8 ? pick(PLACE_QUALIFIERS) : ['', ''];
      entry = { name: qu ? `${agree(qu, name)} ${name}` : name, kind: 'place', lang: 'uk', aliases: [qr ? `${agree(qr, ruName)} ${ruName}` : ruName] };
    } else if (roll < 0.9) {
      const [hu, hr] = pick(ORG_HEADS);
      const [nu, nr] = pick(ORG_NOUNS);
      const city = pick(PLACE_ROOTS) + pick(PLACE_ENDINGS)[0];
      entry = { name: `${hu} ${nu} ${city}`, kind: 'org', lang: 'uk', aliases: [`${hr} ${nr} ${toRu(city)}`] };
    } else {
      entry = { name: `${pick(EN_FIRST)} ${pick(EN_LAST)}${pick(['', 'son', 'ton', 'ley', 'field', 'man'])}`, kind: 'person', lang: 'en' };
    }
    if (seen.has(entry.name)) continue;
    seen.add(entry.name);
    out.push(entry);
  }
  return out;
}

const LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'yu', я: 'ya', '’': '',
};

function translit(word: string): string {
  const lower = [...word.toLowerCase()].map((c) => LAT[c] ?? c).join('');
  return lower[0].toUpperCase() + lower.slice(1);
}

/** Base forms only (names and aliases, not inflected): the list a plain highlighter is given. */
export function baseAliases(entries: GazetteerEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]))];
}

/** Every form the engine matches (its own expansion), for a baseline that finds the same names. */
export function allForms(entries: GazetteerEntry[]): string[] {
  const out = new Set<string>();
  for (const e of entries) {
    const kind = guessKind(e);
    const bases = baseForms(e, kind);
    for (const b of bases) for (const f of inflectName(b, { kind })) out.add(f);
  }
  return [...out];
}
