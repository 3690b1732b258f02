import type { ActorKind, ActorSpan, Lang } from './types';
import { LETTERS } from './letters';
import { allMatches } from './matches';

// Plain letter ranges, not \p{L}: cheaper to compile again after V8 dropped the code (letters.ts).
const SPEAKER_WORD = new RegExp(`[${LETTERS}\\p{N}'’ʼ.-]+`, 'gu');
const LETTER_OR_DIGIT = new RegExp(`[${LETTERS}\\p{N}]`, 'u');

export interface Speaker {
  speaker: string | null;
  speakerStart?: number;
  speakerEnd?: number;
}

/** What the text has told us so far, for words that point back ("агентство", "на їхню думку"). */
export interface SpeakerMemory {
  /** The outlet last named as a source, for "агентство", "видання", "the agency". */
  media?: Speaker;
  /** The speaker of the previous claim. */
  last?: Speaker;
}

// Nouns that stand for a person already named: "– наголосив президент" after "президент Володимир
// Зеленський". Each role is matched to the last person introduced with the same title; "глава
// держави" is the title-less way to say president.
const PERSON_ROLES: { role: RegExp; title: RegExp }[] = [
  { role: /(президент|глав[аиі] держави|глава государства|president|head of state)/iu, title: /(президент|president)/iu },
  { role: /(прем[’'ʼ]?єр|премьер|prime minister|premier)/iu, title: /(прем[’'ʼ]?єр|премьер|prime minister|premier)/iu },
  { role: /(міністр|министр|minister|secretary)/iu, title: /(міністр|министр|minister|secretary)/iu },
  { role: /(речни[кц]|пресс?-секретар|spokes(?:man|woman|person))/iu, title: /(речни[кц]|пресс?-секретар|spokes)/iu },
  { role: /(посол|ambassador)/iu, title: /(посол|ambassador)/iu },
];
const PRONOUN = /^(він|вона|он|она|he|she)$/iu;
const MEDIA_ROLE = /(агентств|видан|ЗМІ|газет|агентств|издани|СМИ|\bagency\b|\boutlet\b|newspaper|\bpaper\b)/iu;
const PLURAL_PRONOUN = /^(вони|они|they)$/iu;
// Words that start a clause without being its subject ("Також Зеленський…", "Раніше…").
// Adverbs that sit between subject and verb ("Шойгу … недавно сказал"), not part of the speaker.
const ADVERB =
  /^(недавно|сейчас|тогда|теперь|публично|неоднократно|прямо|позже|раньше|вновь|снова|нещодавно|зараз|тоді|тепер|публічно|знову|прямо|recently|now|publicly|again|later|also|further|repeatedly|previously|often|frequently|already|once|never|long|still|even|flatly|openly|has|have|had|would|will|could|might|may|did|does|do|has|not|never|can|cannot|can[’']t|don[’']t|doesn[’']t|didn[’']t|won[’']t|wouldn[’']t|couldn[’']t|shouldn[’']t|must|should|is|are|was|were|be|been|being|am|strongly|reportedly|privately|firmly|clearly|quickly|immediately|initially|originally|subsequently|separately|directly|sharply|bluntly|angrily|explicitly|formally|officially|personally|allegedly|apparently|actually|really|finally|eventually|ultimately|quietly|loudly|vehemently|forcefully|widely|generally|вже|неодноразово|уже)$/iu;
