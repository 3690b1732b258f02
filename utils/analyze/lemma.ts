/**
 * The base form (nominative) of a proper name as written in running text, for tracking a candidate:
 * "Джоном Коулом" → "Джон Коул", "Тихановській" → "Тихановська", "Сполученими Штатами" → "Сполучені Штати".
 *
 * Why analysis by synthesis: the gazetteer re-inflects whatever base form we store with the engine's own
 * rules (./morphology), so the only base worth storing is one whose forms, by those rules, contain what
 * the reader saw. We guess bases by swapping endings, keep the guesses the rules inflect back into the
 * surface, and rank what is left: a guess explaining the surface in more cases, a known given name,
 * a plausible name ending, a nominative-looking surface left as it is. Runs only on demand (tooltip,
 * Track), never for every candidate of a page.
 */
import { inflectName, slavicLangs, type SlavicLang } from './morphology';
import { CASES, NOM, VOC, type Gender, type Paradigm, type Role } from './morphology/paradigm';
import { ruLooksAdjective, ruWord } from './morphology/ru';
import { ukLooksAdjective, ukWord } from './morphology/uk';
import type { ActorKind, Lang } from './types';

export interface BaseGuess {
  name: string;
  kind: ActorKind;
  /** 0..1: how sure the guess is (1 only when one reading fits). */
  confidence: number;
}

export interface LemmaContext {
  /** The text around the name (the page, or its sentence): other forms of the same name count for a guess. */
  text?: string;
  /** The name stood in «…» or “…” quotes: an organisation, a brand, a newspaper. */
  quoted?: boolean;
}

/** Given names seen in uk/ru news, base forms, lower case, Ukrainian and Russian spellings. */
const GIVEN = new Set(
  `джон дональд джо джеймс вільям вильям роберт майкл марко марк пітер питер пол мері мэри кіт кит стів стив том тед рон
  емманюель эммануэль ангела урсула фрідріх фридрих олаф борис кір кир кіра кира кая
  олександр александр володимир владимир дмитро дмитрий сергій сергей андрій андрей олексій алексей юрій юрий
  віктор виктор петро пётр петр іван иван михайло михаил микола николай василь василий ігор игорь олег павло павел
  євген евгений максим денис роман тарас богдан ярослав антон артем артём вадим валерій валерий геннадій геннадий
  григорій григорий степан федір фёдор федор костянтин константин леонід леонид анатолій анатолий руслан рустем
  кирило кирилл ілля илья никита нікіта станіслав станислав віталій виталий георгій георгий арсеній арсений мустафа
  світлана светлана олена елена юлія юлия ірина ирина наталія наталья ольга тетяна татьяна марія мария анна ганна
  катерина екатерина людмила оксана вікторія виктория ніна нина валентина галина лариса надія надежда софія софья
  дарія дарья анастасія анастасия марина мирослава христина кристина алла інна инна зоя лідія лидия ксенія ксения`
    .split(/\s+/)
    .filter(Boolean),
);
/** Endings typical of surnames: a lone word with one of them is a person. */
const SURNAME_END = /(енко|ук|юк|чук|ський|цький|ська|цька|ский|цкий|ская|цкая|ов|ев|єв|ёв|ова|ева|єва|ёва|ин|ін|їн|ина|іна|ич|вич)$/i;
/** Endings typical of place names. */
const PLACE_END = /(ія|ия|щина|ськ|цьк|ск|цк|град|город|поль|бург|піль)$/i;
const ORG_WORD = /^(служб|міністерств|министерств|рад|парті|парти|комітет|комитет|агентств|банк|компані|компани|фонд|союз|організац|организац|управлінн|управлени|суд|асамбле|ассамбле|конгрес|сенат|бюро|центр|інститут|институт|академі|академи|університет|университет|корпорац)/i;

