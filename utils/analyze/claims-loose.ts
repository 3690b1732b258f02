// The last resort for an English sentence with a cue but no content found by the clause rules: the
// words after the cue ("Trump insisted repeatedly over the weekend on a rigged election") or, when
// the cue closes the sentence ("…  the race was over Trump conceded"), the words before it.
import { cueEntry } from './attribution-en-lexicon';
import { claim, tidy, wordCount, type SentenceCtx } from './claims-base';
import { speakerOfVerb } from './claims-speaker';
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
  for (const verb of ctx.verbs) {
    const e = cueEntry(verb.text);
    if (!e || !LOOSE.has(e.lemma) || BE_BEFORE.test(text.slice(Math.max(s.start, verb.start - 30), verb.start))) continue;
    const after = tidy(text, verb.end, s.end);
    const rest = text.slice(verb.end, s.end);
    // "believe, but …", "told him about …", "said to be": no content follows.
    if (/^\s*[,;:)`'"“”]/.test(rest) || /^\s+(?:\S+\s+)?(?:to|about|of|for|with|by|from|as|so|nothing|something|anything)\b/i.test(rest)) return;
    if (after && wordCount(after.text) >= 4) {
      out.push(claim(after, speakerOfVerb(ctx, verb, s.end), 'reported', ctx.memory));
      return;
    }
  }
}
