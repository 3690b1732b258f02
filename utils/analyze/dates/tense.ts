import type { Lang } from '../types';
import { LETTERS } from '../letters';
import { allMatches } from '../matches';

export type Tense = 'past' | 'future' | 'present' | null;

// Auxiliaries and cue words that mark the future in news prose. Perfective futures ("проведе",
// "підпише") cannot be told from presents by their ending alone, so a prefix check below helps.
const FUTURE_WORDS: Record<Lang, RegExp> = {
  uk: /^(буде|будуть|буду|будемо|будете|будеш|планує|планують|плануємо|збирається|збираються|наступного|наступному|наступної|незабаром|відбудеться|відбудуться)$/,
  ru: /^(будет|будут|буду|будем|будете|будешь|планирует|планируют|планируем|собирается|собираются|следующем|следующей|следующего|скоро|состоится|состоятся)$/,
  en: /^(will|shall|'ll|plans|planned|intends|upcoming|next|going|supposed|scheduled|expected|due|slated)$/,
};

const PAST_WORDS: Record<Lang, RegExp> = {
  uk: /^(був|була|було|були|раніше|торік|вчора|минулого|минулому)$/,
  ru: /^(был|была|было|были|ранее|вчера|прошлом|прошлого|прошлой)$/,
  // Irregular pasts the -ed rule below misses (not "set", "put", "cut": their presents look the same).
  en: /^(was|were|had|did|said|told|ago|last|yesterday|earlier|left|went|came|took|made|saw|got|gave|fell|rose|won|lost|met|sold|paid|held|began|became|ran|found|kept|sent|spent|brought|bought|thought|led|grew|knew|wrote|spoke|broke|chose|drove|flew|struck|fought|caught|taught|stood|sat|felt|heard|meant|built|dealt)$/,
};

const EN_SCHEDULE = /^(?:ends|begins|starts|opens|closes|expires|resumes|falls|runs|lasts)$/;

// Past-tense verb endings: Ukrainian -в/-ла/-ло/-ли (+ reflexive -ся/-сь), Russian -л/-ла/-ло/-ли.
// The vowel before them keeps out most nouns ("держав", "сила" still slip through, rarely near dates).
// "пішов", "пройшли", "зайшла": the -йти verbs end their past in -шов/-шла/-шли.
const UK_PAST = /[аяиіуе](в|вся|ла|лася|лось|лося|ло|ли|лися|лись)$|(шов|шла|шло|шли)(ся|сь)?$/;
const UK_PAST_IV = /(?:хот|зум|вм|сид|лет|терп|гор|вел|вис|шум|кип|мовч|біг)ів$/;
const RU_PAST = /[аяиеоуы](л|лся|ла|лась|ло|лось|ли|лись)$/;
const EN_PAST = /^[a-z]{3,}ed$/;

// Perfective prefixes; a prefixed verb in a present-looking form is a future ("проведе" = will hold).
// Plain letter ranges, not \p{L}: cheaper to compile again after V8 dropped the code (letters.ts).
const UK_PERFECTIVE = new RegExp(`^(про|пере|під|від|роз|за|на|ви|до|по|з|с|у)[${LETTERS}]{2,}(е|уть|ють|ить|ять|еться|уться|иться)$`, 'u');
// No u flag: LETTERS needs none, and V8 runs patterns twice as fast without it (letters.ts).
const WORD = new RegExp(`[${LETTERS}'’ʼ]+`, 'g');
const CLAUSE_MARK = /[,;:–—]/g;
const RU_PERFECTIVE = new RegExp(`^(про|пере|под|от|раз|рас|за|на|вы|до|по|с|у)[${LETTERS}]{2,}(ет|ут|ют|ит|ят|ется|утся|ится)$`, 'u');
// Adjective and noun endings that look like the verb forms above.
const NOT_VERB = /(ське|цьке|зьке|не|ове|еве|єве|ние|ное|ее|ое|ие|ость)$|^досить$/;

function wordTense(word: string, lang: Lang): Tense {
  const w = word.toLowerCase();
  if (FUTURE_WORDS[lang].test(w)) return 'future';
  // "the quarter, which ends on June 26", "Easter falls on April 5": a schedule, the nearest date.
  if (lang === 'en' && EN_SCHEDULE.test(w)) return 'present';
  if (PAST_WORDS[lang].test(w)) return 'past';
  if (lang === 'en') {
    // "United", "Limited", "Red Bull Salzburg"-style names: a capitalised -ed word is not a verb.
    if (EN_PAST.test(w) && !/^\p{Lu}/u.test(word)) return 'past';
    return null;
  }
  if (w.endsWith('тиме') || w.endsWith('тимуть') || w.endsWith('тимемо') || w.endsWith('тиметься')) return 'future';
  // "-ів" is far more often a genitive plural ("пацієнтів", "років") than a past verb ("хотів").
  if (lang === 'uk' && w.endsWith('ів') && !UK_PAST_IV.test(w)) return null;
  if (w.length >= 5 && (lang === 'uk' ? UK_PAST : RU_PAST).test(w)) return 'past';
  const perfective = lang === 'uk' ? UK_PERFECTIVE : RU_PERFECTIVE;
  if (w.length >= 6 && perfective.test(w) && !(lang === 'uk' && NOT_VERB.test(w))) return 'future';
  return null;
}

// Verbs whose infinitive looks ahead in news: "set to resume Monday", "agreed to purchase … in
// February", "expect the transaction to be completed by Dec. 15". Not "report", "announce",
// "open" or "close": "expects to report a third-quarter loss" speaks of a quarter already over,
// and "fell 50 cents on Friday to close at $20" of a market's close.
const EN_AHEAD = /^(?:be|begin|resume|start|complete|conclude|buy|purchase|acquire|sell|pay|hold|vote|launch|finish|expire|take|sign|visit|release|testify|decide|deliver|return)$/i;

/** A word's tense as its neighbour changes it (English only). */
function inContext(tense: Tense, lang: Lang, word: string, previous: string | undefined): Tense {
  if (lang !== 'en' || !previous) return tense;
  if (tense === null && /^to$/i.test(previous) && EN_AHEAD.test(word)) return 'future';
  // "expect it to be completed by Dec. 15", "markets to remain closed until Friday": a participle
  // after a present "be" or "remain" is a state, not the past ("are supposed to" stays a future).
  if (tense === 'past' && /^(?:be|is|are|am|remain|remains|stay|stays)$/i.test(previous)) return null;
  return tense;
}

/**
 * The tense that governs a date at [start, end) of a sentence: the nearest tense-marked word in the
 * date's clause (split at commas, semicolons, colons and dashes), else the nearest in the sentence.
 * "Лукашенко оголосив, що … проведе «…» в грудні": the clause of "в грудні" holds "проведе" → future.
 */
export function tenseAround(sentence: string, start: number, end: number, lang: Lang): Tense {
  const matches = allMatches(WORD, sentence);
  const words = matches.map((m, i) => ({
    start: m.index,
    end: m.index + m[0].length,
    tense: m.index >= start && m.index < end ? null : inContext(wordTense(m[0], lang), lang, m[0], matches[i - 1]?.[0]),
  }));
  const boundaries = allMatches(CLAUSE_MARK, sentence).map((m) => m.index);
  const clauseStart = Math.max(-1, ...boundaries.filter((b) => b < start)) + 1;
  const clauseEnd = Math.min(sentence.length, ...boundaries.filter((b) => b >= end));
  const nearest = (from: number, to: number): Tense => {
    let best: Tense = null;
    let bestDist = Infinity;
    for (const w of words) {
      if (!w.tense || w.start < from || w.end > to) continue;
      const dist = w.end <= start ? start - w.end : w.start - end;
      if (dist < bestDist) {
        bestDist = dist;
        best = w.tense;
      }
    }
    return best;
  };
  return nearest(clauseStart, clauseEnd) ?? nearest(0, sentence.length);
}
