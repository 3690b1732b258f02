/**
 * Shapes of every request, checked at the background's boundary before anything is trusted.
 */
import type { Selector } from '../db/records';
import { MAX_ANALYSIS_CHARS, type AnyRequest, type RequestType } from './protocol';
import { ShapeError, arrayOf, bool, int, isRecord, nullable, object, oneOf, optional, str, type Check } from './check';

const kind = oneOf(['person', 'org', 'place'] as const);
const precision = oneOf(['day', 'month', 'year'] as const);
const lang = oneOf(['uk', 'ru', 'en'] as const);
const origin = oneOf(['starter', 'user', 'discovered'] as const);
const offset = int(0, Number.MAX_SAFE_INTEGER);
const span = { text: str, start: offset, end: offset };
const dateValue: Check<string> = (v, p) => {
  const s = str(v, p);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) throw new ShapeError(`${p} must be a date YYYY, YYYY-MM or YYYY-MM-DD (got "${s.slice(0, 20)}")`);
  return s;
};
const stringList = arrayOf(str, 1000);
/** Page text to analyse: bounded, so one message can't make the background hold gigabytes. */
const pageText: Check<string> = (v, p) => {
  const s = str(v, p);
  if (s.length > MAX_ANALYSIS_CHARS) throw new ShapeError(`${p} is ${s.length} characters; at most ${MAX_ANALYSIS_CHARS} per request (send slices)`);
  return s;
};
const published: Check<string> = (v, p) => {
  const s = str(v, p);
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) throw new ShapeError(`${p} must start with a day YYYY-MM-DD (got "${s.slice(0, 20)}")`);
  return s;
};
const empty = object({});

const page = object({ url: str, title: str, site: str, lang: str, publishedAt: str });
const result = object({
  text: optional(str),
  published: str,
  lang,
  actors: arrayOf(object({ ...span, name: str, kind })),
  candidates: arrayOf(object(span)),
  dates: arrayOf(object({ ...span, value: dateValue, precision, endValue: optional(dateValue) })),
  claims: arrayOf(
    object({
      ...span,
      speaker: nullable(str),
      speakerStart: optional(offset),
      speakerEnd: optional(offset),
      mode: oneOf(['direct', 'reported'] as const),
    }),
  ),
  events: arrayOf(
    object({ date: dateValue, precision, text: str, start: offset, end: offset, actors: stringList, claims: arrayOf(offset) }),
  ),
});

const selector: Check<Selector> = (v, p) => {
  if (isRecord(v) && v.type === 'TextQuoteSelector') {
    return { type: 'TextQuoteSelector', ...object({ exact: str, prefix: optional(str), suffix: optional(str) })(v, p) };
  }
  if (isRecord(v) && v.type === 'TextPositionSelector') return { type: 'TextPositionSelector', ...object({ start: offset, end: offset })(v, p) };
  throw new ShapeError(`${p} must be a TextQuoteSelector or TextPositionSelector`);
};
const clipDraft = object({
  page,
  quote: str,
  selector: arrayOf(selector, 4),
  note: optional(str),
  tags: optional(stringList),
  speaker: optional(str),
  date: optional(dateValue),
  actors: optional(arrayOf(object({ name: str, kind }), 500)),
});
const searchKind = oneOf(['event', 'claim', 'clip'] as const);

const aliases = object({ uk: optional(stringList), ru: optional(stringList), en: optional(stringList) });

const payloads: { [T in RequestType]: Check<Omit<Extract<AnyRequest, { type: T }>, 'type'>> } = {
  'page/analyzed': object({ page, result }),
  'gazetteer/get': empty,
  'analyze/names': object({ text: pageText }),
  'analyze/full': object({ text: pageText, published, lang: optional(lang) }),
  'analyze/base': object({ name: str, lang, around: pageText, quoted: bool }),
  'related/actor': object({ name: str, excludeUrl: optional(str) }),
  'related/date': object({ value: dateValue, excludeUrl: optional(str) }),
  'related/claim': object({ text: str, speaker: nullable(str), excludeUrl: optional(str) }),
  'actor/track': object({ name: str, kind, alias: optional(str) }),
  'timeline/list': object({ actorId: optional(str), text: optional(str), offset, limit: int(0, 500), count: optional(bool) }),
  'actors/list': object({ origins: optional(arrayOf(origin, 3)) }),
  'actors/save': object({ actor: object({ name: str, kind, aliases }), previousId: optional(str) }),
  'actors/delete': object({ id: str }),
  'actors/import': object({ json: str }),
  'actors/export': empty,
  'clips/save': clipDraft,
  'clips/forPage': object({ url: str }),
  'clips/anchored': object({ results: arrayOf(object({ id: str, orphaned: bool }), 10_000) }),
  'clips/list': object({ text: optional(str), tag: optional(str), site: optional(str), actorId: optional(str), offset: optional(offset), limit: optional(int(0, 1000)) }),
  'clips/update': object({ id: str, note: optional(str), tags: optional(stringList) }),
  'clips/delete': object({ id: str }),
  'clips/restore': object({ id: str }),
  'search/query': object({ text: str, kinds: optional(arrayOf(searchKind, 3)), limit: optional(int(0, 500)) }),
  'export/file': object({ format: oneOf(['jsonld', 'csv', 'markdown', 'timeline'] as const), locale: optional(str) }),
  'import/annotations': object({ json: str }),
};

export const REQUEST_TYPES = Object.keys(payloads) as RequestType[];

/** The request, typed, or a ShapeError saying what is wrong with it. */
export function parseRequest(message: unknown): AnyRequest {
  if (!isRecord(message)) throw new ShapeError(`message must be an object with a "type"`);
  const type = message.type;
  // Own keys only: `in` would accept inherited names ("toString", "constructor") as request types.
  if (typeof type !== 'string' || !Object.hasOwn(payloads, type)) {
    throw new ShapeError(`unknown message type ${JSON.stringify(type)}; expected one of ${REQUEST_TYPES.join(', ')}`);
  }
  const check = payloads[type as RequestType] as Check<object>;
  return { ...check(message, ''), type } as AnyRequest;
}
