/**
 * Reading a config from the field table (config-fields.ts): the one reader behind both the
 * script tag's quiet early reading and the full check that reports each bad field by name.
 */
import type { ServiceCatalogue } from './catalogue/resolve.js';
import type { ConfigReporter, CoreConfig, ResolvedConfig } from './config.js';
import { BOOT_FIELDS, configFields, type Field } from './config-fields.js';
import { ConfigIssue, FORBIDDEN_KEYS, isPlainObject, join } from './config-rules.js';

type Table = Record<string, Field<unknown>>;

/** The defaults of a table's fields (fresh copies). */
export function defaultsOf(table: Table): Record<string, unknown> {
  const out: Record<string, unknown> = { defaulted: false };
  for (const [name, row] of Object.entries(table))
    if (row.default !== undefined) out[name] = structuredClone(row.default);
  return out;
}

/** The defaults of the fields in {@link CoreConfig}: every optional category absent. */
export const defaultCoreConfig = (): CoreConfig => defaultsOf(BOOT_FIELDS) as unknown as CoreConfig;

/** The config with nothing given: every default, every optional category absent. */
export const defaultConfig = (): ResolvedConfig =>
  defaultsOf(configFields()) as unknown as ResolvedConfig;

/** How {@link readConfig} reads: which fields, and what it does with the ones it doubts. */
export interface ReadOptions {
  table: Table;
  report: ConfigReporter;
  /** Takes a row's `doubt` value for a field it cannot read (the boot's rule). */
  tolerant?: boolean;
  /** Reports settings the table does not name. */
  unknown?: boolean;
  /** Receives advice about fields that are valid but doubtful (the full check's warnings). */
  warn?: ConfigReporter;
  /** Runs on the parsed object before any field is read. */
  prepare?: (raw: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Reads a config (object or JSON text) field by field from a table. Never throws: a field
 * that fails keeps its default (or its `doubt` value when tolerant) and is reported once.
 */
export function readConfig(input: unknown, options: ReadOptions): ResolvedConfig {
  const { table, report } = options;
  const config = defaultsOf(table) as unknown as ResolvedConfig;
  const whole = (message: string) => {
    report('(config)', message);
    return { ...(defaultsOf(table) as unknown as ResolvedConfig), defaulted: true };
  };
  let raw = input;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw) as unknown;
    } catch (error) {
      return whole(`is not valid JSON (${(error as Error).message})`);
    }
  }
  if (raw === undefined || raw === null) return config;
  if (!isPlainObject(raw)) return whole('must be an object');
  try {
    const source = options.prepare ? options.prepare(raw) : raw;
    const target = config as unknown as Record<string, unknown>;
    for (const [name, row] of Object.entries(table)) {
      const value = source[name];
      if (value === undefined) continue;
      try {
        target[name] = row.read(value, name, { config, report, warn: options.warn });
      } catch (issue) {
        if (!(issue instanceof ConfigIssue)) throw issue;
        report(issue.path, issue.message);
        if (options.tolerant && 'doubt' in row) target[name] = row.doubt;
      }
    }
    if (options.unknown)
      for (const key of Object.keys(source))
        if (!(key in table) && source[key] !== undefined) report(key, 'is not a known setting');
  } catch {
    // Getters on a hand-made object can throw: everything optional denied.
    return whole('could not be read');
  }
  return config;
}

const consoleReporter: ConfigReporter = (path, message) => {
  console.error(`[assent] Invalid config at "${path}": ${message}. Using a safe default.`);
};

/** Deep copy of plain data with forbidden keys reported and dropped (config may come from anywhere). */
function sanitize(value: unknown, path: string, report: ConfigReporter, depth = 0): unknown {
  if (depth > 20) {
    report(path, 'is nested too deeply');
    return undefined;
  }
  if (Array.isArray(value))
    return value.map((item, i) => sanitize(item, join(path, i), report, depth + 1));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) report(join(path, key), 'this key is not allowed');
    else out[key] = sanitize(value[key], join(path, key), report, depth + 1);
  }
  return out;
}

/**
 * Validates a config and fills in defaults, from the field table. Never throws: each bad
 * field is reported once (a console error naming its path) and replaced by its safe
 * default, so a broken config still yields a working banner with every optional category
 * denied.
 *
 * @param input - the config object, or its JSON text
 * @example
 * const config = parseConfig({ revision: '2021-11', categories: { analytics: {} } });
 */
export function parseConfig(
  input: unknown,
  report: ConfigReporter = consoleReporter,
  options: ParseOptions = {},
): ResolvedConfig {
  return readConfig(input, {
    table: configFields(),
    report,
    unknown: true,
    warn: (path, message) => console.warn(`[assent] Config "${path}": ${message}.`),
    prepare: (raw) => {
      const source = sanitize(raw, '', report) as Record<string, unknown>;
      if (!options.catalogue) return source;
      // A service named by its catalogue id gets the catalogue's fields under the site's own,
      // and the well-known category it defaults to joins the categories.
      const { services, impliedCategories } = options.catalogue.resolve(source.services);
      const categories = isPlainObject(source.categories) ? { ...source.categories } : {};
      for (const category of impliedCategories) categories[category] ??= {};
      return {
        ...source,
        ...(impliedCategories.length > 0 || source.categories !== undefined ? { categories } : {}),
        ...(source.services !== undefined ? { services } : {}),
      };
    },
  });
}

/** Options of {@link parseConfig}. */
export interface ParseOptions {
  /**
   * Well-known services by id (`@assent/core/catalogue`): a service the config names by one of
   * these ids starts from its entry, and may override any field.
   */
  catalogue?: ServiceCatalogue;
}

/** What {@link readBootConfig} found. */
export interface BootConfig {
  /** The fields it reads, each one as read or at its safe default. */
  config: CoreConfig;
  /**
   * Whether anything it reads was missing a safe reading (broken JSON, a wrong type, an
   * unusable category or service). The full check (`parseConfig`) should then run, to
   * report it by name.
   */
  doubtful: boolean;
}

/**
 * Reads, quietly, only what the runtime needs before anything else loads: the rows of
 * `BOOT_FIELDS` (category and service ids with each service's category and cookie names,
 * `revision`, `endpoint`, `expiresAfterDays`, `cookieName`, `cookieDomain`,
 * `googleConsentMode`, `gpc`, `language`, `reloadOnWithdraw`). Never throws and reports
 * nothing (`parseConfig` reports, with the same rules, once the full check loads).
 *
 * @remarks Doubt never grants, by construction: these are the very rules `parseConfig`
 * applies to these fields, so a field it cannot read takes the same safe default (or, for
 * `revision`, a value no stored decision carries), and a category or service it cannot read
 * is left out, so it is never allowed. Anything it could not read sets `doubtful`.
 *
 * @param input - the config object, or its JSON text
 */
export function readBootConfig(input: unknown): BootConfig {
  let doubtful = false;
  const read = readConfig(input, {
    table: BOOT_FIELDS,
    tolerant: true,
    report: () => (doubtful = true),
  });
  // Only what state, the mirror and gating use: titles and texts are the UI's to check.
  const config: CoreConfig = {
    ...read,
    // A category open to objection runs before a decision: its basis is state, not text.
    categories: Object.fromEntries(
      Object.entries(read.categories).map(([id, { basis }]) => [id, basis ? { basis } : {}]),
    ),
    services: Object.fromEntries(
      Object.entries(read.services).map(([id, { category, cookies }]) => [
        id,
        { category, cookies: cookies.map(({ name }) => ({ name })) },
      ]),
    ),
  };
  return { config, doubtful };
}
