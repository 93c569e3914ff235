import {
  CONSENT_MODE_TYPES,
  COOKIE_DOMAIN_PATTERN,
  COOKIE_NAME_PATTERN,
  FORBIDDEN_KEYS,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  WELL_KNOWN_CATEGORIES,
  defaultCoreConfig,
  isPlainObject,
  isSafeUrl,
  resolveConsentMode,
  type ConsentModeInput,
  type CoreConfig,
} from './config.js';

/** What {@link readTolerantConfig} found. */
export interface TolerantConfig {
  /** The fields it reads, each one as read or at its safe default. */
  config: CoreConfig;
  /**
   * Whether anything it reads was missing a safe reading (broken JSON, a wrong type, an
   * unusable category or service). The full validation (`parseConfig`) should then run, to
   * report it and have the final say.
   */
  doubtful: boolean;
}

/**
 * A sentinel revision no stored decision carries (the mirror never stores an empty one): a
 * `revision` that cannot be read makes every stored decision "not current".
 */
const UNREADABLE_REVISION = '';

const own = (object: Record<string, unknown>): Array<[string, unknown]> =>
  Object.keys(object)
    .filter((key) => !FORBIDDEN_KEYS.has(key))
    .map((key) => [key, object[key]]);

/** A text as config allows it: one string, or a string per language. */
const isText = (value: unknown): boolean =>
  typeof value === 'string' ||
  (isPlainObject(value) && own(value).every(([, item]) => typeof item === 'string'));

const isOptionalText = (value: unknown): boolean => value === undefined || isText(value);

const isCookie = (value: unknown): boolean =>
  typeof value === 'string' ||
  (isPlainObject(value) && typeof value.name === 'string' && isOptionalText(value.description));

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function readConsentMode(value: unknown): ConsentModeInput | undefined {
  if (typeof value === 'boolean') return value;
  if (!isPlainObject(value)) return undefined;
  const { mapping, region, waitForUpdate, urlPassthrough, adsDataRedaction } = value;
  const mappingOk =
    mapping === undefined ||
    (isPlainObject(mapping) &&
      own(mapping).every(
        ([type, ids]) =>
          (CONSENT_MODE_TYPES as readonly string[]).includes(type) &&
          isStringArray(ids) &&
          ids.every((id) => ID_PATTERN.test(id)),
      ));
  const ok =
    mappingOk &&
    (region === undefined || isStringArray(region)) &&
    (waitForUpdate === undefined ||
      (Number.isInteger(waitForUpdate) &&
        (waitForUpdate as number) >= 0 &&
        (waitForUpdate as number) <= 10000)) &&
    (urlPassthrough === undefined || typeof urlPassthrough === 'boolean') &&
    (adsDataRedaction === undefined || typeof adsDataRedaction === 'boolean');
  return ok ? (value as ConsentModeInput) : undefined;
}

/**
 * Reads, without validating the whole config, only what the script tag needs before its
 * engine loads: category and service ids (with each service's category and cookies),
 * `revision`, `endpoint`, `expiresAfterDays`, `cookieName`, `cookieDomain`, `googleConsentMode`, `gpc`,
 * `language` and `reloadOnWithdraw`. Never throws and reports nothing (the engine's
 * `parseConfig` does that once, when it loads).
 *
 * @remarks It must never grant what `parseConfig` would not, so it errs towards denying:
 * a field it cannot read takes its safe default (an unreadable `revision` makes a stored
 * decision not current), and a category or service it cannot read fully is left out, so it is
 * never allowed. It follows `parseConfig`'s rules for what makes a category or service
 * usable, sharing its patterns; anything it leaves out sets `doubtful`.
 *
 * @param input - the config object, or its JSON text
 */
