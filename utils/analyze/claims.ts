import { continuedQuote, parentheticalReport, sourceOfPrevious, trailingReport, unclosedQuote } from './claims-around';
import { claim, tidy, wordCount, type SentenceCtx } from './claims-base';
import { resolveSpeakerBetween, speakerAfterVerb, speakerOfVerb } from './claims-speaker';
import { segmentSentences } from './segment';
import type { Speaker, SpeakerMemory } from './speaker';
import { ANAPHORIC, PREPOSED, findQuotes, findSpeechVerbs } from './speech';
import { bareClauseStart, objectContentStart } from './speech-en';
import { findEnglishCues, passiveContent } from './attribution-en';
import { leadingReport, looseReport } from './claims-loose';
import type { ActorSpan, ClaimSpan, Lang, Span } from './types';

const THAT = /^(?:[^.!?«“„"]{0,80}?),?\s*(?:що|что|that)(?![\p{L}])[\s,]*/iu;
const SPEECH_AFTER_QUOTE = /^[,.!?…]*\s*(?:[–—-]\s*)?/;

/** Reported clauses "X заявив, що …": the clause, or the quotation it opens with. */
function reported(ctx: SentenceCtx, out: ClaimSpan[], covered: Span[]): void {
  const { text, s } = ctx;
  for (const verb of ctx.verbs) {
    if (covered.some((c) => verb.start >= c.start && verb.start < c.end)) continue;
    if (ctx.lang === 'en' && passive(ctx, verb, out, covered)) continue;
    const rest = text.slice(verb.end, s.end);
    const m = THAT.exec(rest);
    const isPreposed = PREPOSED.test(verb.text) || ANAPHORIC.test(verb.text);
    let from: number;
    const colon = /^[^.!?«“„",:]{0,40}:\s*/u.exec(rest);
    const asPrefix = /^\s*(?:как|як|as)\s+$/iu.test(text.slice(s.start, verb.start)) && rest.includes(',');
    // `"…," said Jane Doe, the chief executive`: after a quotation the verb is followed by its speaker.
    const afterQuote = /[»”"'’]\s*[,–—-]?\s*$/.test(text.slice(s.start, verb.start));
    // `"Our nation is in danger," Essid declared in a televised address`: after a quotation and its
    // speaker, what follows the verb is where and when, not a clause.
    const quotedBefore = ctx.lang === 'en' && /[»”"]\s*[,–—-]?\s*(?:[\p{L}.'’-]+\s+){1,6}$/u.test(text.slice(s.start, verb.start));
    const bare = ctx.lang === 'en' && !afterQuote && !(quotedBefore && /^\s+(?:in|on|at|during)\s/i.test(rest)) ? bareClauseStart(verb.text, rest) : -1;
    // "said it expects profits that …": the clause starts before a later "that".
    const object = ctx.lang === 'en' && !afterQuote && bare < 0 ? objectContentStart(verb.text, rest, text.slice(s.start, verb.start)) : -1;
    if (bare >= 0 && (!m || bare < m[0].length - 5)) from = verb.end + bare;
    else if (object >= 0) from = verb.end + object;
    // "…, according to a programmer who released code that exploits …": that "that" is not the content's.
    else if (m && cuesIn(m[0], ctx.lang).length === 0 && !(ctx.lang === 'en' && isPreposed)) from = verb.end + m[0].length;
    // "…, according to the World Travel and Tourism Council, an industry body.": in mid-sentence the
    // statement stands before; what follows the comma is an apposition (the trailing rule reads it).
    else if (ctx.lang === 'en' && isPreposed && wordCount(text.slice(s.start, verb.start)) >= 3 && /,\s*$/.test(text.slice(s.start, verb.start))) continue;
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

/** "X is expected to win", "it was reported that …": content without a speaker, or with the one after "by". */
function passive(ctx: SentenceCtx, verb: Span, out: ClaimSpan[], covered: Span[]): boolean {
  const p = passiveContent(ctx.text, ctx.s, verb);
  if (!p) return false;
  const span = tidy(ctx.text, p.from, p.to);
  if (!span || wordCount(span.text) < 3) return false;
  const who = p.bySpeaker ? resolveSpeakerBetween(ctx, p.bySpeaker.start, p.bySpeaker.end) : null;
  out.push(claim(span, who, 'reported', ctx.memory));
  covered.push({ text: '', start: p.from, end: p.to });
  return true;
}

const cuesIn = (text: string, lang: Lang): Span[] => (lang === 'en' ? findEnglishCues(text) : findSpeechVerbs(text, lang));

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
    // `," says Gerald Lefcourt, a criminal defense attorney who says …`: what follows the speaker may run long.
    if (after && punctuated && (tailWords <= 12 || (ctx.lang === 'en' && wordCount(text.slice(close + 1, after.start)) <= 8))) {
      // "», – наголосив президент." / `," Smith said.`: the speaker stands around the verb.
      const before = resolveSpeakerBetween(ctx, close + 1 + lead, after.start);
      who = before ?? speakerAfterVerb(ctx, after, attributionEnd);
    } else {
      const intro = text.slice(s.start, open);
      const verb = [...ctx.verbs].reverse().find((v) => v.end <= open);
      // `he said "every president …"`: English may open the quotation right after the verb.
      const adjacent = ctx.lang === 'en' && verb && text.slice(verb.end, open).trim() === '';
      if (verb && (/[:,]\s*$/.test(intro) || adjacent)) who = speakerOfVerb(ctx, verb, open);
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

/**
 * Finds statements and who made them: quotations that are attributed or read as sentences (a
 * quoted one-word name like «Белавіа» is not a claim) and reported speech ("заявив, що …").
 * `actors` are the actor spans of the same text, used to resolve speakers to canonical names.
 */
export function findClaims(text: string, actors: ActorSpan[], lang: Lang): ClaimSpan[] {
  const out: ClaimSpan[] = [];
  const memory: SpeakerMemory = {};
  const sentences = segmentSentences(text);
  let colonLead: { who: Speaker | null } | null = null;
  sentences.forEach((s, i) => {
    let local = cuesIn(s.text, lang);
    // "\"I don't think it will pass,\" he said": a verb inside the quotation belongs to the words said.
    if (lang === 'en' && local.length) {
      const quotes = findQuotes(s.text);
      local = local.filter((v) => !quotes.some((q) => v.start > q.open && v.start < q.close));
    }
    const verbs = local.map((v) => ({ ...v, start: v.start + s.start, end: v.end + s.start }));
    const ctx: SentenceCtx = { text, s, actors, memory, lang, verbs };
    if (sourceOfPrevious(ctx, out, sentences[i - 1])) return;
    const found: ClaimSpan[] = [];
    const covered: Span[] = [];
    if (colonLead) {
      // "Thomas Enders said in a statement:" closing a paragraph: the next one is the words said.
      const span = tidy(text, s.start, s.end);
      if (span && wordCount(span.text) >= 3) {
        found.push(claim(span, colonLead.who, /^[«“„"]/.test(s.text) ? 'direct' : 'reported', memory));
        covered.push(span);
      }
    }
    reported(ctx, found, covered);
    quoted(ctx, found, covered);
    if (found.length === 0) trailingReport(ctx, found);
    if (found.length === 0) parentheticalReport(ctx, found);
    continuedQuote(ctx, found, out[out.length - 1], sentences[i - 1]);
    if (found.length === 0) unclosedQuote(ctx, found, out[out.length - 1]);
    if (lang === 'en') {
      if (found.length) leadingReport(ctx, found);
      looseReport(ctx, found);
    }
    colonLead = lang === 'en' && verbs.length && /:$/.test(s.text) ? { who: speakerOfVerb(ctx, verbs[verbs.length - 1], s.end) } : null;
    out.push(...found.sort((a, b) => a.start - b.start));
  });
  return out;
}