// Weekdays and months in a speaker's window are when, not who ("сообщил в пятницу РБК источник").
const TIME_WORD =
  /^(понеділ|вівтор|серед|четвер|п[’'ʼ]ятниц|субот|неділ|понедельн|вторник|сред[уа]|четверг|пятниц|суббот|воскресень|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|тижн|місяц|недел|месяц)/iu;
// Month names before a name ("20 листопада Трамп заявив") are when, not who.
const MONTH_NAME =
  /^(?:(?:січ|берез|квіт|трав|черв|лип|серп|верес|жовт|груд)(?:ень|ня|ні)|лют(?:ий|ого|ому)|листопад[аі]?|(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]|ма[йяе]|(?:март|август)[ае]?|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;
const SUBORDINATOR = /^(that|which|who|whom|where|when|while|as|because|if|since|although|though|unless|so|whether)$/i;
const FILLER = /^(також|водночас|втім|зокрема|натомість|тим|часом|між|при|цьому|впрочем|между|тем|этом|однако|meanwhile|however|тоже|также|раніше|ранее|вчора|сьогодні|позавчора|вчера|сегодня|позавчера|yesterday|today|і|и|а|але|но|проте|однак|also|and|but|then|earlier|about)$/iu;

function lastActorBefore(actors: ActorSpan[], pos: number, kinds: ActorKind[]): ActorSpan | undefined {
  let found: ActorSpan | undefined;
  for (const a of actors) if (a.end <= pos && kinds.includes(a.kind)) found = a;
  return found;
}

const fromActor = (a: ActorSpan): Speaker => ({ speaker: a.name, speakerStart: a.start, speakerEnd: a.end });

/**
 * Who said it, from the words around the speech verb (`from`..`to` in `text`): a named actor there,
 * else the actor a role word points back to ("глава держави" → the last named person), else the
 * words themselves ("Американські чиновники"), else nothing.
 */
export function resolveSpeaker(
  text: string,
  from: number,
  to: number,
  actors: ActorSpan[],
  memory: SpeakerMemory,
  _lang: Lang,
): Speaker | null {
  if (to <= from) return null;
  const inside = actors.filter((a) => a.start >= from && a.end <= to);
  const named = inside.find((a) => a.kind === 'person') ?? inside.find((a) => a.kind === 'org') ?? inside[0];
  if (named) {
    const s = fromActor(named);
    if (named.kind === 'org') memory.media = s;
    return s;
  }
  const words = text.slice(from, to);
  if (MEDIA_ROLE.test(words)) {
    const org = memory.media ?? (lastActorBefore(actors, from, ['org']) && fromActor(lastActorBefore(actors, from, ['org'])!));
    if (org) {
      memory.media = org;
      return org;
    }
  }
  const trimmed = trimWords(text, from, to);
  if (trimmed && PRONOUN.test(trimmed.text)) {
    const person = lastActorBefore(actors, from, ['person']);
    if (person) return fromActor(person);
    // No person actor known: "he" is most likely whoever spoke last.
    if (memory.last?.speaker) return memory.last;
  }
  const role = PERSON_ROLES.find((r) => r.role.test(words));
  if (role) {
    const titled = actors.filter(
      (a) => a.end <= from && a.kind === 'person' && role.title.test(text.slice(Math.max(0, a.start - 40), a.start)),
    );
    if (titled.length) return fromActor(titled[titled.length - 1]);
  }
  if (trimmed && PLURAL_PRONOUN.test(trimmed.text) && memory.last) return memory.last;
  if (!trimmed) return null;
  return { speaker: trimmed.text, speakerStart: trimmed.start, speakerEnd: trimmed.end };
}

/** The speaker's own words: at most ten, without clause fillers, dates or punctuation at the edges. */
function trimWords(text: string, from: number, to: number): { text: string; start: number; end: number } | null {
  const words = allMatches(SPEAKER_WORD, text.slice(from, to))
    .map((m) => ({ w: m[0].replace(/[.]+$/, ''), start: from + m.index, end: from + m.index + m[0].replace(/[.]+$/, '').length }))
    .filter((x) => LETTER_OR_DIGIT.test(x.w));
  for (;;) {
    const w = words[0]?.w;
    if (w === undefined) break;
    // "that many experts thought", "as manufacturers reported": a subordinator opens the clause.
    if (SUBORDINATOR.test(w) && words.length > 1) words.shift();
    else if (FILLER.test(w) || ADVERB.test(w) || /^\d/.test(w) || TIME_WORD.test(w) || MONTH_NAME.test(w)) words.shift();
    else if (/^(в|во|у|на|in|on|at|last)$/iu.test(w) && words[1] && TIME_WORD.test(words[1].w)) words.splice(0, 2);
    else break;
  }
  while (words.length && ADVERB.test(words[words.length - 1].w)) words.pop();
  // A title and a name rarely take more than ten words; longer stretches are not a speaker.
  if (words.length === 0 || words.length > 10) return null;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  return { text: text.slice(start, end), start, end };
}
