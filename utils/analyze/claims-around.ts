// Attributions that stand around the statement rather than before it: trailing ("…, he said"),
// parenthetical ("The bill, he said, is dead"), in the next sentence ("Про це повідомляє …"), and
// quotations continued over sentences and paragraphs.
import { claim, tidy, wordCount, type SentenceCtx } from './claims-base';
import { speakerAfterVerb } from './claims-speaker';
import { resolveSpeaker } from './speaker';
import { titleCase } from './attribution-en';
import { IMPERSONAL, PREPOSED, findQuotes } from './speech';
import type { ClaimSpan, Span } from './types';

/**
 * "Білорусь відпустила …, повідомив президент Володимир Зеленський." and "Talks will resume, the
 * minister said.": a sentence that ends in an attribution after its last comma.
 */
export function trailingReport(ctx: SentenceCtx, out: ClaimSpan[]): void {
  const { text, s } = ctx;
  const verb = ctx.verbs[ctx.verbs.length - 1];
  if (!verb || IMPERSONAL.test(verb.text)) return;
  if (PREPOSED.test(verb.text)) {
    // "14 people were killed, according to the ministry.": the source closes the sentence.
    const lead = text.slice(s.start, verb.start);
    // Without the comma the statement must be long enough not to be a noun phrase ("the data according to").
    const span = /,\s*$/.test(lead) || wordCount(lead) >= 5 ? tidy(text, s.start, verb.start) : null;
    // "according to a programmer who has released …": the source ends where its relative clause begins.
    const rel = ctx.lang === 'en' ? text.slice(verb.end, s.end).search(/\s(?:who|which|that|whose)\s/) : -1;
    const limit = rel >= 0 ? verb.end + rel : s.end;
    if (span && wordCount(span.text) >= 3) out.push(claim(span, speakerAfterVerb(ctx, verb, limit), 'reported', ctx.memory));
    return;
  }
  const before = text.slice(s.start, verb.start);
  const comma = before.lastIndexOf(',');
  // "…, said Larry Sabato, a professor of politics at the University of Virginia who …": after an
  // inverted verb the speaker's description may run long.
  const inverted = ctx.lang === 'en' && /^\s+(?:\p{Lu}|(?:the|a|an)\s)/u.test(text.slice(verb.end, s.end)) && /,\s*$/.test(before);
  if (comma < 0 || (!inverted && wordCount(text.slice(verb.end, s.end)) > 14)) return;
  // "Apple Releases iPhone SDK, Announces Upcoming Update": a headline's second verb has no speaker after
  // it; "In a wide-ranging interview, President Obama also said:" announces words still to come.
  if (ctx.lang === 'en' && (titleCase(s.text) || /^\s*:/.test(text.slice(verb.end, s.end)))) return;
  // Between the comma and the verb only a dash or a short subject ("the minister", "він").
  const subject = before.slice(comma + 1).replace(/^\s*[–—-]?\s*/, '');
  // English subjects with a title run longer: "the Republican presidential nominee Donald Trump".
  if (wordCount(subject) > (ctx.lang === 'en' ? 8 : 4) || /[»”"]\s*$/.test(before.slice(0, comma))) return;
  if (ctx.lang === 'en') {
    // "…, which was suspected of sponsoring terrorism": a passive participle or a relative clause
    // attributes nothing before its comma.
    // ("…, it was reported." still is one).
    const passive = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu.test(before);
    if (passive && /^\s+(?:of|by|to|with|for|in|on|at|as)\s/i.test(text.slice(verb.end, s.end))) return;
    if (/^\s*(?:which|that)\s+(?:is|are|was|were|has|have|had)\b/i.test(subject)) return;
    // A subject does not open with a preposition: "…, at least as pertains to the product he knows".
    if (/^\s*(?:at|in|on|as|for|to|from|with|by|of|than|into|about)\s/i.test(subject)) return;
    // "…, prices it said were a result of the deal": a verb followed by a finite verb is a relative clause.
    if (/^\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did)\b/i.test(text.slice(verb.end, s.end))) return;
  }
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
export function parentheticalReport(ctx: SentenceCtx, out: ClaimSpan[]): void {
  const { text, s } = ctx;
  for (const verb of ctx.verbs) {
    if (IMPERSONAL.test(verb.text) || !/^\s*,/.test(text.slice(verb.end, s.end))) continue;
    const before = text.slice(s.start, verb.start);
    const comma = before.lastIndexOf(',');
    if (comma < 0) continue;
    const subject = before.slice(comma + 1);
    // "Therefore, they said, the money …": one word before is enough when a clause follows.
    if (wordCount(subject) < 1 || wordCount(subject) > (ctx.lang === 'en' ? 8 : 4) || wordCount(before.slice(0, comma)) < 1) continue;
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
export function continuedQuote(ctx: SentenceCtx, found: ClaimSpan[], prevClaim: ClaimSpan | undefined, prev: Span | undefined): void {
  if (found.length !== 1 || found[0].speaker !== null || found[0].mode !== 'direct') return;
  if (!prevClaim || prevClaim.mode !== 'direct' || !prevClaim.speaker || !prev || prevClaim.end < prev.start) return;
  const q = findQuotes(ctx.s.text)[0];
  if (!q || q.open !== 0 || ctx.s.text.slice(q.close + 1).trim().length > 1) return;
  Object.assign(found[0], claim(found[0], { speaker: prevClaim.speaker, speakerStart: prevClaim.speakerStart, speakerEnd: prevClaim.speakerEnd }, 'direct', ctx.memory));
}

/**
 * News continues a quotation over paragraphs by opening each with a quote mark and closing only
 * the last: a paragraph that opens a quotation never closed is the last speaker's words.
 */
export function unclosedQuote(ctx: SentenceCtx, found: ClaimSpan[], prevClaim: ClaimSpan | undefined): void {
  const t = ctx.s.text;
  if (!/^[«“„"]/.test(t) || findQuotes(t).some((q) => q.open === 0)) return;
  const span = tidy(ctx.text, ctx.s.start + 1, ctx.s.end);
  if (!span || wordCount(span.text) < 4) return;
  const who = prevClaim?.mode === 'direct' && prevClaim.speaker ? prevClaim : null;
  found.push(claim(span, who && { speaker: who.speaker, speakerStart: who.speakerStart, speakerEnd: who.speakerEnd }, 'direct', ctx.memory));
}

/** "Про це повідомляє Reuters": the source of the statement made in the sentence before. */
export function sourceOfPrevious(ctx: SentenceCtx, out: ClaimSpan[], prev: Span | undefined): boolean {
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

