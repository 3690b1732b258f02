import { cueEntry } from './attribution-en-lexicon';
import { splitBy } from './matches';

// English reported speech often drops "that": "The company said it would cut 500 jobs", "Smith told
// reporters the deal was dead", "Analysts believe the Fed will raise rates". These helpers find
// where such a bare complement clause starts after a speech verb.

// Adverbials between the verb and its clause: "said on Tuesday", "said in a statement", "said Monday".
const ADVERBIAL =
  /^\s*(?:,\s*)?(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w+day)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|afternoon|evening))?|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|earlier|later|again|also|recently|privately|publicly|repeatedly|previously|often|frequently|already|once|then|now|still|even|flatly|bluntly|openly|separately|explicitly|directly|falsely|wrongly|correctly|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|in\s+an?\s+(?:[\w-]+\s+){0,2}(?:statement|interview|e-?mail|letter|report|speech|conference|release|briefing|post|filing|memo|note)|(?:at|during)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:conference|briefing|hearing|meeting|rally|event|debate|interview|speech|appearance|forum|town\s+hall)|(?:on|in)\s+(?:twitter|facebook|instagram|a\s+tweet|a\s+post)|through\s+a\s+spokes(?:man|woman|person))(?![\w])(?:\s*,)?/i;
// Names after the verb, case-sensitive: "said in Ohio", "said on CNN", "said on Fox News Sunday".
const NAMED_ADVERBIAL = /^\s*(?:,\s*)?(?:on|in)\s+[A-Z][\w'’.]*(?:,?\s+[A-Z][\w'’.]*){0,3}(?=\s+[a-z])(?:\s*,)?/;
const LISTENER =
  /^\s*(?:me|him|her|us|them|you|reporters|journalists|lawmakers|investors|analysts|members|employees|workers|voters|supporters|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:\w+)|(?:[A-Z][\w.&'-]*\s+){0,4}[A-Z][\w.&'-]*)(?=\s)/;
