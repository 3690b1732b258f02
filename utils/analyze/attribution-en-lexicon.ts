// English attribution cues by lemma, inflected once at load. Reported speech in news is carried by
// verbs of saying ("said", "told"), of thinking and stance ("believes", "fears", "denied"), by verbs
// taking an object or infinitive ("vowed to", "accused X of"), and by a few fixed phrases and nouns
// ("according to", "Trump's claim that …"). What each lemma takes after it decides where the content
// starts, so each carries its kind.

/**
 * clause: a complement clause, with or without "that" ("said (that) it would …").
 * listener: a listener first, then the clause ("told reporters (that) …").
 * object: an object or infinitive is the content ("vowed to repeal …", "accused Clinton of …").
 * intent: an infinitive is the content ("plans to run", "wants to build").
 */
export type CueKind = 'clause' | 'listener' | 'object' | 'intent';

const CLAUSE =
  'say:said tell:told state announce add explain write:wrote:written claim insist note warn report argue declare confirm ' +
  'believe think:thought expect predict estimate suggest acknowledge admit concede contend maintain assert ' +
  'complain agree disclose reveal recall reply promise vow pledge allege testify assure remind inform hope fear feel:felt ' +
  'worry know:knew:known recognize stress emphasize conclude respond counter deny indicate signal caution observe remark ' +
  'mention speculate suspect doubt imply hint boast brag joke quip guess reckon assume presume realize understand:understood ' +
  'posit forecast lament charge tweet emphasise recognise realise theorize theorise surmise muse repeat reiterate ' +
  'retort answer comment proclaim affirm reaffirm concur dispute question wonder ask ' +
  // Verbs that close a quotation in reporting ("…," he continued / she quipped / Trump shot back).
  'continue echo opine scoff snap:snapped shout yell exclaim recount elaborate summarize summarise crow gush sigh ' +
  'whisper tease taunt mock chide scold press:pressed declare write:wrote:written rant:ranted disagree recommend';

// Verbs that as often take a plain object ("reported sales of …", "recalled the envoy", "knows the
// area"): a clause after them without "that" must show a finite verb.
const WEAK =
  'state report maintain disclose reveal recall reply respond counter indicate signal observe remark mention imply hint ' +
  'understand know feel recognize recognise forecast lament charge tweet repeat reiterate retort answer comment proclaim ' +
  'affirm reaffirm concur dispute question wonder ask theorize theorise surmise muse realize realise continue echo ' +
  'recount elaborate summarize summarise press snap tease mock';

const LISTENER = 'tell:told warn assure remind inform notify advise caution convince persuade';
const OBJECT =
  'vow promise pledge threaten urge accuse blame criticize criticise praise defend tout propose suggest predict acknowledge ' +
  'admit concede deny dismiss reject tweet post find:found show:showed:shown indicate ask demand question wonder describe ' +
  // Political reporting's verbs of attack and praise: "Trump slammed Clinton for …", "Ryan hailed the bill as …".
  'slam:slammed blast rip:ripped hammer bash berate lambaste decry denounce condemn applaud hail commend laud endorse ' +
  'ridicule deride mock challenge attack chastise rebuke castigate support oppose favor favour advocate recommend';
const INTENT = 'want plan intend hope aim seek:sought expect refuse vow promise pledge threaten';

// Base forms that are mostly nouns or adjectives in news ("the state", "a report", "his post",
// "counter to"): only their inflected forms are cues, and even those not after a determiner.
export const NOUN_LIKE = new Set([
  'state', 'report', 'post', 'counter', 'figure', 'charge', 'show', 'note', 'claim', 'hope', 'fear', 'promise', 'pledge',
  'vow', 'estimate', 'reply', 'answer', 'comment', 'signal', 'doubt', 'guess', 'joke', 'quip', 'project', 'forecast',
  'question', 'demand', 'tweet', 'call', 'plan', 'aim', 'post', 'remark', 'mention', 'dispute', 'find', 'hint', 'add',
  'feel', 'know', 'understand', 'describe', 'ask', 'praise', 'blame', 'want', 'seek', 'refuse', 'defend', 'propose',
  'tout', 'reject', 'dismiss', 'press', 'snap', 'shout', 'yell', 'sigh', 'whisper', 'tease', 'taunt', 'mock', 'rant', 'echo',
  'scoff', 'crow', 'gush', 'support', 'favor', 'favour', 'slam', 'blast', 'rip', 'hammer', 'bash', 'hail', 'challenge', 'attack', 'endorse', 'rebuke', 'repeat', 'observe', 'calculate', 'realise', 'realize', 'muse', 'boast', 'brag', 'concur',
]);

const VOWEL = /[aeiou]/;
const DOUBLING = new Set(['slam', 'rip', 'admit', 'plan', 'quip', 'brag', 'concur', 'commit', 'regret', 'submit', 'omit']);

