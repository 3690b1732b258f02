// English reported speech often drops "that": "The company said it would cut 500 jobs", "Smith told
// reporters the deal was dead", "Analysts believe the Fed will raise rates". These helpers find
// where such a bare complement clause starts after a speech verb.

/** Verbs that take a clause without "that"; nouns and prepositions after the others mean no clause. */
const CLAUSE_VERB =
  /^(said|says|say|told|tells|tell|stated|states|announced|announces|added|adds|explained|explains|wrote|writes|claimed|claims|insisted|insists|noted|notes|warned|warns|reported|reports|argued|argues|declared|confirmed|believes|believe|believed|thinks|think|thought|expects|expect|predicted|predicts|estimated|estimates|suggested|suggests|acknowledged|admitted|conceded|contended|maintained|asserted|complained|agreed|disclosed|revealed|recalled|replied|promised|vowed|pledged|alleged|testified|figures|hopes|hoped|fears|feared|assured|reminded|informed|saying|adding|noting|arguing|warning|claiming|insisting|explaining|telling|argue|claim|insist|warn|predict|acknowledge|admit|announce|note|explain|contend|maintain|assert|suggest|feel|feels|felt|worry|worries|worried|fear|hope|knew|know|knows|recognized|recognizes|stressed|emphasized|concluded|responded|countered|wrote)$/i;
/** Verbs whose first object is the listener ("told reporters", "warned investors", "assured them"). */
const LISTENER_VERB = /^(told|tells|tell|telling|warned|warns|warning|assured|reminded|informed)$/i;
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
// A verb right after the "verb" means that was a noun ("Newspaper reports have said …").
const NOT_CLAUSE =
  /^\s*(?:to|about|of|for|with|by|from|so|as|nothing|something|anything|yes|no|have|has|had|is|are|was|were|will|would|can|could|may|might|should|must|do|does|did|that|which)(?![\w])/i;

/**
 * Where the bare clause after an English speech `verb` starts in `rest` (the text after the verb),
 * or -1 when what follows is not a clause.
 */
export function bareClauseStart(verb: string, rest: string): number {
  if (!CLAUSE_VERB.test(verb)) return -1;
  let at = 0;
  for (let i = 0; i < 4; i++) {
    const m = ADVERBIAL.exec(rest.slice(at)) ?? NAMED_ADVERBIAL.exec(rest.slice(at));
    if (!m || m[0].length === 0) break;
    at += m[0].length;
  }
  if (LISTENER_VERB.test(verb)) {
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
  // At least a few words must follow: "he said it." is no clause worth a claim.
  if ((tail.match(/[\w$%]+/g)?.length ?? 0) < 3) return -1;
  return at + (tail.length - tail.trimStart().length);
}

/**
 * Verbs that attribute a stance through an object or an infinitive rather than a clause: "vowed to
 * repeal the law", "accused Clinton of lying", "called for a recount", "urged voters to …", "asked
 * whether …", "tweeted …". What follows the verb is the content.
 */
const OBJECT_VERB =
  /^(vowed|vows|promised|promises|pledged|pledges|threatened|threatens|urged|urges|accused|accuses|criticized|criticised|criticizes|blamed|blames|called for|calls for|called on|calls on|asked|asks|questioned|wondered|demanded|demands|denied|denies|dismissed|rejected|praised|defended|tweeted|posted|touted|acknowledged|admitted|conceded|predicted|predicts|proposed|proposes|suggested|suggests|found|finds|shows|showed|show|indicates|indicated)$/i;
// "The poll found …", "surveys show …": findings speak only for a study, poll or record.
const FINDING_VERB = /^(found|finds|shows|showed|show|indicates|indicated)$/i;
const STUDY = /\b(poll|polls|survey|surveys|study|studies|report|data|analysis|research|numbers|figures|records|documents|review|investigation|audit)\b[^,]*$/i;

/** Where the content after an object-taking attribution verb starts in `rest`, or -1. */
export function objectContentStart(verb: string, rest: string, before: string): number {
  if (!OBJECT_VERB.test(verb)) return -1;
  if (FINDING_VERB.test(verb) && !STUDY.test(before.split(/\s+/).slice(-5).join(' '))) return -1;
  const m = /^\s*(?:,\s*)?(?:that\s+)?/i.exec(rest)!;
  const tail = rest.slice(m[0].length);
  if ((tail.match(/[\w$%]+/g)?.length ?? 0) < 3 || /^[.!?,;:]/.test(tail)) return -1;
  return m[0].length;
}