const LISTENER_BEFORE_THAT = /^\s*(?:[\w’'.&-]+\s+){1,6}?(?=that\s)/;
// A clause begins with a subject: a pronoun, a determiner, a name or a number. A preposition, an
// infinitive or a full stop after the verb ("said about", "said to be", "said.") begins none.
const SUBJECT_START =
  /^\s*(?:it|he|she|they|we|i|you|there|this|these|those|that\s+(?=\w+\s+(?:is|was|were|are|will|would|has|had|have))|the|a|an|its|his|her|their|our|my|some|many|most|no|all|both|each|any|every|such|one|two|several|over|more|less|nearly|almost|about|only|if|when|whether|because|although|though|while|unless|what|how|why|where|who|[A-Z][\w.'’-]*)(?![\w])|^\s*[$£€]?\d/;
// A lower-case noun may open the clause too ("said construction wouldn't resume", "said higher
// sales failed …") when a finite verb follows within a few words.
const LOWER_START = /^\s*[a-z][\w-]*(?:\s+[\w'’-]+){0,5}?\s+(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had|does|did|do|\w+n[’']t|\w{3,}ed|fell|rose|grew|went|came|took|saw|made|got|gave|led|lost|won|paid|sold|cut|hit|put|kept|left|began|became|remains?|ran|found|held|brought|bought|spent|sent|built|fought|needs?|wants?)(?![\w'’])/;
// A finite verb within the first words: "it would", "sales fell", "the plan is".
export const FINITE =
  /^\s*(?:\S+\s+){0,10}?(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had|does|did|do|\w+n[’']t|\w{3,}ed|fell|rose|grew|went|came|took|saw|made|got|gave|led|lost|won|paid|sold|cut|hit|put|kept|left|began|became|remains?|ran|found|held|brought|bought|spent|sent|built|fought|needs?|wants?|says|knew|thinks|believes)(?![\w'’])/i;
// A verb right after the "verb" means that was a noun ("Newspaper reports have said …").
const NOT_CLAUSE =
  /^\s*(?:to|about|of|for|with|by|from|so|as|nothing|something|anything|yes|no|have|has|had|is|are|was|were|will|would|can|could|may|might|should|must|do|does|did|that|which)(?![\w])/i;

const CLAUSE_END = /[.;:!?]/;

/** Whether a finite verb shows a clause in `text` up to its first clause break. */
export function finiteClauseFollows(text: string): boolean {
  // `search` uses the pattern itself: `split` would copy it on every call (matches.ts).
  const end = text.search(CLAUSE_END);
  return FINITE.test(end < 0 ? text : text.slice(0, end));
}

/**
 * Where the bare clause after an English speech `verb` starts in `rest` (the text after the verb),
 * or -1 when what follows is not a clause.
 */
export function bareClauseStart(verb: string, rest: string): number {
  const cue = cueEntry(verb);
  if (!cue?.kinds.has('clause') && !cue?.kinds.has('listener')) return -1;
  let at = 0;
  for (let i = 0; i < 4; i++) {
    const m = ADVERBIAL.exec(rest.slice(at)) ?? NAMED_ADVERBIAL.exec(rest.slice(at));
    if (!m || m[0].length === 0) break;
    at += m[0].length;
  }
  if (cue.kinds.has('listener')) {
    // "told the Washington Post’s editorial board that …": a listener of several words, possessives
    // among them, ends where "that" opens the clause.
    const m = LISTENER_BEFORE_THAT.exec(rest.slice(at)) ?? LISTENER.exec(rest.slice(at));
    if (!m) return -1;
    at += m[0].length;
    const adv = ADVERBIAL.exec(rest.slice(at));
    if (adv) at += adv[0].length;
    const that = /^\s*that(?![\w])/i.exec(rest.slice(at));
    if (that) at += that[0].length;
  }
  const tail = rest.slice(at);
  if (NOT_CLAUSE.test(tail) || !(SUBJECT_START.test(tail) || LOWER_START.test(tail))) return -1;
  // "reported sales of $538 million", "recalled the envoy": after a verb that as often takes an object,
  // only a finite verb shows a clause.
  if (cue.weak && !finiteClauseFollows(tail)) return -1;
  // At least a few words must follow: "he said it." is no clause worth a claim.
  if ((tail.match(/[\w$%]+/g)?.length ?? 0) < 3) return -1;
  return at + (tail.length - tail.trimStart().length);
}

/**
 * Verbs that attribute a stance through an object or an infinitive rather than a clause: "vowed to
 * repeal the law", "accused Clinton of lying", "called for a recount", "urged voters to …", "asked
 * whether …", "tweeted …". What follows the verb is the content.
 */
// "The poll found …", "surveys show …": findings speak only for a study, poll or record.
const FINDING_VERB = /^(found|finds|shows|showed|show|showing|indicates|indicated|indicating)$/i;
const SPACES = /\s+/g;
// "A report by the Congressional Budget Office found …": the study word may stand a few words back.
const STUDY =
  /\b(poll|polls|polling|survey|surveys|study|studies|report|reports|data|analysis|research|numbers|figures|records|documents|review|investigation|audit|estimates?|projections?|model|results|exit polls|census|statistics|tally|count|evidence|findings|memo|filings?)\b[^,]*$/i;

/** Where the content after an object-taking attribution verb starts in `rest`, or -1. */
export function objectContentStart(verb: string, rest: string, before: string): number {
  const cue = cueEntry(verb);
  if (!cue) return -1;
  // "wants to build", "plans to run": an intention is content only as an infinitive.
  // "want U.S. President Bush to reserve …": "want" and "expect" may put their subject in between.
  const intent =
    (cue.kinds.has('intent') && (/^\s+to\s/i.test(rest) || (/^(?:want|wants|wanted|expect|expects|expected)$/i.test(verb) && /^\s+(?:[\w.'’-]+\s+){1,5}?to\s/.test(rest)))) ||
    // "told supporters to stay home", "warned Congress not to …": an order through the listener.
    (cue.kinds.has('listener') && /^\s+(?:[\w.'’-]+\s+){1,4}?(?:not\s+)?to\s+[a-z]/.test(rest));
  if (!cue.kinds.has('object') && !intent) return -1;
  if (FINDING_VERB.test(verb) && !STUDY.test(splitBy(SPACES, before).slice(-12).join(' '))) return -1;
  const m = /^\s*(?:,\s*)?(?:that\s+)?/i.exec(rest)!;
  const tail = rest.slice(m[0].length);
  if ((tail.match(/[\w$%]+/g)?.length ?? 0) < 3 || /^[.!?,;:]/.test(tail)) return -1;
  // "extremists opposed to the truce", "a plan supported by …": a participle used as an adjective.
  if (!intent && !/^call/i.test(verb) && /^(?:to|by|with|from|at|in)\s/i.test(tail)) return -1;
  return m[0].length;
}
