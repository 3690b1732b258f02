// The last resort for an English sentence with a cue but no content found by the clause rules: the
// words after the cue ("Trump insisted repeatedly over the weekend on a rigged election") or, when
// the cue closes the sentence ("…  the race was over Trump conceded"), the words before it.
import { cueEntry } from './attribution-en-lexicon';
import { claim, tidy, wordCount, type SentenceCtx } from './claims-base';
import { speakerAfterVerb, speakerOfVerb } from './claims-speaker';
import { resolveSpeaker } from './speaker';
import { finiteClauseFollows } from './speech-en';
import type { ClaimSpan } from './types';

// Verbs of saying and believing that take content whatever shape it has; "reported", "recognizes",
// "convince" take objects as often and stay out.
const LOOSE = new Set(
  ('say tell believe think claim insist argue contend warn predict suggest assert allege estimate expect hope fear worry add ' +
    'explain write announce confirm acknowledge admit concede complain agree promise vow pledge testify assure note stress ' +
    'emphasize conclude deny speculate suspect doubt guess reckon assume declare state comment caution').split(' '),
);
const BE_BEFORE = /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

export function looseReport(ctx: SentenceCtx, out: ClaimSpan[]): void {
  const { text, s } = ctx;
  // Claims found later in the sentence leave the words after an earlier verb unread.
  const first = Math.min(...out.map((c) => c.start));
  for (const verb of ctx.verbs) {
    if (verb.end >= first) return;
    // The claim after the gap is this verb's own ("told the Post's board that …"): nothing is unread.
    if (first < Infinity && !ctx.verbs.some((v) => v.start >= verb.end && v.end <= first)) return;
    const e = cueEntry(verb.text);
    // Other verbs of the lexicon ("reported", "recalled") only when a finite verb shows a clause follows.
    const clauseAfter = () => e!.kinds.has('clause') && finiteClauseFollows(text.slice(verb.end, s.end));
    if (!e || !(LOOSE.has(e.lemma) || clauseAfter()) || BE_BEFORE.test(text.slice(Math.max(s.start, verb.start - 30), verb.start))) continue;
    // `"Our nation is in danger," Essid declared in a televised address`: after a quotation the verb's
    // words are its circumstances.
    if (/[»”"'’]\s*[,–—-]?\s*(?:[\p{L}.'’-]+\s+){0,6}$/u.test(text.slice(Math.max(s.start, verb.start - 60), verb.start)) && /[»”"]/.test(text.slice(s.start, verb.start))) continue;
    const end = Math.min(s.end, first);
    const after = tidy(text, verb.end, end);
    const rest = text.slice(verb.end, end);
    // "believe, but …", "told him about …", "said to be": no content follows.
    if (/^\s*[,;:)`'"“”]/.test(rest) || /^\s+(?:\S+\s+)?(?:to|about|of|for|with|by|from|as|so|nothing|something|anything)\b/i.test(rest)) continue;
    if (after && wordCount(after.text) >= 4) {
      out.push(claim(after, speakerOfVerb(ctx, verb, end), 'reported', ctx.memory));
      return;
    }
  }
}

/**
 * "The economy is rigged, Trump said, adding that he would fix it.": when a later clause was found,
 * the statement before a mid-sentence "X said," is still one; the clause rules only look after verbs.
 */
export function leadingReport(ctx: SentenceCtx, found: ClaimSpan[]): void {
  const { text, s } = ctx;
  const first = Math.min(...found.map((c) => c.start));
  for (const verb of ctx.verbs) {
    if (verb.start >= first) return;
    const e = cueEntry(verb.text);
    if (!e || !LOOSE.has(e.lemma)) continue;
    const before = text.slice(s.start, verb.start);
    const comma = before.lastIndexOf(',');
    if (comma < 0) continue;
    const subject = before.slice(comma + 1);
    const after = text.slice(verb.end, s.end);
    // The verb closes its clause: a comma or the sentence end follows, or its speaker ("…, said Smith, adding").
    const closes = /^\s*(?:,|$)/.test(after) || (!subject.trim() && /^\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*,/u.test(after));
    if (!closes || wordCount(subject) > 8 || /[»”"]\s*$/.test(before.slice(0, comma))) continue;
    const span = tidy(text, s.start, s.start + comma);
    if (!span || wordCount(span.text) < 3) continue;
    const who = subject.trim() ? resolveSpeaker(text, s.start + comma + 1, verb.start, ctx.actors, ctx.memory, ctx.lang) : speakerAfterVerb(ctx, verb, s.end);
    found.push(claim(span, who, 'reported', ctx.memory));
    return;
  }
}
