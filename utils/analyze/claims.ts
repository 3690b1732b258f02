import { segmentSentences } from './segment';
import { resolveSpeaker, type Speaker, type SpeakerMemory } from './speaker';
import { ANAPHORIC, IMPERSONAL, PREPOSED, findQuotes, findSpeechVerbs } from './speech';
import { bareClauseStart, objectContentStart } from './speech-en';
import type { ActorSpan, ClaimSpan, Lang, Span } from './types';

const THAT = /^(?:[^.!?«“„"]{0,80}?),?\s*(?:що|что|that)(?![\p{L}])[\s,]*/iu;
const SPEECH_AFTER_QUOTE = /^[,.!?…]*\s*(?:[–—-]\s*)?/;

interface SentenceCtx {
  text: string;
  s: Span;
  actors: ActorSpan[];
  memory: SpeakerMemory;
  lang: Lang;
  verbs: Span[];
}

/** Trims spaces and a final full stop or comma off [start, end) of `text`. */
function tidy(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.,;:–—-]/.test(text[end - 1])) end--;
  return end > start ? { text: text.slice(start, end), start, end } : null;
}

function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The speaker of a verb: its subject before it in the clause, else the words after it up to a comma. */
function speakerOfVerb(ctx: SentenceCtx, verb: Span, limit: number): Speaker | null {
  const { text, s, actors, memory, lang } = ctx;
  if (IMPERSONAL.test(verb.text)) {
    // "– йдеться у виданні": the only source is the place named after the verb.
    const after = text.slice(verb.end, limit);
    return /^\s+(у|в|in)\s/iu.test(after) ? resolveSpeaker(text, verb.end, limit, actors, memory, lang) : null;
  }
  if (ANAPHORIC.test(verb.text)) return memory.last ?? null;
  // "…, said Jane Doe, adding that …", "He left, saying …": a participle shares its clause's subject.
  if (lang === 'en' && /ing$/i.test(verb.text)) {
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
    const who = resolveSpeaker(text, s.start, s.start + relative[1].length, actors, memory, lang);
    if (who) return who;
  }
  const afterText = text.slice(verb.end, limit);
  const stop = afterText.search(/[,:«“„"]/);
  return resolveSpeaker(text, verb.end, stop >= 0 ? verb.end + stop : limit, actors, memory, lang);
}

const PRONOUN_SUBJECT = /^(he|she|they|we|i|it|він|вона|вони|ми|я|он|она|они|мы)$/iu;
const DETERMINER = /^(the|a|an|his|her|their|its|our|this|that|these|those)$/iu;
const LEADING_FILLER = /^(but|and|or|however|also|then|meanwhile|але|і|та|а|проте|но|и|однако)$/iu;

/** The subject at the start of a clause: a pronoun, a run of capitalised words, or "the police". */
function leadingSubject(ctx: SentenceCtx, from: number, to: number): Speaker | null {
  const words = [...ctx.text.slice(from, to).matchAll(/[\p{L}\p{N}.'’ʼ-]+/gu)].map((m) => ({ w: m[0], at: from + m.index }));
  while (words.length && LEADING_FILLER.test(words[0].w)) words.shift();
  if (!words.length) return null;
  let n = 1;
  if (/^\p{Lu}/u.test(words[0].w) && !PRONOUN_SUBJECT.test(words[0].w)) {
    while (n < words.length && n < 6 && /^\p{Lu}/u.test(words[n].w)) n++;
  } else if (DETERMINER.test(words[0].w) && words.length > 1) n = 2;
  const last = words[n - 1];
  return resolveSpeaker(ctx.text, words[0].at, last.at + last.w.replace(/[.]+$/, '').length, ctx.actors, ctx.memory, ctx.lang);
}

function claim(span: Span, who: Speaker | null, mode: ClaimSpan['mode'], memory: SpeakerMemory): ClaimSpan {
  if (who?.speaker) memory.last = who;
  return { ...span, speaker: who?.speaker ?? null, speakerStart: who?.speakerStart, speakerEnd: who?.speakerEnd, mode };
}

/** Reported clauses "X заявив, що …": the clause, or the quotation it opens with. */
function reported(ctx: SentenceCtx, out: ClaimSpan[], covered: Span[]): void {
  const { text, s } = ctx;
  for (const verb of ctx.verbs) {
    if (covered.some((c) => verb.start >= c.start && verb.start < c.end)) continue;
    const rest = text.slice(verb.end, s.end);
    const m = THAT.exec(rest);
    const isPreposed = PREPOSED.test(verb.text) || ANAPHORIC.test(verb.text);
    let from: number;
    const colon = /^[^.!?«“„",:]{0,40}:\s*/u.exec(rest);
    const asPrefix = /^\s*(?:как|як|as)\s+$/iu.test(text.slice(s.start, verb.start)) && rest.includes(',');
    // `"…," said Jane Doe, the chief executive`: after a quotation the verb is followed by its speaker.
    const afterQuote = /[»”"'’]\s*[,–—-]?\s*$/.test(text.slice(s.start, verb.start));
    const bare = ctx.lang === 'en' && !afterQuote ? bareClauseStart(verb.text, rest) : -1;
    // "said it expects profits that …": the clause starts before a later "that".
    const object = ctx.lang === 'en' && !afterQuote && bare < 0 ? objectContentStart(verb.text, rest, text.slice(s.start, verb.start)) : -1;
    if (bare >= 0 && (!m || bare < m[0].length - 5)) from = verb.end + bare;
    else if (object >= 0) from = verb.end + object;
    else if (m && findSpeechVerbs(m[0], ctx.lang).length === 0) from = verb.end + m[0].length;
    else if ((isPreposed || asPrefix) && rest.includes(',')) from = verb.end + rest.indexOf(',') + 1;
    // "Мама сказала: попробуй…" — a colon after the verb opens the words said.
    else if (colon) from = verb.end + colon[0].length;
    else continue;
    // The speaker may follow the verb ("повідомив речник, що …") but never stands inside the words said.
    const who = speakerOfVerb(ctx, verb, from);
    const q = findQuotes(text.slice(from, s.end))[0];
    const startsWithQuote = q && text.slice(from, from + q.open).trim() === '';
    const span = startsWithQuote ? tidy(text, from + q.open + 1, from + q.close) : tidy(text, from, s.end);
    if (!span) continue;
    out.push(claim(span, who, startsWithQuote ? 'direct' : 'reported', ctx.memory));
    covered.push({ text: '', start: startsWithQuote ? from + q.open : from, end: startsWithQuote ? from + q.close + 1 : s.end });
  }
}

/** Quotations attributed after ("», – наголосив президент") or before ("оголосив …: «"). */
function quoted(ctx: SentenceCtx, out: ClaimSpan[], covered: Span[]): void {
  const { text, s } = ctx;
  for (const q of findQuotes(s.text)) {
    const open = s.start + q.open;
    const close = s.start + q.close;
    if (covered.some((c) => open >= c.start && open < c.end)) continue;
    const span = tidy(text, open + 1, close);
    if (!span) continue;
    const tail = text.slice(close + 1, s.end);
    const lead = SPEECH_AFTER_QUOTE.exec(tail)![0].length;
    const nextQuote = tail.search(/[«“„"]/);
    const attributionEnd = nextQuote >= 0 ? close + 1 + nextQuote : s.end;
    const after = ctx.verbs.find((v) => v.start >= close + 1 + lead && v.end <= attributionEnd);
    const tailWords = wordCount(text.slice(close + 1, attributionEnd));
    let who: Speaker | null | undefined;
    // An attribution follows a quotation only after punctuation: "», – наголосив", `," he said`.
    const punctuated = /[,.!?…]$/.test(text.slice(open + 1, close).trim()) || /^[,.!?…–—-]/.test(tail.trimStart());
    if (after && punctuated && tailWords <= 12) {
      // "», – наголосив президент." / `," Smith said.`: the speaker stands around the verb.
      const before = resolveSpeakerBetween(ctx, close + 1 + lead, after.start);
      who = before ?? speakerAfterVerb(ctx, after, attributionEnd);
    } else {
      const intro = text.slice(s.start, open);
      const verb = [...ctx.verbs].reverse().find((v) => v.end <= open);
      if (verb && /[:,]\s*$/.test(intro)) who = speakerOfVerb(ctx, verb, open);
    }
    // Unattributed, a quotation is a statement only if it reads as a sentence: capitalised, several
    // words, and either ending in its own full stop or opening the sentence. A quoted title at the
    // end of a sentence («…"Группы по делам культурной революции".») is a name.
    const sentenceLike =
      wordCount(span.text) >= 4 &&
      /^\p{Lu}/u.test(span.text) &&
      (/[.!?…]$/.test(text.slice(open + 1, close).trim()) || text.slice(s.start, open).trim() === '');
    if (who === undefined && !sentenceLike) continue;
    out.push(claim(span, who ?? null, 'direct', ctx.memory));
    covered.push({ text: '', start: open, end: close + 1 });
  }
}

/** The speaker named right after the verb, up to the next comma: "– говорит один источник, знакомый …". */
function speakerAfterVerb(ctx: SentenceCtx, verb: Span, limit: number): Speaker | null {
  if (IMPERSONAL.test(verb.text)) return speakerOfVerb(ctx, verb, limit);
  const stop = ctx.text.slice(verb.end, limit).search(/[,:«“„"(]/);
  return resolveSpeaker(ctx.text, verb.end, stop >= 0 ? verb.end + stop : limit, ctx.actors, ctx.memory, ctx.lang);
}

function resolveSpeakerBetween(ctx: SentenceCtx, from: number, to: number): Speaker | null {
  if (to - from < 2) return null;
  return resolveSpeaker(ctx.text, from, to, ctx.actors, ctx.memory, ctx.lang);
}

/**
 * "Білорусь відпустила …, повідомив президент Володимир Зеленський." and "Talks will resume, the
 * minister said.": a sentence that ends in an attribution after its last comma.
 */
function trailingReport(ctx: SentenceCtx, out: ClaimSpan[]): void {
  const { text, s } = ctx;
  const verb = ctx.verbs[ctx.verbs.length - 1];
  if (!verb || IMPERSONAL.test(verb.text)) return;
  if (PREPOSED.test(verb.text)) {
    // "14 people were killed, according to the ministry.": the source closes the sentence.
    const lead = text.slice(s.start, verb.start);
    const span = /,\s*$/.test(lead) ? tidy(text, s.start, verb.start) : null;
    if (span && wordCount(span.text) >= 3) out.push(claim(span, speakerAfterVerb(ctx, verb, s.end), 'reported', ctx.memory));
    return;
  }
  const before = text.slice(s.start, verb.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0 || wordCount(text.slice(verb.end, s.end)) > 14) return;
  // Between the comma and the verb only a dash or a short subject ("the minister", "він").
  const subject = before.slice(comma + 1).replace(/^\s*[–—-]?\s*/, '');
  if (wordCount(subject) > 4 || /[»”"]\s*$/.test(before.slice(0, comma))) return;
  // "The British concern, said profit fell …": with no subject before it, an English verb must be
  // followed by its speaker ("…, said the minister"), not by a clause.
  if (ctx.lang === 'en' && !subject.trim() && !/^\s+(?:\p{Lu}|(?:the|a|an|his|her|their)\s)/u.test(text.slice(verb.end, s.end))) return;
  // "…, заявив о своих планах": a verb with its topic, not an attribution of what came before.
  if (/^\s+(о|об|про|about|on)\s/iu.test(text.slice(verb.end, s.end))) return;
  const span = tidy(text, s.start, s.start + comma);
  if (!span || wordCount(span.text) < 3) return;
  const subjectStart = s.start + comma + 1;
  const who =
    (subject.trim() && resolveSpeaker(text, subjectStart, verb.start, ctx.actors, ctx.memory, ctx.lang)) ||
    speakerAfterVerb(ctx, verb, s.end);
  out.push(claim(span, who, 'reported', ctx.memory));
}

/**
 * "The bill, he said, is dead." / "Переговори, за його словами, зайшли в глухий кут.": an attribution
 * set off by commas inside the sentence it attributes.
 */
function parentheticalReport(ctx: SentenceCtx, out: ClaimSpan[]): void {
  const { text, s } = ctx;
  for (const verb of ctx.verbs) {
    if (IMPERSONAL.test(verb.text) || !/^\s*,/.test(text.slice(verb.end, s.end))) continue;
    const before = text.slice(s.start, verb.start);
    const comma = before.lastIndexOf(',');
    if (comma < 0) continue;
    const subject = before.slice(comma + 1);
    // "Therefore, they said, the money …": one word before is enough when a clause follows.
    if (wordCount(subject) < 1 || wordCount(subject) > 4 || wordCount(before.slice(0, comma)) < 1) continue;
    const span = tidy(text, s.start, s.end);
    if (!span || wordCount(text.slice(verb.end, s.end)) < 2) continue;
    const who = resolveSpeaker(text, s.start + comma + 1, verb.start, ctx.actors, ctx.memory, ctx.lang);
    out.push(claim(span, who, 'reported', ctx.memory));
    return;
  }
}

/**
 * `"It's over," he said. "We lost the vote."`: a sentence that is one quotation right after an
 * attributed one continues it, and has the same speaker.
 */
function continuedQuote(ctx: SentenceCtx, found: ClaimSpan[], prevClaim: ClaimSpan | undefined, prev: Span | undefined): void {
  if (found.length !== 1 || found[0].speaker !== null || found[0].mode !== 'direct') return;
  if (!prevClaim || prevClaim.mode !== 'direct' || !prevClaim.speaker || !prev || prevClaim.end < prev.start) return;
  const q = findQuotes(ctx.s.text)[0];
  if (!q || q.open !== 0 || ctx.s.text.slice(q.close + 1).trim().length > 1) return;
  Object.assign(found[0], claim(found[0], { speaker: prevClaim.speaker, speakerStart: prevClaim.speakerStart, speakerEnd: prevClaim.speakerEnd }, 'direct', ctx.memory));
}

/** "Про це повідомляє Reuters": the source of the statement made in the sentence before. */
function sourceOfPrevious(ctx: SentenceCtx, out: ClaimSpan[], prev: Span | undefined): boolean {
  const m = /^(?:про це|об этом)\s+/iu.exec(ctx.s.text);
  const verb = ctx.verbs[0];
  // "Про це у понеділок заявив речник …": a time phrase may stand between "про це" and the verb.
  if (!m || !verb || verb.start - ctx.s.start > m[0].length + 30 || !prev) return false;
  const comma = ctx.text.indexOf(',', verb.end);
  const who = resolveSpeaker(ctx.text, verb.end, comma > 0 && comma < ctx.s.end ? comma : ctx.s.end, ctx.actors, ctx.memory, ctx.lang);
  const earlier = out.filter((c) => c.start >= prev.start && c.end <= prev.end);
  if (earlier.length) {
    for (const c of earlier) if (c.speaker === null) Object.assign(c, claim(c, who, c.mode, ctx.memory));
  } else {
    const span = tidy(ctx.text, prev.start, prev.end);
    if (span) out.push(claim(span, who, 'reported', ctx.memory));
  }
  return true;
}

/**
 * Finds statements and who made them: quotations that are attributed or read as sentences (a
 * quoted one-word name like «Белавіа» is not a claim) and reported speech ("заявив, що …").
 * `actors` are the actor spans of the same text, used to resolve speakers to canonical names.
 */
export function findClaims(text: string, actors: ActorSpan[], lang: Lang): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  const memory: SpeakerMemory = {};
  const sentences = segmentSentences(text);
  sentences.forEach((s, i) => {
    const verbs = findSpeechVerbs(s.text, lang).map((v) => ({ ...v, start: v.start + s.start, end: v.end + s.start }));
    const ctx: SentenceCtx = { text, s, actors, memory, lang, verbs };
    if (sourceOfPrevious(ctx, out, sentences[i - 1])) return;
    const found: ClaimSpan[] = [];
    const covered: Span[] = [];
    reported(ctx, found, covered);
    quoted(ctx, found, covered);
    if (found.length === 0) trailingReport(ctx, found);
    if (found.length === 0) parentheticalReport(ctx, found);
    continuedQuote(ctx, found, out[out.length - 1], sentences[i - 1]);
    out.push(...found.sort((a, b) => a.start - b.start));
  });
  return out;
}