export function readTolerantConfig(input: unknown): TolerantConfig {
  const config: CoreConfig = defaultCoreConfig();
  let doubtful = false;
  let raw = input;
  try {
    if (typeof raw === 'string') raw = JSON.parse(raw) as unknown;
  } catch {
    return { config: { ...config, defaulted: true }, doubtful: true };
  }
  if (raw === undefined || raw === null) return { config, doubtful };
  if (!isPlainObject(raw)) return { config: { ...config, defaulted: true }, doubtful: true };
  try {
    const {
      revision,
      endpoint,
      expiresAfterDays,
      cookieName,
      cookieDomain,
      googleConsentMode,
      gpc,
      language,
      reloadOnWithdraw,
      categories,
      services,
    } = raw;
    /** Takes a field when `ok`; otherwise keeps the default and notes the doubt. */
    const take = <T>(value: unknown, ok: boolean, apply: (value: T) => void) => {
      if (value === undefined) return;
      if (ok) apply(value as T);
      else doubtful = true;
    };

    if (revision !== undefined) {
      const text =
        typeof revision === 'string' || typeof revision === 'number' ? String(revision) : '';
      config.revision = text || UNREADABLE_REVISION;
      if (!text) doubtful = true;
    }
    take<string>(
      endpoint,
      typeof endpoint === 'string' && isSafeUrl(endpoint),
      (url) => (config.endpoint = url),
    );
    take<number>(
      expiresAfterDays,
      typeof expiresAfterDays === 'number' && expiresAfterDays >= 1 && expiresAfterDays <= 3650,
      (days) => (config.expiresAfterDays = days),
    );
    take<string>(
      cookieName,
      typeof cookieName === 'string' && COOKIE_NAME_PATTERN.test(cookieName),
      (name) => (config.cookieName = name),
    );
    take<string>(
      cookieDomain,
      typeof cookieDomain === 'string' && COOKIE_DOMAIN_PATTERN.test(cookieDomain),
      (domain) => (config.cookieDomain = domain),
    );
    const consentMode = readConsentMode(googleConsentMode);
    take<ConsentModeInput>(
      googleConsentMode,
      consentMode !== undefined,
      (mode) => (config.googleConsentMode = resolveConsentMode(config.googleConsentMode, mode)),
    );
    take<CoreConfig['gpc']>(
      gpc,
      gpc === 'deny-marketing' || gpc === 'ignore',
      (value) => (config.gpc = value),
    );
    take<string>(
      language,
      typeof language === 'string' && LANGUAGE_PATTERN.test(language),
      (tag) => (config.language = tag),
    );
    take<boolean>(
      reloadOnWithdraw,
      typeof reloadOnWithdraw === 'boolean',
      (reload) => (config.reloadOnWithdraw = reload),
    );

    if (categories !== undefined) {
      if (!isPlainObject(categories)) doubtful = true;
      else {
        for (const [key, item] of own(categories)) {
          const category = item ?? {};
          const usable =
            ID_PATTERN.test(key) &&
            isPlainObject(category) &&
            isOptionalText(category.title) &&
            isOptionalText(category.description) &&
            ((WELL_KNOWN_CATEGORIES as readonly string[]).includes(key) || !!category.title);
          if (usable) config.categories[key] = {};
          else doubtful = true;
        }
      }
    }
    if (services !== undefined) {
      if (!isPlainObject(services)) doubtful = true;
      else {
        for (const [key, item] of own(services)) {
          const cookies = isPlainObject(item) ? (item.cookies ?? []) : undefined;
          const usable =
            ID_PATTERN.test(key) &&
            !(key in config.categories) &&
            isPlainObject(item) &&
            typeof item.category === 'string' &&
            item.category in config.categories &&
            isOptionalText(item.title) &&
            isOptionalText(item.description) &&
            Array.isArray(cookies) &&
            cookies.every(isCookie);
          if (usable) {
            config.services[key] = {
              category: item.category as string,
              cookies: (cookies as Array<string | { name: string }>).map((cookie) => ({
                name: typeof cookie === 'string' ? cookie : cookie.name,
              })),
            };
          } else doubtful = true;
        }
      }
    }
  } catch {
    // Getters on a hand-made object can throw: fall back to everything optional denied.
    return { config: { ...defaultCoreConfig(), defaulted: true }, doubtful: true };
  }
  return { config, doubtful };
}
