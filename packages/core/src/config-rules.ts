/**
 * The few checks the config's field table is written in: each reads one value and either
 * returns it (as the config holds it) or throws a {@link ConfigIssue} naming the deepest path
 * that failed. Hand-written rather than a schema library: the script tag's boot runs them, so
 * they must cost a few hundred bytes, not kilobytes.
 */

/** One problem with the config: where (a dotted path) and what is wrong. */
export class ConfigIssue {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

/** Reads a value at a path; throws a {@link ConfigIssue} when it cannot. */
export type Rule<T> = (value: unknown, path: string) => T;

/** Keys that could reach a prototype; never read from config. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Whether a value is a plain object (not an array, class instance or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export const fail = (path: string, message: string): never => {
  throw new ConfigIssue(path, message);
};

export const join = (path: string, key: string | number): string =>
  path ? `${path}.${key}` : String(key);

export const string =
  (message = 'must be text'): Rule<string> =>
  (value, path) =>
    typeof value === 'string' ? value : fail(path, message);

export const matching =
  (pattern: RegExp, message: string): Rule<string> =>
  (value, path) =>
    typeof value === 'string' && pattern.test(value) ? value : fail(path, message);

export const boolean: Rule<boolean> = (value, path) =>
  typeof value === 'boolean' ? value : fail(path, 'must be true or false');

export const number =
  (min: number, max: number, integer = false): Rule<number> =>
  (value, path) => {
    if (typeof value !== 'number' || Number.isNaN(value)) return fail(path, 'must be a number');
    if (integer && !Number.isInteger(value)) return fail(path, 'must be a whole number');
    if (value < min) return fail(path, `must be at least ${min}`);
    return value > max ? fail(path, `must be at most ${max}`) : value;
  };

export const oneOf =
  <const T extends string>(values: readonly T[]): Rule<T> =>
  (value, path) =>
    (values as readonly unknown[]).includes(value)
      ? (value as T)
      : fail(path, `must be one of ${values.map((item) => `"${item}"`).join(', ')}`);

export const arrayOf =
  <T>(item: Rule<T>): Rule<T[]> =>
  (value, path) =>
    Array.isArray(value)
      ? value.map((entry, index) => item(entry, join(path, index)))
      : fail(path, 'must be a list');

/** Own entries of a plain object, without the keys that could reach a prototype. */
export const entriesOf = (value: Record<string, unknown>): Array<[string, unknown]> =>
  Object.keys(value)
    .filter((key) => !FORBIDDEN_KEYS.has(key))
    .map((key) => [key, value[key]]);

export const recordOf =
  <T>(item: Rule<T>): Rule<Record<string, T>> =>
  (value, path) => {
    if (!isPlainObject(value)) return fail(path, 'must be an object');
    const out: Record<string, T> = {};
    for (const [key, entry] of entriesOf(value)) out[key] = item(entry, join(path, key));
    return out;
  };

/** An object with the given fields (each rule sees `undefined` when absent); others are dropped. */
export const object =
  <T extends Record<string, unknown>>(fields: { [K in keyof T]: Rule<T[K]> }): Rule<T> =>
  (value, path) => {
    if (!isPlainObject(value)) return fail(path, 'must be an object');
    const out = {} as T;
    for (const key of Object.keys(fields) as Array<keyof T & string>) {
      const read = fields[key](value[key], join(path, key));
      if (read !== undefined) out[key] = read;
    }
    return out;
  };

export const optional =
  <T>(rule: Rule<T>): Rule<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : rule(value, path);

/** A text as config allows it: one string, or a string per language. */
export const text: Rule<string | Record<string, string>> = (value, path) =>
  typeof value === 'string'
    ? value
    : isPlainObject(value)
      ? recordOf(string())(value, path)
      : fail(path, 'must be text, or an object of texts by language');

/** Whether a link from config is safe to put in an `href` (https: or relative; http: too). */
export function isSafeUrl(value: string): boolean {
  // Browsers drop tabs and newlines anywhere in a URL ("java\tscript:"), so judge what they see.
  const seen = [...value]
    .filter((char) => !'\t\n\r'.includes(char))
    .join('')
    .trim();
  if (seen === '' || [...seen].some((char) => char.charCodeAt(0) < 0x20)) return false;
  // Relative URLs have no scheme before the first ":".
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(seen);
  if (!scheme) return true;
  return ['https', 'http'].includes(scheme[1]!.toLowerCase());
}
