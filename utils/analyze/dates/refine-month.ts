import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

// Full month words in every case. chrono's uk/ru locales also take short stems ("квіт", "лип",
// "серп", "трав") that are common words or start longer ones ("[Квіт]ка"), so a lone month must
// be one of these.
const MONTH_WORD = new RegExp(
  '^(?:(?:січ|берез|квіт|трав|черв|лип|серп|верес|жовт|груд)(?:ень|ня|ні)|лют(?:ий|ого|ому)|листопад[аі]?|' +
    '(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]|ма[йяе]|(?:март|август)[ае]?|' +
    'january|february|march|april|may|june|july|august|september|october|november|december)$',
  'iu',
);
// Words that make a lone month a time: prepositions and phrases of time ("у березні", "до березня",
// "наприкінці березня", "в начале марта", "since March") and modifiers ("минулого березня").
const CUE_BEFORE = new RegExp(
  '^(?:в|у|во|к|ко|з|із|зі|с|со|до|по|від|от|на|за|після|после|протягом|впродовж|наприкінці|напочатку|початку|' +
    'кінця|кінці|середини|середині|половині|половини|начала|начале|конца|конце|середины|середине|' +
    'початок|кінець|середина|підсумками|підсумках|итогам|итогах|итогами|' +
    'минулого|наступного|цього|минулому|наступному|цьому|торішнього|прошлого|следующего|этого|прошлом|' +
    'следующем|этом|нынешнего|текущего|поточного|until|since|in|by|during|through|from|to|before|after|' +
    'early|late|mid|last|next|this|of|between|and|or)$',
  'iu',
);
const CONJUNCTION = /^(?:і|й|та|чи|або|и|или|and|or)$/iu;
const LETTER = /[\p{L}'’ʼ]/u;

function lastWord(s: string): string {
  const m = /[\p{L}'’ʼ]+$/u.exec(s.trimEnd());
  return m ? m[0] : '';
}

/**
 * Keeps a month named without a day or year only when it reads as a time: a whole month word, with
 * a preposition or modifier before it (in the match or just before it). "Серп і молот", "Лютий
 * мороз", "Квітка", "Мая Плисецкая", "Orangemen march" are not dates.
 */
export const loneMonthRefiner: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => {
    const text = context.text;
    const kept: ParsingResult[] = [];
    for (const r of results) {
      const end = r.index + r.text.length;
      // A match that starts or ends inside a word is a piece of another word.
      if (LETTER.test(text[r.index - 1] ?? '') || insideWord(text, end)) continue;
      if (r.tags().has('dossier/season') || /\d/.test(r.text) || r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('year')) {
        kept.push(r);
        continue;
      }
      const words = r.text.match(/[\p{L}'’ʼ]+/gu) ?? [];
      const month = words[words.length - 1] ?? '';
      if (!/^[\p{L}'’ʼ]+\.?$/u.test(r.text.trim()) || words.length > 1) {
        // Phrases ("у березні", "last March", "минулого місяця"): the month word must be whole.
        if (!r.start.isCertain('month') || MONTH_WORD.test(month) || !isMonthStem(month)) kept.push(r);
        continue;
      }
      if (!MONTH_WORD.test(month)) continue;
      // English writes months capitalised; "may" and "march" in lower case are verbs.
      if (/^[a-z]/i.test(month) && !/^\p{Lu}/u.test(month)) continue;
      const before = lastWord(text.slice(Math.max(0, r.index - 30), r.index));
      const prev = kept[kept.length - 1];
      // "в січні, лютому, березні і квітні": a month listed after another month is one too.
      const gap = prev ? text.slice(prev.index + prev.text.length, r.index) : '';
      const listed = prev && gap.length < 8 && (CONJUNCTION.test(before) || /^\s*,\s*$/.test(gap));
      // A month word that is the whole text (a form field, a heading) has nothing else to be.
      const alone = before === '' && text.trim().length === r.text.trim().length;
      if (CUE_BEFORE.test(before) || listed || alone || (/^[a-z]/i.test(month) && before === '')) kept.push(r);
      else if (/^[a-z]/i.test(month) && !/^\p{Lu}/u.test(before)) kept.push(r);
    }
    return kept;
  },
};

/** Whether `end` cuts a word: a letter follows, or an apostrophe inside a word ("Черв'яки"), but
 * not the English possessive ("last year's", "Friday's"). */
function insideWord(text: string, end: number): boolean {
  const next = text[end] ?? '';
  if (/\p{L}/u.test(next)) return true;
  if (!/['’ʼ]/.test(next) || !/\p{L}/u.test(text[end + 1] ?? '')) return false;
  return !/^['’]s(?!\p{L})/u.test(text.slice(end, end + 3));
}

/** A short month stem chrono accepts alone ("квіт", "лип", "сент"). */
function isMonthStem(word: string): boolean {
  return /^(?:січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лист|груд|янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\.?$/iu.test(word);
}
