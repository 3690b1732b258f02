import { type SentenceCtx } from './claims-base';
import { resolveSpeaker, type Speaker } from './speaker';
import { EN_STATEMENT_NOUN } from './attribution-en';
import { ANAPHORIC, IMPERSONAL, PREPOSED } from './speech';
import type { Span } from './types';
import { allMatches } from './matches';

/** The speaker of a verb: its subject before it in the clause, else the words after it up to a comma. */
export function speakerOfVerb(ctx: SentenceCtx, verb: Span, limit: number): Speaker | null {
  const { text, s, actors, memory, lang } = ctx;
  if (IMPERSONAL.test(verb.text)) {
    // "– йдеться у виданні": the only source is the place named after the verb.
    const after = text.slice(verb.end, limit);
    return /^\s+(у|в|in)\s/iu.test(after) ? resolveSpeaker(text, verb.end, limit, actors, memory, lang) : null;
  }
  if (ANAPHORIC.test(verb.text)) return memory.last ?? null;
  const lead = text.slice(Math.max(s.start, verb.start - 60), verb.start);
  // "Critics claim that …" is a verb; "Trump's claim that …", "the claim that …" a noun.
  if (lang === 'en' && EN_STATEMENT_NOUN.test(verb.text)) {
    // A noun's source is its possessor ("Trump's claim that …"), the name before it ("the EADS North
    // America plan to …", which also reads "Trump plans to …"), or no one ("the claim that …").
    const own = /([\p{Lu}][\p{L}.'’ -]{0,40}?)['’]s?\s+(?:\p{L}+\s+)?$/u.exec(lead);
    if (own) {
      const at = verb.start - own[0].length;
      return resolveSpeaker(text, at, at + own[1].length, actors, memory, lang);
    }
    if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(lead) && !/(?:^|\s)(?:the|a|an|his|her|their|its|this|that|these|those|our|my)\s+$/iu.test(lead)) {
      return antecedent(ctx, verb.start);
    }
    if (/(?:(?<![\p{L}])(?:the|a|an|his|her|their|its|this|that))\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(lead)) return null;
  }
  // "…, said Jane Doe, adding that …", "He left, saying …": a participle shares its clause's subject.
  if (lang === 'en' && /ing$/i.test(verb.text)) {
    // "a statement saying …", "polls showing …": a participle right after a noun has that noun for source.
    if (!/,\s*$/.test(text.slice(s.start, verb.start)) && /[\p{Ll}]\s+$/u.test(text.slice(s.start, verb.start))) {
      const noun = antecedent(ctx, verb.start);
      if (noun) return noun;
    }
    const main = ctx.verbs.filter((v) => v.end <= verb.start).pop();
    return main ? speakerOfVerb(ctx, main, verb.start) : leadingSubject(ctx, s.start, verb.start);
  }
  // "Как заявил X, …", "As X said, …": the speaker follows the verb, up to the comma.
  const asPrefix = /^\s*(?:как|як|as)\s+$/iu.test(text.slice(s.start, verb.start));
  if (PREPOSED.test(verb.text) || asPrefix) {
    const comma = text.indexOf(',', verb.end);
    return resolveSpeaker(text, verb.end, comma > 0 && comma < limit ? comma : limit, actors, memory, lang);
  }
  const before = text.slice(s.start, verb.start);
  const cut = Math.max(...[',', '»', '”', ':', '('].map((ch) => before.lastIndexOf(ch)));
  const subjectFrom = s.start + cut + 1;
  // "Trump, who said …", "officials who say …": a relative pronoun stands for the noun before it;
  // in "code that he said …", "the deal which Trump called …" the words after it are the subject.
  const rel = lang === 'en' ? /(?:^\s*that|(?:^|\s)(?:who|which|that|whom))\s+((?:[\p{L}’'.-]+\s+){0,4})$/iu.exec(before.slice(cut + 1)) : null;
  if (rel) {
    const at = s.start + cut + 1 + rel.index + (rel[0].length - rel[0].trimStart().length);
    const own = !AUXILIARIES.test(rel[1]) && /^(?:he|she|they|we|I|you|it|the|a|an|this|these|his|her|their|\p{Lu})/u.test(rel[1])
      ? resolveSpeaker(text, verb.start - rel[1].length, verb.start, actors, memory, lang)
      : null;
    const who = own ?? antecedent(ctx, at);
    if (who) return who;
  }
  // "attack code he said exploits …": a pronoun right before the verb is its subject, whatever precedes.
  const pronoun = lang === 'en' ? /(?:^|\s)(he|she|they|we|I)\s+((?:[\p{L}]+\s+){0,2})$/u.exec(before.slice(cut + 1)) : null;
  if (pronoun && AUXILIARIES.test(pronoun[2]) && before.slice(cut + 1).trim() !== pronoun[1]) {
    const at = verb.start - pronoun[0].trimStart().length;
    const who = resolveSpeaker(text, at, at + pronoun[1].length, actors, memory, lang);
    if (who) return who;
  }
  // "He sold the property and said …": the subject of coordinated verbs opens the clause.
  const coordinated = /\s(?:and|but|or|і|та|й|и|а|але|но)\s*$/iu.test(before.slice(cut + 1));
  const subject = coordinated
    ? leadingSubject(ctx, subjectFrom, verb.start)
    : resolveSpeaker(text, subjectFrom, verb.start, actors, memory, lang);
  if (subject) return subject;
  // "Jones, who heads the union, argued …", "Derek Glenn, a spokesman for the police, said …": the
  // subject stands before the relative clause or apposition.
  const relative = before.slice(cut + 1).trim() === '' ? /^([^,]{2,80}),.{2,200},\s*$/u.exec(before) : null;
  if (relative) {
    // "In a statement, Scott McNealy, Sun's chief executive, said": the subject is the first part
    // after the introductory phrase, not the phrase.
    const parts = allMatches(COMMA_PART, before).filter((p) => p[0].trim());
    const first = lang === 'en' ? parts.find((p, i) => i < parts.length - 1 && !INTRO.test(p[0])) : parts[0];
    const who = first && resolveSpeaker(text, s.start + first.index, s.start + first.index + first[0].length, actors, memory, lang);
    if (who) return who;
  }
  const afterText = text.slice(verb.end, limit);
  const stop = afterText.search(/[,:«“„"]/);
  return resolveSpeaker(text, verb.end, stop >= 0 ? verb.end + stop : limit, actors, memory, lang);
}

// Between a subject relative pronoun and its verb: "who has repeatedly said".
const AUXILIARIES =
  /^(?:(?:has|have|had|would|will|could|can|may|might|did|does|do|is|are|was|were|also|previously|repeatedly|once|later|recently|often|never|not|publicly|privately|long|still|now|just|already|even|reportedly|allegedly)\s+)*$/i;
// Phrases that open a sentence before its subject: "In a statement,", "On Tuesday,", "However,".
const INTRO = /^\s*(?:in|on|at|during|after|before|since|when|while|as|earlier|later|however|meanwhile|still|yet|but|and|also|instead|separately|last|this|speaking|asked|according|for|with|without|under|despite|although|though|if|because)\b/i;
const COMMA_PART = /[^,]+/g;

/** The noun phrase right before `end`: "Donald Trump" in "Donald Trump, who", "officials" in "officials who". */
export function antecedent(ctx: SentenceCtx, end: number): Speaker | null {
  const lead = ctx.text.slice(Math.max(ctx.s.start, end - 80), end).replace(/[\s,]+$/, '');
  const from = end - ctx.text.slice(Math.max(ctx.s.start, end - 80), end).length;
  const m =
    /(?:(?<![\p{L}])\p{Lu}[\p{L}.'’-]*\s+){0,4}(?<![\p{L}])\p{Lu}[\p{L}.'’-]*$/u.exec(lead) ??
    /(?<![\p{L}])(?:(?:the|a|an|his|her|their|its|some|many|several|two|three|four|other|top|senior)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/iu.exec(lead);
  if (!m) return null;
  return resolveSpeaker(ctx.text, from + m.index, from + m.index + m[0].length, ctx.actors, ctx.memory, ctx.lang);
}

const PRONOUN_SUBJECT = /^(he|she|they|we|i|it|він|вона|вони|ми|я|он|она|они|мы)$/iu;
const DETERMINER = /^(the|a|an|his|her|their|its|our|this|that|these|those)$/iu;
const LEADING_FILLER = /^(but|and|or|so|however|also|then|meanwhile|але|і|та|а|проте|но|и|однако)$/iu;
const SUBJECT_WORD = /[\p{L}\p{N}.'’ʼ-]+/gu;

/** The subject at the start of a clause: a pronoun, a run of capitalised words, or "the police". */
export function leadingSubject(ctx: SentenceCtx, from: number, to: number): Speaker | null {
  const words = allMatches(SUBJECT_WORD, ctx.text.slice(from, to)).map((m) => ({ w: m[0], at: from + m.index }));
  while (words.length && LEADING_FILLER.test(words[0].w)) words.shift();
  if (!words.length) return null;
  let n = 1;
  if (/^\p{Lu}/u.test(words[0].w) && !PRONOUN_SUBJECT.test(words[0].w)) {
    while (n < words.length && n < 6 && /^\p{Lu}/u.test(words[n].w)) n++;
  } else if (DETERMINER.test(words[0].w) && words.length > 1) n = 2;
  const last = words[n - 1];
  return resolveSpeaker(ctx.text, words[0].at, last.at + last.w.replace(/[.]+$/, '').length, ctx.actors, ctx.memory, ctx.lang);
}

/** The speaker named right after the verb, up to the next comma: "– говорит один источник, знакомый …". */
export function speakerAfterVerb(ctx: SentenceCtx, verb: Span, limit: number): Speaker | null {
  if (IMPERSONAL.test(verb.text)) return speakerOfVerb(ctx, verb, limit);
  const stop = ctx.text.slice(verb.end, limit).search(/[,:«“„"(]/);
  return resolveSpeaker(ctx.text, verb.end, stop >= 0 ? verb.end + stop : limit, ctx.actors, ctx.memory, ctx.lang);
}

export function resolveSpeakerBetween(ctx: SentenceCtx, from: number, to: number): Speaker | null {
  if (to - from < 2) return null;
  return resolveSpeaker(ctx.text, from, to, ctx.actors, ctx.memory, ctx.lang);
}

