/**
 * Shapes of every request, checked at the background's boundary before anything is trusted.
 */
import type { AnyRequest, RequestType } from './protocol';
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

const aliases = object({ uk: optional(stringList), ru: optional(stringList), en: optional(stringList) });

const payloads: { [T in RequestType]: Check<Omit<Extract<AnyRequest, { type: T }>, 'type'>> } = {
  'page/analyzed': object({ page, result }),
  'gazetteer/get': empty,
  'related/actor': object({ name: str, excludeUrl: optional(str) }),
  'related/date': object({ value: dateValue, excludeUrl: optional(str) }),
  'related/claim': object({ text: str, speaker: nullable(str), excludeUrl: optional(str) }),
  'actor/track': object({ name: str, kind }),
  'timeline/list': object({ actorId: optional(str), text: optional(str), offset, limit: int(0, 500), count: optional(bool) }),
  'actors/list': object({ origins: optional(arrayOf(origin, 3)) }),
  'actors/save': object({ actor: object({ name: str, kind, aliases }), previousId: optional(str) }),
  'actors/delete': object({ id: str }),
  'actors/import': object({ json: str }),
  'actors/export': empty,
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
