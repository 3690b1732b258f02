import type { Lang, Span } from './types';
import { LETTERS } from './letters';
import { allMatches } from './matches';

// Verbs and phrases that introduce what someone said. Past and present forms because news writes
// both ("заявив", "повідомляє"); impersonal ones ("йдеться", "говорится") have no subject.
const VERBS: Record<Lang, string[]> = {
  uk: [
    'повідоми(?:в|ла|ли)', 'повідомля(?:є|ють)', 'повідомляється', 'заяви(?:в|ла|ли)', 'заявля(?:є|ють)',
    'наголоси(?:в|ла|ли)', 'наголошу(?:є|ють)', 'зазначи(?:в|ла|ли)', 'зазнача(?:є|ють)', 'зазначається',
    'оголоси(?:в|ла|ли)', 'оголошу(?:є|ють)', 'сказа(?:в|ла|ли)', 'каже', 'кажуть', 'підкресли(?:в|ла|ли)',
    'підкреслю(?:є|ють)', 'уточню(?:є|ють)', 'уточни(?:в|ла|ли)', 'нагаду(?:є|ють)', 'нагада(?:в|ла|ли)',
    '(?:йдеться|ідеться)', 'проінформува(?:в|ла|ли)', 'поінформува(?:в|ла|ли)', 'дода(?:в|ла|ли)', 'додає',
    'поясни(?:в|ла|ли)', 'поясню(?:є|ють)', 'написа(?:в|ла|ли)', 'пише', 'розпові(?:в|ла|ли)',
    'розповіда(?:є|ють)', 'стверджу(?:є|ють|вав|вала)', 'визна(?:в|ла|ли)', 'запевни(?:в|ла|ли)',
    'стало відомо', 'за (?:його|її|їхніми|їх) словами', 'за словами', 'на (?:його|її|їхню|їх) думку', 'на думку',
    'поясню(?:вав|вала)', 'вважа(?:є|ють)', 'говори(?:в|ла|ли|ть)', 'відпові(?:в|ла|ли)', 'попереди(?:в|ла|ли)',
    'попереджа(?:є|ють|в|ла)', 'підтверди(?:в|ла|ли)', 'підтверджу(?:є|ють)', 'заявивши', 'сказавши',
    'додавши', 'зазначивши', 'наголосивши',
    // Warnings, insistence and assertions ("Мей застерегла, що …", "Видання твердить, що …").
    'застеріг', 'застерег(?:ла|ли)', 'застерігає', 'тверди(?:ть|в|ла|ли)', 'твердять', 'зауважи(?:в|ла|ли)',
    'зауважу(?:є|ють)', 'відзначи(?:в|ла|ли)', 'відзнача(?:є|ють)', 'наполяга(?:є|ють|в|ла|ли)',
    'пообіця(?:в|ла|ли)', 'припусти(?:в|ла|ли)', 'визнає',
    // Impersonal reports ("», — наголошується у зверненні"): the source is the document named after.
    'наголошується', 'відзначається', 'підкреслюється', 'вказується', 'сказано', 'зазначено',
  ],
  ru: [
    'заяви(?:л|ла|ли)', 'заявля(?:ет|ют)', 'сообщи(?:л|ла|ли)', 'сообща(?:ет|ют)', 'сообщается',
    'отмети(?:л|ла|ли)', 'отмеча(?:ет|ют)', 'отмечается', 'подчеркну(?:л|ла|ли)', 'подчеркива(?:ет|ют)',
    'сказа(?:л|ла|ли)', 'говорит', 'говорят', 'говорится', 'доба(?:вил|вила|вили|вляет)', 'поясни(?:л|ла|ли)',
    'написа(?:л|ла|ли)', 'пишет', 'рассказа(?:л|ла|ли)', 'уточни(?:л|ла|ли)', 'уточня(?:ет|ют)',
    'напомни(?:л|ла|ли)', 'напомина(?:ет|ют)', 'объяви(?:л|ла|ли)', 'утвержда(?:ет|ют|л|ла)',
    'призна(?:л|ла|ли)', 'заверил(?:а|и)?', 'стало известно', 'по (?:его|ее|её|их) словам', 'по словам', 'по (?:его|ее|её|их) мнению',
    'по мнению',
    'рассказыва(?:ет|ют|л|ла|ли)', 'объясня(?:ет|ют|л|ла|ли)', 'объясни(?:л|ла|ли)', 'разъясня(?:ет|ют|л|ла)',
    'замеча(?:ет|ют|л|ла)', 'замети(?:л|ла)', 'счита(?:ет|ют)', 'говори(?:л|ла|ли)', 'ответи(?:л|ла|ли)',
    'отвеча(?:ет|л|ла)', 'предупрежда(?:ет|ют|л|ла|ли)', 'предупреди(?:л|ла|ли)', 'описа(?:л|ла|ли)',
    'признается', 'призналс[яь]', 'подтверди(?:л|ла|ли)', 'подтвержда(?:ет|ют)', 'сообщив', 'заявив',
    'сказав', 'добавив', 'отметив', 'подчеркнув',
  ],
  en: [
    'said', 'says', 'say', 'stated', 'states', 'told', 'tells', 'announced', 'announces', 'added', 'adds',
    'explained', 'wrote', 'writes', 'claimed', 'claims', 'insisted', 'noted', 'warned', 'reported',
    'reports', 'argued', 'declared', 'according to', 'in (?:his|her|their) view',
    'confirmed', 'denied', 'explains', 'insists', 'warns', 'believes', 'recalled', 'replied', 'acknowledged',
    'admitted', 'saying',
    // Beliefs and forecasts are attributions too: "Analysts believe the Fed will …".
    'believe', 'believed', 'think', 'thinks', 'expects', 'expect', 'predicted', 'predicts', 'estimated', 'suggested',
    'suggests', 'asserted', 'contended', 'maintained', 'conceded', 'complained', 'disclosed', 'revealed',
    'promised', 'vowed', 'pledged', 'alleged', 'testified', 'assured', 'notes', 'argues', 'tell',
    // Stances taken through an object or infinitive ("vowed to …", "accused X of …", "tweeted …").
    'vows', 'promises', 'pledges', 'threatened', 'threatens', 'urged', 'urges', 'accused', 'accuses',
    'criticized', 'criticised', 'criticizes', 'blamed', 'blames', 'called for', 'calls for', 'called on',
    'calls on', 'asked', 'asks', 'questioned', 'wondered', 'demanded', 'demands', 'denies', 'dismissed',
    'rejected', 'praised', 'defended', 'tweeted', 'posted', 'touted', 'proposed', 'proposes', 'found',
    'finds', 'shows', 'showed', 'show', 'indicates', 'indicated',
    // Participles and plain present forms: "…, adding that …", "critics argue …", "experts warn …".
    'adding', 'noting', 'arguing', 'warning', 'claiming', 'insisting', 'explaining', 'telling', 'argue',
    'claim', 'insist', 'warn', 'predict', 'acknowledge', 'admit', 'announce', 'contend', 'maintain',
    'assert', 'suggest', 'feels', 'felt', 'worry', 'worries', 'worried', 'fear', 'stressed', 'emphasized',
    'concluded', 'responded', 'countered',
    // Nouns of statement before "that": "Trump's claim that …", "the allegation that …".
    '(?:assertion|allegations?|suggestion|belief|contention|insistence|argument|claim|claims|charge|warning|statement|view|remarks?|comments?)(?=\\s+that\\s)',
  ],
};

