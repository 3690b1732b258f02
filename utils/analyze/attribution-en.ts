// Finding English attribution cues in a sentence: verbs from the lemma table (any inflection), fixed
// phrases ("according to", "called for") and nouns of statement before "that". A word is a cue only
// where it can be a verb: "the state", "a report", "his warning" are nouns.
import { CUES, NOUN_LIKE, isNounLikeBase, type CueEntry } from './attribution-en-lexicon';
import type { Span } from './types';

// Nouns that carry a statement before "that" ("Trump's claim that …"), stance adjectives ("is
// confident that …") and nouns of intention before an infinitive ("Trump's plan to …").
const THAT_NOUNS = (
  'assertion allegation allegations suggestion belief contention insistence argument claim claims charge charges warning ' +
  'warnings statement view remark remarks comment comments promise pledge prediction fear fears hope hopes concern concerns ' +
  'accusation accusations denial admission announcement notion suspicion speculation rumor rumors rumour rumours theory ' +
  'message conclusion finding findings estimate estimates expectation expectations assurance assurances insinuation ' +
  'implication idea sense complaint testimony report reports assessment judgment verdict confirmation acknowledgment ' +
  'recognition impression perception fact evidence position case worry doubt doubts question sign signs proof'
).split(' ');
const THAT_ADJECTIVES = (
  'confident convinced sure certain aware worried concerned afraid hopeful optimistic pessimistic adamant skeptical ' +
  'sceptical doubtful insistent persuaded satisfied determined happy pleased proud glad upset disappointed frustrated angry ' +
  'furious surprised unhappy unconvinced'
).split(' ');
const TO_NOUNS = (
  'plan plans proposal proposals promise promises pledge pledges vow vows threat threats decision demand demands refusal ' +
  'offer intention commitment desire wish push bid effort attempt vote order request invitation'
).split(' ');
// Either case for the first letter ("Plans to …" opening a sentence), the rest as written.
const OF_NOUNS = (
  'criticism criticisms support opposition praise attack attacks comments remarks endorsement defense defence rejection ' +
  'condemnation questions concerns complaints accusations allegations warnings denunciation dismissal embrace'
).split(' ');
const alt = (words: string[]) => words.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
// Tried only where a word from PHRASE_HEADS starts, so the sticky flag anchors it there.
const PHRASES = new RegExp(
  `(?:[Aa]ccording to|[Ii]n (?:his|her|their|its|our) (?:view|opinion|words)|call(?:ed|s)? (?:for|on)|point(?:ed|s)? out|` +
    `made (?:it )?clear|went on to say|made the case|(?:shot|fired|hit|snapped) back|` +
    `(?:describ|characteriz|characteris|label|labell|brand|dubb)(?:ed|es|s)(?=\\s)|call(?:ed|s)(?=\\s+(?!(?:up|off|out|in|back|to|a|an|for|on|at|by|into|from|over|away|upon|as|and|or|but|after|when|while|his|its|their|her)\\s)[\\p{L}$\\d"“])|` +
    `(?:${alt(THAT_NOUNS)})(?=\\s+that\\s)|` +
    // "is confident he will win": an adjective's clause may drop "that" too.
    `(?:${alt(THAT_ADJECTIVES)})(?=\\s+(?:(?:that|he|she|it|they|we|I|you|there|the|this|his|her|their)\\s|\\p{Lu}))|` +
    `(?:${alt(TO_NOUNS)})(?=\\s+to\\s+\\p{Ll})|` +
    // "Trump's criticism of the deal", "her support for the ban": a possessed noun of stance.
    `(?<=(?:['’]s?|\\b(?:his|her|their|its))\\s+)(?:${alt(OF_NOUNS)})(?=\\s+(?:of|for|to|on|about|against)\\s))(?![\\p{L}'’ʼ])`,
  // Case-sensitive: a name after "called" and a lower-case verb after "plan to" are told by case.
  'uy',
);
const PHRASE_HEADS = new Set([
  ...'according in call called calls point pointed points made went shot fired hit snapped'.split(' '),
  ...['describ', 'characteriz', 'characteris', 'label', 'labell', 'brand', 'dubb'].flatMap((x) => [`${x}ed`, `${x}es`, `${x}s`]),
  ...THAT_NOUNS,
  ...THAT_ADJECTIVES,
  ...TO_NOUNS,
  ...OF_NOUNS,
]);
/** Nouns of statement ("Trump's claim that …"): the speaker is the possessor, if any. */
export const EN_STATEMENT_NOUN = new RegExp(`^(?:${alt(THAT_NOUNS)}|${alt(TO_NOUNS)})$`, 'i');
// Before one of these a word is a noun ("the warning", "his claims", "Trump's remarks").
// "a previously announced agreement": an adverb may stand between.
// "He's expected", "it's believed": a pronoun's "'s" is "is", not a possessive.
const DETERMINER =
  /(?:^|[^\p{L}])(?:the|a|an|this|these|those|his|her|its|their|our|my|your|every|each|no|any)\s+(?:\p{L}+ly\s+)?$|(?<!(?:^|[^\p{L}])(?:he|she|it|that|there|who|what|this|here))['’]s?\s+$/iu;
const WORD = /[A-Za-z][A-Za-z'’-]*/g;
// After a preposition an -ing form is a gerund ("In announcing the delay", "despite warning"); elsewhere
// it is a participle ("…, saying", "a statement saying", "has been claiming").
const ING_NOT_AFTER = /(?:^|[^\p{L}])(?:in|of|for|on|about|from|despite|to|into|at|against|with|upon|than|like|stop|stopped|start|started|keep|kept|avoid|avoided)\s+$/iu;
const PRONOUN = /^(?:he|she|it|they|we|i|you|who|which|that|this|one)$/i;

/** A plural-looking "-s" form ("charges", "plans", "claims") is a verb only after a subject. */
function subjectBefore(text: string, at: number): boolean {
  const lead = /(?:^|\s)([\p{L}'’.-]+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!lead) return false;
  const prev = lead[1];
  if (PRONOUN.test(prev) || /ly$/i.test(prev) || /^\p{Lu}/u.test(prev) || /['’]$/.test(prev)) return true;
  // "the campaign claims" (a determiner before a singular noun) but not "corruption charges".
  return /(?:^|\s)(?:the|a|an|this|that|his|her|its|their|our)\s+[\p{L}'’.-]+\s+$/iu.test(text.slice(Math.max(0, at - 60), at));
}

/** "Democrats hope to …", "they claim that …": a base form that is mostly a noun is a verb after a plural subject. */
function pluralSubjectBefore(text: string, at: number): boolean {
  const m = /(?:^|[^\p{L}'’])([\p{L}'’]+)\s+(?:(?:also|still|now|often|generally|largely|mostly|strongly|all|both)\s+)?$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return false;
  const prev = m[1];
  if (/^(?:i|we|they|you|who)$/i.test(prev)) return true;
  // "officials", "Republicans", "polls" — but not "his", "this", "across", "news".
  return /[^su'’]s$/.test(prev) && !/^(?:his|its|hers|ours|theirs|yours|this|thus|was|has|does|is|as|us|plus|news|less|across|unless|perhaps|always|sometimes|whereas|towards|besides|afterwards|nevertheless)$/i.test(prev);
}

const AUX_AFTER = /^\s+(?:have|has|had|is|are|was|were|will|would|can|could|may|might|should|must|do|does|did)\b/i;

export function titleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.length >= 3 && words.length <= 20 && words.filter((x) => /^\p{Lu}/u.test(x)).length >= words.length * 0.7;
}

/** Whether the cue word `w` at `at` is used as a verb here. */
function verbHere(text: string, at: number, w: string, e: CueEntry): boolean {
  // "well-known", "long-expected": part of a compound adjective.
  if (w.includes('-')) return false;
  // "United States", "Reporting System": a capitalised cue inside a sentence is part of a name,
  // unless the sentence is a headline in title case ("Trump Says Clinton Lied").
  if (/^\p{Lu}/u.test(w) && !titleCase(text) && !/(?:^|[.!?"“”'‘’:]\s*|\n\s*)$/u.test(text.slice(Math.max(0, at - 3), at))) return false;
  const lead = text.slice(Math.max(0, at - 30), at);
  if (DETERMINER.test(lead)) return false;
  const lower = w.toLowerCase();
  // "…," he continued.' closes a quotation; "the progress continues" attributes nothing.
  if (e.lemma === 'continue' && !/^\s*(?:[.:;"“”]|,\s*["“]|that\s|$)/.test(text.slice(at + w.length, at + w.length + 8))) return false;
  // "Newspaper reports have said …", "Trump's claims were …": a noun before the sentence's verb.
  if (NOUN_LIKE.has(e.lemma) && !lower.endsWith('ed') && !lower.endsWith('ing') && AUX_AFTER.test(text.slice(at + w.length, at + w.length + 12))) return false;
  // "who asked not to be named", "declined to be identified": a source's anonymity, not a statement.
  if (/^\s+(?:not\s+to\s+be|to\s+not\s+be|for\s+anonymity)/i.test(text.slice(at + w.length, at + w.length + 24))) return false;
  // "In announcing the plant delay", "seeking to sell": an -ing form attributes only as a participle
  // added to a clause ("…, saying", "while noting").
  if (lower.endsWith('ing') && (ING_NOT_AFTER.test(text.slice(Math.max(0, at - 12), at)) || /^\s*$/.test(text.slice(Math.max(0, at - 2), at)))) return false;
  if (NOUN_LIKE.has(e.lemma) && /s$/.test(lower) && lower !== e.lemma && !lower.endsWith('ss') && !subjectBefore(text, at)) return false;
  return true;
}

/** Every English cue in `text`, in order, with offsets in `text`. */
export function findEnglishCues(text: string): Span[] {
  const out: Span[] = [];
  // One pass over the words: a map lookup each, a regex only where a cue or a phrase may start.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (PHRASE_HEADS.has(lower)) {
      PHRASES.lastIndex = m.index;
      const p = PHRASES.exec(text);
      // "despite calls for …" is a noun; "Trump calls for …" a verb.
      // "to make sure the progress continues" is no stance.
      const makeSure = p && /^sure$/i.test(p[0]) && /\bma(?:ke|kes|king|de)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index));
      if (p && !makeSure && !(/^calls\s/i.test(p[0]) && !subjectBefore(text, m.index))) {
        out.push({ text: p[0], start: m.index, end: m.index + p[0].length });
        WORD.lastIndex = m.index + p[0].length;
        continue;
      }
    }
    const e = CUES.get(lower);
    if (!e || (isNounLikeBase(w) && !pluralSubjectBefore(text, m.index)) || !verbHere(text, m.index, w, e)) continue;
    out.push({ text: w, start: m.index, end: m.index + w.length });
  }
  return out;
}

const BE_BEFORE = /(?:(?:^|[^\p{L}])(?:is|are|was|were|be|been|being)|['’]s|['’]re)\s+(?:(?:widely|generally|also|now|still|not|long|largely|initially|originally|previously|already|further|reportedly)\s+){0,2}$/iu;
const RAISING = /^(?:expected|believed|thought|said|reported|rumou?red|known|seen|considered|estimated|projected|predicted|alleged|understood|feared|suspected|presumed|assumed|claimed)$/i;

/**
 * "X is expected to win", "it was reported that …", "X was quoted as saying …": a participle after
 * "be". Returns where the content starts in the sentence (`s` offsets), or -1 when it is not passive.
 */
export function passiveContent(text: string, s: Span, verb: Span): { from: number; to: number; bySpeaker: Span | null } | null {
  if (!RAISING.test(verb.text) || !BE_BEFORE.test(text.slice(Math.max(s.start, verb.start - 40), verb.start))) return null;
  const rest = text.slice(verb.end, s.end);
  const by = /^\s+by\s+((?:[\p{L}\p{N}.'’&-]+\s*){1,6}?)(?=[,.;]|\s+(?:to|that|as)\s|$)/u.exec(rest);
  const bySpeaker = by ? { text: by[1].trim(), start: verb.end + by[0].indexOf(by[1]), end: verb.end + by[0].indexOf(by[1]) + by[1].trim().length } : null;
  const after = by ? rest.slice(by[0].length) : rest;
  const offset = verb.end + (by ? by[0].length : 0);
  // "it is expected that …" / "it was reported Tuesday that …": the clause after "that".
  const lead = text.slice(s.start, verb.start);
  const that = /^[^.;]{0,40}?\bthat\s+/i.exec(after);
  if (/(?:^|[\s,])(?:it|this)\s+(?:\p{L}+\s+){0,3}$/iu.test(lead) && that) return { from: offset + that[0].length, to: s.end, bySpeaker };
  // "X is expected to …": the subject and the infinitive; the subject opens after the last comma.
  if (!/^\s*(?:to\s|for\s)/i.test(after) && !/^\s*$/.test(after)) return null;
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'));
  return { from: s.start + cut + 1, to: s.end, bySpeaker };
}
