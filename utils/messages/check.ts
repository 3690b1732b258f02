/**
 * Tiny hand-written validators for message boundaries. Each returns the typed value or throws a
 * `ShapeError` naming the path that is wrong, so a refused message says exactly why.
 */
export class ShapeError extends Error {
  override name = 'ShapeError';
}

export type Check<T> = (value: unknown, path: string) => T;

const fail = (path: string, want: string, value: unknown): never => {
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  throw new ShapeError(`${path || 'message'} must be ${want} (got ${got})`);
};

export const str: Check<string> = (v, p) => (typeof v === 'string' ? v : fail(p, 'a string', v));

export const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'true or false', v));

export const int =
  (min: number, max: number): Check<number> =>
  (v, p) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fail(p, `an integer in ${min}..${max}`, v);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, p) =>
    v === null ? null : check(v, p);

export const oneOf =
  <const T extends string>(options: readonly T[]): Check<T> =>
  (v, p) =>
    typeof v === 'string' && (options as readonly string[]).includes(v) ? (v as T) : fail(p, `one of ${options.join(', ')}`, v);

export const arrayOf =
  <T>(check: Check<T>, max = 100_000): Check<T[]> =>
  (v, p) => {
    if (!Array.isArray(v)) return fail(p, 'a list', v);
    if (v.length > max) throw new ShapeError(`${p} has more than ${max} items`);
    return v.map((item, i) => check(item, `${p}[${i}]`));
  };

type Shape = Record<string, Check<unknown>>;
type Optional<T> = Check<T> & { optional: true };
type Out<S extends Shape> = { [K in keyof S as S[K] extends Optional<unknown> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: ReturnType<S[K]>;
};

export const optional = <T>(check: Check<T>): Optional<T> =>
  Object.assign((v: unknown, p: string) => check(v, p), { optional: true as const });

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Unknown keys are dropped, so nothing unchecked travels further. */
export const object =
  <S extends Shape>(shape: S): Check<Out<S>> =>
  (v, p) => {
    if (!isRecord(v)) return fail(p, 'an object', v);
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const value = v[key];
      if (value === undefined && 'optional' in check) continue;
      out[key] = check(value, p ? `${p}.${key}` : key);
    }
    return out as Out<S>;
  };