/** Speech phrases that name no speaker of their own ("зазначається", "стало відомо"). */
export const IMPERSONAL = /^(зазначається|повідомляється|йдеться|ідеться|наголошується|відзначається|підкреслюється|вказується|сказано|зазначено|стало відомо|сообщается|отмечается|говорится|стало известно)$/i;
/** Nouns of statement ("Trump's claim that …"): the speaker is the possessor, if any. */
export const STATEMENT_NOUN = /^(assertion|allegations?|suggestion|belief|contention|insistence|argument|claims?|charge|warning|statement|view|remarks?|comments?)$/i;
/** Phrases after which the speaker is named, then a comma: "за словами X, …", "according to X, …". */
export const PREPOSED = /^(за словами|на думку|по словам|по мнению|according to)$/i;
/** "На їхню думку" / "in their view": the speaker is whoever spoke last. */
export const ANAPHORIC = /^(на (його|її|їхню|їх) думку|за (його|її|їхніми|їх) словами|по (его|ее|её|их) (мнению|словам)|in (his|her|their) view)$/i;

const compiled = new Map<string, RegExp>();

function verbPattern(lang: Lang, flags: 'gu' | 'giu'): RegExp {
  const key = `${lang}/${flags}`;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(`(?<![${LETTERS}'’ʼ])(?:${VERBS[lang].join('|')})(?![${LETTERS}'’ʼ])`, flags);
    compiled.set(key, re);
  }
  return re;
}

/**
 * All speech verbs and phrases in `text`, in order. The verbs (all lower case) are looked for in
 * the lower-cased text: the same alternation under the `i` flag took V8 ~4 ms to compile, paid
 * again on every page after a pause (letters.ts says why). A text whose length lower-casing
 * changes ("İ") is searched case-insensitively as it is.
 */
export function findSpeechVerbs(text: string, lang: Lang): Span[] {
  const lower = text.toLowerCase();
  const [haystack, re] = lower.length === text.length ? [lower, verbPattern(lang, 'gu')] : [text, verbPattern(lang, 'giu')];
  return allMatches(re, haystack).map((m) => ({ text: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length }));
}

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' };

const QUOTE_CHAR = /[«“„"»”]/g;
const LETTER = /\p{L}/u;

/** Top-level quotations in `text` (nested „…“ inside «…» stay part of the outer one). */
export function findQuotes(text: string): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  const stack: { close: string; at: number }[] = [];
  // Jumping from quote mark to quote mark: a per-character loop made this the engine's hot spot.
  for (const m of allMatches(QUOTE_CHAR, text)) {
    const i = m.index;
    const ch = text[i];
    const top = stack[stack.length - 1];
    // «"Сьогодні "Газпром" отримав…"»: a straight mark after a space and before a word opens a name
    // quoted inside the quotation; taking it for the close would end the quotation at "Сьогодні".
    const opensInner = ch === '"' && top?.close === '"' && /^[\s(]?$/.test(text[i - 1] ?? '') && /[\p{L}\d«]/u.test(text[i + 1] ?? '');
    if (top && ch === top.close && !opensInner) {
      stack.pop();
      // `"…компанії "Лекхім", - повідомив`: one straight mark closes the name and the quotation
      // when the attribution dash follows.
      const collapsed = ch === '"' && stack.length > 0 && stack.every((q) => q.close === '"') && /^[,.!?…]?\s*[–—-]\s/.test(text.slice(i + 1, i + 5));
      if (collapsed) {
        out.push({ open: stack[0].at, close: i });
        stack.length = 0;
      } else if (stack.length === 0) out.push({ open: top.at, close: i });
      continue;
    }
    if (ch in PAIRS && (opensInner || !(ch === '"' && top?.close === '"'))) {
      if (ch === '"' && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '')) continue;
      stack.push({ close: PAIRS[ch], at: i });
    }
  }
  return out;
}