const ENDS: Record<SlavicLang, string[]> = {
  uk: ['', 'а', 'я', 'о', 'е', 'ь', 'й', 'ий', 'ій', 'ія', 'і', 'и', 'ї', 'ка', 'га', 'ха', 'ці', 'ки'],
  ru: ['', 'а', 'я', 'о', 'е', 'ь', 'й', 'ий', 'ый', 'ой', 'ия', 'ие', 'ы', 'и', 'ая', 'яя', 'ое'],
};
const CONSONANT = /[бвгґджзклмнпрстфхцчшщ]/i;

/** The base form of `surface` with a kind, by inverting ./morphology. English and Latin names stay as written. */
export function guessBaseForm(surface: string, lang: Lang, context: LemmaContext = {}): BaseGuess {
  let name = surface.trim().replace(/\s+/g, ' ');
  let quoted = context.quoted ?? false;
  const q = /^[«“„"](.*)[»”“"]$/.exec(name);
  if (q) [name, quoted] = [q[1].trim(), true];
  const latin = !/[а-яёіїєґ]/i.test(name);
  if (latin || lang === 'en') {
    const bare = name.replace(/['’]s$/i, '');
    if (latin) return { name: bare, kind: quoted ? 'org' : latinKind(bare), confidence: 0.6 };
  }
  const words = name.split(' ');
  if (isAcronym(name)) return { name, kind: 'org', confidence: 0.8 };
  // ГУРу, МВФом: an acronym with a lower-case case ending.
  const acr = /^(\p{Lu}{2,})(а|у|ом|ем|е|і|ові|ы|ой)$/u.exec(name);
  if (acr && words.length === 1) return { name: acr[1], kind: 'org', confidence: 0.7 };
  const allowed = slavicLangs(name);
  const slavic: SlavicLang = lang !== 'en' && allowed.includes(lang) ? lang : (allowed[0] ?? 'uk');
  if (quoted) return lemmatise(words, slavic, ['org'], context) ?? { name, kind: 'org', confidence: 0.4 };
  return lemmatise(words, slavic, ['person', 'place', 'org'], context) ?? { name, kind: fallbackKind(words, slavic), confidence: 0.2 };
}

interface WordGuess {
  base: string;
  /** Bit set of the cases in which `base` gives the surface word. */
  cases: number;
  score: number;
}

function lemmatise(words: string[], lang: SlavicLang, kinds: ActorKind[], context: LemmaContext): BaseGuess | null {
  if (words.length > 5) return null;
  const perWord = words.map((w, i) => wordGuesses(w, lang, i === 0 && words.length > 1));
  const surface = words.join(' ');
  const looksAdj = lang === 'uk' ? ukLooksAdjective : ruLooksAdjective;
  const scored: Array<{ name: string; kind: ActorKind; score: number }> = [];
  for (const combo of product(perWord, 48)) {
    const base = combo.map((g) => g.base).join(' ');
    const bases = combo.map((g) => g.base);
    let score = combo.reduce((s, g) => s + g.score, 0);
    // Words of one name stand in one case together (or the later ones are a fixed complement).
    const shared = combo.reduce((m, g) => m & g.cases, (1 << CASES) - 1);
    if (combo.length > 1 && shared === 0) score -= 2;
    for (const kind of kinds) {
      const forms = inflectName(base, { kind, langs: [lang] });
      if (!forms.includes(surface)) continue;
      // Other forms of the same name nearby ("Коул" and "Коула" beside "Джоном Коулом") confirm the reading.
      let seen = 0;
      if (context.text) for (const f of forms) if (f !== surface && seen < 2 && mentions(context.text, f)) seen++;
      scored.push({ name: base, kind, score: score + seen + kindFit(bases, kind, lang, looksAdj, context) });
    }
  }
  if (!scored.length) return null;
  scored.sort((a, b) => b.score - a.score || a.name.length - b.name.length);
  const best = scored[0];
  const rival = scored.find((s) => s.name !== best.name);
  const margin = rival ? best.score - rival.score : 4;
  return { name: best.name, kind: best.kind, confidence: Math.round(Math.min(0.95, 0.45 + margin / 8) * 100) / 100 };
}

/** Every base a word may have, kept only if the rules inflect it back into the word; best first. */
function wordGuesses(word: string, lang: SlavicLang, first: boolean): WordGuess[] {
  if (word[0] === word[0].toLowerCase() || /[.\d]/.test(word) || isAcronym(word)) return [{ base: word, cases: (1 << CASES) - 1, score: 0 }];
  const hyps = new Set<string>();
  const altered = new Set<string>();
  const softInstr = new Set<string>();
  const low = word.toLowerCase();
  for (let k = 0; k <= Math.min(4, word.length - 2); k++) {
    const stem = word.slice(0, word.length - k);
    for (const e of ENDS[lang]) hyps.add(stem + e);
    for (const [s, fleeting] of alternations(stem, lang)) {
      for (const e of ['', 'а', 'ь', 'о']) if (!hyps.has(s + e)) (fleeting ? altered : hyps).add(s + e);
    }
    // The instrumental doubles a soft consonant: Білоруссю ← Білорусь, Сибіррю ← Сибір.
    const dbl = /([бвгджзклмнпрстфхцчшщ])\1$/i.exec(stem);
    if (dbl && k === 1 && /ю$/.test(low)) for (const e of ['ь', '']) softInstr.add(stem.slice(0, -1) + e);
  }
  for (const a of altered) hyps.add(a);
  for (const a of softInstr) hyps.add(a);
  // A base that keeps part of an oblique ending (Штатама, Джонома) is an artefact of stripping too little.
  const oblique = OBLIQUE.exec(low);
  const stemLen = oblique ? word.length - oblique[0].length : word.length;
  const out: WordGuess[] = [];
  for (const base of hyps) {
    if (base.length < 2 || !CONSONANT.test(base)) continue;
    const cases = casesFor(base, word, lang);
    if (!cases) continue;
    let score = -Infinity;
    for (let c = 0; c < CASES; c++) if (cases & (1 << c)) score = Math.max(score, CASE_WEIGHT[c]);
    // The vocative is too rare in news to count as another reading of a changed base (Лукашенек).
    score += POPCOUNT_BONUS * (popcount(base === word ? cases : cases & ~(1 << VOC)) - 1) + plausibility(base, lang);
    if (softInstr.has(base)) score += 0.5;
    if (base === word && ODD_NOMINATIVE[lang].test(low)) score -= 2;
    if (base !== word && base.length > stemLen && base.slice(0, stemLen + 1) === word.slice(0, stemLen + 1)) score -= 1.5;
    if (altered.has(base)) score -= 0.4;
    if (GIVEN.has(base.toLowerCase())) score += first ? 2 : 1;
    out.push({ base, cases, score });
  }
  out.sort((a, b) => b.score - a.score || a.base.length - b.base.length);
  return out.slice(0, 6);
}

/** Stems the endings alone cannot reach: fleeting vowels (Дністра ← Дністер), Ukrainian і ← о/е (Харкова ← Харків), к/г/х ← ц/з/с (Америці ← Америка). */
function alternations(stem: string, lang: SlavicLang): Array<[string, boolean]> {
  const out: Array<[string, boolean]> = [];
  const m = /([бвгґджзклмнпрстфхцчшщь])([бвгґджзклмнпрстфхцчшщ])$/i.exec(stem);
  if (m) {
    const head = stem.slice(0, -2);
    const soft = m[1].toLowerCase() === 'ь';
    for (const v of soft ? ['е'] : ['е', 'о']) out.push([head + (soft ? '' : m[1]) + v + m[2], true]);
    // Ukrainian -ець loses its vowel and keeps the softness: Дочинця ← Дочинець, Горобця ← Горобець.
    if (lang === 'uk' && m[2].toLowerCase() === 'ц') out.push([head + m[1] + 'ець', true]);
  }
  if (lang === 'uk') {
    const v = /([оеє])([бвгґджзклмнпрстфхцчшщ])$/i.exec(stem);
    if (v) out.push([stem.slice(0, -2) + (v[1].toLowerCase() === 'є' ? 'ї' : 'і') + v[2], false]);
    const s = { ц: 'к', з: 'г', с: 'х' }[stem.slice(-1).toLowerCase() as 'ц'];
    if (s) out.push([stem.slice(0, -1) + s, false]);
  }
  return out;
}

/** A reading that explains the surface in several cases is a little likelier (Білорусі: gen, dat, loc). */
const POPCOUNT_BONUS = 0.2;
const OBLIQUE = /(ами|ями|ими|ыми|ою|ею|єю|ові|еві|єві|ого|ього|ому|ьому|ему|его|ом|ем|ым|им)$/;
/** How often news puts a name in each case, roughly: nominative and genitive lead, vocative is rare. */
const CASE_WEIGHT = [1, 1, 0.6, 0.7, 0.7, 0.8, 0.1];
/** Surface endings that a nominative proper name hardly ever has, so the surface is not its own base. */
const ODD_NOMINATIVE: Record<SlavicLang, RegExp> = {
  uk: /(ою|ею|єю|ом|ем|єм|ами|ями|ові|еві|єві|ого|ього|ому|ьому|ській|цькій|ої|у|ю|им|ім|их|ах|ях|ам|ям|[^аеєиіїоуюяʼ'’]і)$/,
  ru: /(ом|ем|ым|им|ами|ями|ого|его|ому|ему|ую|юю|у|ю|[^аеиоуыэюя]е|ых|их|ах|ях|ам|ям)$/,
};

/** How likely a word is a nominative proper name, by its ending alone. */
function plausibility(base: string, lang: SlavicLang): number {
  const low = base.toLowerCase();
  // Ukrainian writes no soft sign after labials, hushing consonants or р at a word's end (Варшавь, Парижь).
  if (/[бвпмфжчшщґгкх]ь$/.test(low) || (lang === 'uk' && /рь$/.test(low)) || /[аеєиіїоуюяыэё]ь$/.test(low)) return -2;
  // й follows only a vowel: Галю is Галя, not "Галй".
  if (/[бвгґджзклмнпрстфхцчшщь]й$/.test(low)) return -2;
  // Two vowels before a final -и are an ending left on (Лукашенкуи), not a name.
  if (/[аеєиіїоуюяыэ]и$/.test(low)) return -1;
  // -ць is nearly always -ка in the dative (Америці ← Америка); я after a labial takes an apostrophe.
  // A final -нк/-шк/-чк is the stem of -нко/-ка (Лукашенку ← Лукашенко), not a name of its own.
  if (lang === 'uk' && (/[^е]ць$/.test(low) || /[бпвмф]я$/.test(low))) return -1;
  if (/[вшчжнщдтбпм]к$/.test(low)) return -1;
  // No soft sign after й, ь or a doubled consonant: Закарпаття, Полесья, Майя are their own nominatives.
  if (/([йь]|([бвгджзклмнпрстфхцчшщ])\2)ь$/.test(low)) return -2;
  if (/[бвгґджзклмнпрстфхцчшщ]{3}$/.test(low) && !/(ськ|цьк|нськ|ск|цк|нск|рст|нгт|штр)$/.test(low)) return -1;
  let p = 0;
  if (/[бвгґджзклмнпрстфхцчшщ]$/.test(low) || /а$/.test(low)) p += 0.5;
  else if (/я$/.test(low)) p += 0.3;
  else if (/(о|й)$/.test(low)) p += 0.3;
  // A feminine soft-sign name (Білорусь, Русь) is rare; its -і reads as -а's dative far more often (Україні).
  else if (/ь$/.test(low)) p -= 0.2;
  if (SURNAME_END.test(low) || PLACE_END.test(low)) p += 0.4;
  return p;
}

const ROLES: Array<[Role, Gender, boolean]> = [
  ['noun', 'm', false], ['noun', 'f', false], ['adj', 'm', false], ['plural', 'm', false],
  ['surname', 'm', true], ['surname', 'f', true], ['noun', 'm', true], ['noun', 'f', true],
];

/** The cases in which some reading of `base` gives `word`, as bits (1 << case). */
function casesFor(base: string, word: string, lang: SlavicLang): number {
  const decline = lang === 'uk' ? ukWord : ruWord;
  let bits = 0;
  for (const [role, gender, person] of ROLES) {
    const p: Paradigm = decline(base, { role, gender, person });
    for (let c = 0; c < CASES; c++) {
      // An empty case means "as the nominative": an indeclinable reading, which the nominative bit covers.
      if (c === NOM ? base === word : p[c].includes(word)) bits |= 1 << c;
    }
  }
  return bits;
}

function kindFit(bases: string[], kind: ActorKind, lang: SlavicLang, looksAdj: (w: string) => boolean, context: LemmaContext): number {
  const first = bases[0];
  const given = GIVEN.has(first.toLowerCase());
  const capitalised = bases.every((b) => b[0] !== b[0].toLowerCase());
  const adjFirst = bases.length > 1 && looksAdj(first);
  const orgWord = bases.some((b) => ORG_WORD.test(b));
  if (kind === 'org') return orgWord ? 2 : context.quoted ? 1 : -0.5;
  if (kind === 'person') {
    if (bases.length > 1) return given ? 2 : capitalised && !adjFirst && !orgWord && bases.length <= 3 ? 1 : -1;
    return SURNAME_END.test(first) || personInText(first, lang, context.text) ? 1 : 0;
  }
  // place
  if (bases.length > 1) return adjFirst && !orgWord ? 1.5 : 0;
  return PLACE_END.test(first) ? 0.7 : 0.2;
}

/** Whether the text names this surname after a given name ("Джоном Коулом"): then a lone form is a person. */
function personInText(surname: string, lang: SlavicLang, text?: string): boolean {
  if (!text) return false;
  const forms = new Set(inflectName(surname, { kind: 'person', langs: [lang] }));
  const re = /(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    re.lastIndex = m.index + m[1].length + 1;
    if (!forms.has(m[2])) continue;
    const g = m[1].toLowerCase();
    for (const name of GIVEN) if (g.startsWith(name.length > 3 ? name.slice(0, -1) : name)) return true;
  }
  return false;
}

/** Whether `text` has `name` as whole words ("Варшав" is not in "у Варшаві"). */
function mentions(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!/[\p{L}\p{M}'’ʼ-]/u.test(text[i + name.length] ?? ' ') && !/[\p{L}\p{M}]/u.test(text[i - 1] ?? ' ')) return true;
  }
  return false;
}

function fallbackKind(words: string[], lang: SlavicLang): ActorKind {
  if (words.some((w) => ORG_WORD.test(w))) return 'org';
  const looksAdj = lang === 'uk' ? ukLooksAdjective : ruLooksAdjective;
  return words.length >= 2 && words.length <= 3 && !looksAdj(words[0]) ? 'person' : 'place';
}

function latinKind(name: string): ActorKind {
  const words = name.split(' ');
  if (isAcronym(name)) return 'org';
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? 'person' : 'place';
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function popcount(n: number): number {
  let c = 0;
  for (; n; n &= n - 1) c++;
  return c;
}

/** The combinations of each word's guesses, best first, at most `cap`. */
function product(lists: WordGuess[][], cap: number): WordGuess[][] {
  let acc: WordGuess[][] = [[]];
  for (const list of lists) {
    const next: WordGuess[][] = [];
    for (const prefix of acc) for (const g of list) next.push([...prefix, g]);
    next.sort((a, b) => b.reduce((s, g) => s + g.score, 0) - a.reduce((s, g) => s + g.score, 0));
    acc = next.slice(0, cap);
  }
  return acc;
}