/** The regular forms of a lemma: "say" → says, sayed (unused), saying; "argue" → argues, argued, arguing. */
function inflect(lemma: string): string[] {
  const out: string[] = [];
  const l = lemma;
  if (/(?:s|sh|ch|x|z|o)$/.test(l)) out.push(`${l}es`);
  else if (/[^aeiou]y$/.test(l)) out.push(`${l.slice(0, -1)}ies`);
  else out.push(`${l}s`);
  // A final consonant doubles after a short stressed vowel: "admit" → admitted, "plan" → planned.
  const stem = DOUBLING.has(l) ? l + l[l.length - 1] : l;
  if (l.endsWith('ee')) out.push(`${l}d`, `${l}ing`);
  else if (l.endsWith('e')) out.push(`${l}d`, `${l.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(l)) out.push(`${l.slice(0, -1)}ied`, `${l}ing`);
  else out.push(`${stem}ed`, `${stem}ing`);
  return out.filter((w) => VOWEL.test(w));
}

export interface CueEntry {
  lemma: string;
  kinds: Set<CueKind>;
  /** The bare base form ("say", "claim"): not a cue right after a determiner, nor at all for noun-like lemmas. */
  base: boolean;
  /** Takes a bare clause only when a finite verb shows it is one. */
  weak: boolean;
  /** Past participle ("expected", "known"): may be passive ("is expected to"). */
  participle: boolean;
}

function build(): Map<string, CueEntry> {
  const table = new Map<string, CueEntry>();
  const weak = new Set(WEAK.split(/\s+/));
  const add = (spec: string, kind: CueKind) => {
    for (const item of spec.split(/\s+/).filter(Boolean)) {
      const [lemma, ...irregular] = item.split(':');
      const regular = inflect(lemma);
      // An irregular past replaces the regular -ed ("said", not "sayed"); its -ing stays regular.
      const forms = irregular.length ? [...irregular, ...regular.filter((f) => !f.endsWith('ed'))] : regular;
      const participles = irregular.length ? new Set(irregular) : new Set(regular.filter((f) => f.endsWith('ed')));
      const all = [lemma, ...forms];
      for (const form of all) {
        const e = table.get(form) ?? {
          lemma,
          kinds: new Set<CueKind>(),
          base: form === lemma,
          participle: participles.has(form),
          weak: weak.has(lemma),
        };
        e.kinds.add(kind);
        table.set(form, e);
      }
    }
  };
  add(CLAUSE, 'clause');
  add(LISTENER, 'listener');
  add(OBJECT, 'object');
  add(INTENT, 'intent');
  // "calls" and "called" stand alone only as "called for/on" (a phrase cue); "say" is its own irregular.
  for (const f of ['call', 'calls', 'called', 'calling', 'says']) table.delete(f);
  table.set('says', { lemma: 'say', kinds: new Set(['clause']), base: false, participle: false, weak: false });
  return table;
}

export const CUES = build();

export function isNounLikeBase(form: string): boolean {
  const e = CUES.get(form.toLowerCase());
  return !!e && e.base && NOUN_LIKE.has(e.lemma);
}

const phrase = (lemma: string, kind: CueKind): CueEntry => ({ lemma, kinds: new Set([kind]), base: false, participle: false, weak: false });
// Phrases found by the cue finder, with what they take: "pointed out (that) …", "called Clinton a liar".
const PHRASE_CUES: [RegExp, CueEntry][] = [
  // "Trump is confident that …": a stance adjective with its clause.
  [/^(?:confident|convinced|sure|certain|aware|worried|concerned|afraid|hopeful|optimistic|pessimistic|adamant|skeptical|sceptical|doubtful|insistent|persuaded|satisfied|determined|happy|pleased|proud|glad|upset|disappointed|frustrated|angry|furious|surprised|unhappy|unconvinced)$/i, phrase('believe', 'clause')],
  [/^(?:point(?:ed|s)? out|made (?:it )?clear|went on to say|made the case|(?:shot|fired|hit|snapped) back)$/i, phrase('say', 'clause')],
  [/^(?:describ|characteriz|characteris|label|labell|brand|dubb|call)(?:ed|es|s)$/i, phrase('describe', 'object')],
  [/^call(?:ed|s)?\s+(?:for|on)$/i, phrase('urge', 'object')],
  // "Trump's criticism of the deal": the object of the noun's preposition is the content.
  [/^(?:criticisms?|support|opposition|praise|attacks?|comments|remarks|endorsement|defen[cs]e|rejection|condemnation|questions|concerns|complaints|accusations|allegations|warnings|denunciation|dismissal|embrace)$/i, phrase('criticize', 'object')],
  // "Trump's plan to deport …", "the decision to …": a noun of intention with its infinitive.
  [/^(?:plans?|proposals?|promises?|pledges?|vows?|threats?|decision|demands?|refusal|offer|intention|commitment|desire|wish|push|bid|effort|attempt|vote|order|request|invitation)$/i, phrase('plan', 'intent')],
];

export function cueEntry(form: string): CueEntry | undefined {
  return CUES.get(form.toLowerCase()) ?? PHRASE_CUES.find(([re]) => re.test(form))?.[1];
}
