import { CHANNELS } from './protocol.js';
import {
  CONSENT_MODE_TYPES,
  DEFAULT_CONSENT_MODE_MAPPING,
  resolveConsentMode,
  type ConsentModeInput,
} from './config-consent-mode.js';
import type {
  CategoryConfig,
  ConfigReporter,
  ConsentModeConfig,
  CookieInfo,
  ResolvedConfig,
  ServiceConfig,
  TopicConfig,
} from './config.js';
import { isCookieDuration } from './catalogue/duration.js';
import {
  ConfigIssue,
  arrayOf,
  boolean,
  entriesOf,
  fail,
  isPlainObject,
  isSafeUrl,
  join,
  matching,
  number,
  object,
  oneOf,
  optional,
  recordOf,
  string,
  text,
  type Rule,
} from './config-rules.js';

/** The category every site has: always granted, never switchable. */
export const NECESSARY = 'necessary';

/** Category ids that ship with translated titles and descriptions, so `{}` is enough. */
export const WELL_KNOWN_CATEGORIES = ['necessary', 'functional', 'analytics', 'marketing'] as const;

/** Marketing channels a visitor can opt in to (post is an objection on an opt-out basis). */
export const MARKETING_CHANNELS = CHANNELS;

/** A category, service or topic id. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
/** `cookieName`: a plain cookie name. */
export const COOKIE_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** `cookieDomain`: a domain name, optionally with a leading dot. */
export const COOKIE_DOMAIN_PATTERN = /^\.?[a-z0-9.-]+$/i;
/** `language`: a language tag such as `en-GB`. */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** What reading one field may use: the config read so far, and where partial problems go. */
export interface FieldContext {
  config: ResolvedConfig;
  report: ConfigReporter;
  /** Advice about a valid but doubtful field; only the full check gives it (once per field). */
  warn?: ConfigReporter;
}

/**
 * One row of the config's field table.
 * @typeParam T - the value the config holds (after defaults)
 */
export interface Field<T> {
  /** Its value when absent or unusable. */
  default: T;
  /**
   * Reads the field as written; throws a {@link ConfigIssue} when it cannot (the default
   * stays). Collections report each bad entry through `context.report` and keep the rest.
   */
  read(value: unknown, path: string, context: FieldContext): T;
  /**
   * What the script tag's boot takes when it cannot read the field, if not the default: it
   * must never grant more than the full check would (an unreadable `revision` matches no
   * stored decision).
   */
  doubt?: T;
}

const id: Rule<string> = (value, path) =>
  matching(ID_PATTERN, 'must be letters, digits, "-" or "_" (at most 64)')(value, path);
const safeUrl: Rule<string> = (value, path) =>
  typeof value === 'string' && isSafeUrl(value)
    ? value
    : fail(path, 'must be an https: or relative URL');
const isId = (key: string) => ID_PATTERN.test(key);

/** Reads each entry of a collection: a bad entry is reported and left out. */
function eachEntry<T>(
  value: unknown,
  path: string,
  context: FieldContext,
  what: string,
  read: (key: string, item: unknown, path: string) => T | undefined,
  into: Record<string, T>,
): Record<string, T> {
  if (!isPlainObject(value)) return fail(path, `must be an object of ${what}`);
  for (const [key, item] of entriesOf(value)) {
    try {
      const entry = read(key, item, join(path, key));
      if (entry !== undefined) into[key] = entry;
    } catch (issue) {
      if (!(issue instanceof ConfigIssue)) throw issue;
      context.report(issue.path, issue.message);
    }
  }
  return into;
}

const cookie: Rule<CookieInfo> = (value, path) =>
  typeof value === 'string'
    ? { name: value }
    : (
        object({
          name: string(),
          // Checked by the service's row: a bad duration costs the cookie its duration, never
          // the service its place.
          duration: (duration: unknown) => duration,
          description: optional(text),
        }) as Rule<CookieInfo>
      )(value, path);

const consentMode: Rule<ConsentModeInput> = (value, path) =>
  typeof value === 'boolean'
    ? value
    : object({
        mapping: optional(recordOf(arrayOf(id))),
        region: optional(arrayOf(string())),
        waitForUpdate: optional(number(0, 10000, true)),
        urlPassthrough: optional(boolean),
        adsDataRedaction: optional(boolean),
      })(value, path);

const checkMapping = (mode: ConsentModeInput, path: string) => {
  if (typeof mode === 'object')
    for (const type of Object.keys(mode.mapping ?? {}))
      if (!(CONSENT_MODE_TYPES as readonly string[]).includes(type))
        fail(join(join(path, 'mapping'), type), 'is not a Consent Mode type');
  return mode;
};

/** A row, typed by the value the config holds. */
type Row<T> = Field<T>;

/**
 * The fields the script tag's boot needs before anything else loads: state, the mirror
 * cookie, gating and Consent Mode. Table order is reading order (services after categories).
 * Rules are created inside `read`, so a bundle that reads only this table carries no others.
 */
export const BOOT_FIELDS = {
  revision: {
    default: '1',
    doubt: '',
    read: (value, path) => {
      if (typeof value !== 'string' && typeof value !== 'number')
        return fail(path, 'must be text or a number');
      return String(value) || fail(path, 'must not be empty');
    },
  } as Row<string>,
  endpoint: { default: undefined, read: safeUrl } as Row<string | undefined>,
  expiresAfterDays: {
    default: 365,
    read: (value, path) => number(1, 3650)(value, path),
  } as Row<number>,
  cookieName: {
    default: 'assent',
    read: (value, path) =>
      matching(COOKIE_NAME_PATTERN, 'must be a plain cookie name')(value, path),
  } as Row<string>,
  cookieDomain: {
    default: undefined,
    read: (value, path) => matching(COOKIE_DOMAIN_PATTERN, 'must be a domain name')(value, path),
  } as Row<string | undefined>,
  googleConsentMode: {
    default: {
      enabled: false,
      mapping: { ...DEFAULT_CONSENT_MODE_MAPPING },
      waitForUpdate: 500,
      urlPassthrough: false,
      adsDataRedaction: false,
    },
    read: (value, path, { config }) =>
      resolveConsentMode(config.googleConsentMode, checkMapping(consentMode(value, path), path)),
  } as Row<ConsentModeConfig>,
  gpc: {
    default: 'deny-marketing',
    read: (value, path) => oneOf(['deny-marketing', 'ignore'])(value, path),
  } as Row<ResolvedConfig['gpc']>,
  language: {
    default: undefined,
    read: (value, path) => matching(LANGUAGE_PATTERN, 'must be a language tag')(value, path),
  } as Row<string | undefined>,
  reloadOnWithdraw: { default: true, read: boolean } as Row<boolean>,
  categories: {
    default: { [NECESSARY]: {} },
    read: (value, path, context) =>
      eachEntry(
        value,
        path,
        context,
        'category ids',
        (key, item, at) => {
          if (!isId(key)) fail(at, 'category id must be letters, digits, "-" or "_"');
          const category = object({
            title: optional(text),
            description: optional(text),
            basis: optional(oneOf(['consent', 'objection'])),
          })(item ?? {}, at);
          if (!(WELL_KNOWN_CATEGORIES as readonly string[]).includes(key) && !category.title)
            fail(join(at, 'title'), 'is required for a category that is not well known');
          const { basis, ...texts } = category;
          if (basis === 'objection' && (key === NECESSARY || key === 'marketing')) {
            // Only statistical analytics may run until the visitor objects (PECR Sch. A1).
            context.report(join(at, 'basis'), `"objection" is not allowed for ${key}`);
            return texts as CategoryConfig;
          }
          return (basis === 'objection' ? { ...texts, basis } : texts) as CategoryConfig;
        },
        context.config.categories,
      ),
  } as Row<Record<string, CategoryConfig>>,
  services: {
    default: {},
    read: (value, path, context) =>
      eachEntry(
        value,
        path,
        context,
        'service ids',
        (key, item, at) => {
          if (!isId(key)) fail(at, 'service id must be letters, digits, "-" or "_"');
          if (key in context.config.categories)
            fail(at, 'a service cannot share its id with a category');
          const service = object({
            category: string(),
            title: optional(text),
            description: optional(text),
            cookies: optional(arrayOf(cookie)),
            provider: optional(string()),
            necessaryReason: optional(text),
            privacyPolicyUrl: optional(safeUrl),
            hosts: optional(arrayOf(string())),
            embedTitle: optional(text),
          })(item, at);
          if (!(service.category in context.config.categories))
            fail(
              join(at, 'category'),
              `names the category "${service.category}", which is not configured`,
            );
          const cookies = (service.cookies ?? []).map((entry, index) => {
            const { duration, ...rest } = entry as CookieInfo & { duration?: unknown };
            if (duration === undefined) return rest;
            if (typeof duration === 'string' || isCookieDuration(duration))
              return { ...rest, duration };
            context.report(
              join(join(join(at, 'cookies'), index), 'duration'),
              'must be text, { days: n } or { session: true }',
            );
            return rest;
          });
          if (service.category === NECESSARY && !service.necessaryReason) {
            // "Necessary" skips consent: a service has to say why it is. Until it does, it
            // waits for consent like analytics.
            context.warn?.(
              join(at, 'necessaryReason'),
              'a "necessary" service must say why the site needs it; it counts as "analytics" until then',
            );
            context.config.categories.analytics ??= {};
            return { ...service, category: 'analytics', cookies } as ServiceConfig;
          }
          return { ...service, cookies } as ServiceConfig;
        },
        {},
      ),
  } as Row<Record<string, ServiceConfig>>,
};

/** The fields only the UI, the sender or identity read: checked when the engine loads. */
export const LATER_FIELDS = {
  subjectsEndpoint: { default: undefined, read: safeUrl } as Row<string | undefined>,
  headers: {
    default: {},
    read: (value, path) => recordOf(string())(value, path),
  } as Row<Record<string, string>>,
  credentials: {
    default: 'same-origin',
    read: (value, path) => oneOf(['omit', 'same-origin', 'include'])(value, path),
  } as Row<RequestCredentials>,
  privacyPolicyUrl: { default: undefined, read: safeUrl } as Row<string | undefined>,
  controller: { default: undefined, read: (value, path) => string()(value, path) } as Row<
    string | undefined
  >,
  translations: {
    default: {},
    read: (value, path) => recordOf(recordOf(string()))(value, path),
  } as Row<Record<string, Record<string, string>>>,
  marketing: {
    default: {},
    read: (value, path, context) =>
      eachEntry(
        value,
        path,
        context,
        'channels',
        (key, item, at) => {
          if (!(MARKETING_CHANNELS as readonly string[]).includes(key))
            fail(at, 'is not a channel (email, sms or post)');
          const topic = object({ id, label: text, description: optional(text) });
          const channel = object({ topics: optional(arrayOf(topic)), frequency: optional(text) })(
            item ?? {},
            at,
          );
          const topics = (channel.topics ?? []) as TopicConfig[];
          return channel.frequency ? { topics, frequency: channel.frequency } : { topics };
        },
        {},
      ) as ResolvedConfig['marketing'],
  } as Row<ResolvedConfig['marketing']>,
  defaultCountry: {
    default: 'GB',
    read: (value, path) => matching(/^[A-Z]{2}$/, 'must be a two-letter country code')(value, path),
  } as Row<string>,
  banner: {
    default: {
      layout: 'bar',
      position: 'bottom',
      buttonOrder: ['reject', 'accept', 'manage'],
      modal: false,
      confirmation: false,
      safeArea: 'none',
    },
    read: (value, path, { config }) => {
      const banner = object({
        layout: optional(oneOf(['bar', 'box', 'inline'])),
        position: optional(
          oneOf(['top', 'bottom', 'center', 'top-start', 'top-end', 'bottom-start', 'bottom-end']),
        ),
        buttonOrder: optional(arrayOf(oneOf(['accept', 'reject', 'manage']))),
        modal: optional(boolean),
        confirmation: optional(boolean),
        safeArea: optional(oneOf(['auto', 'none'])),
      })(value, path);
      const order = banner.buttonOrder;
      if (order && (order.length !== 3 || new Set(order).size !== 3))
        fail(join(path, 'buttonOrder'), 'must list accept, reject and manage once each');
      return {
        layout: banner.layout ?? config.banner.layout,
        position:
          banner.position ?? (banner.layout === 'box' ? 'bottom-end' : config.banner.position),
        buttonOrder: order ?? config.banner.buttonOrder,
        modal: banner.modal ?? false,
        confirmation: banner.confirmation ?? false,
        safeArea: banner.safeArea ?? 'none',
      };
    },
  } as Row<ResolvedConfig['banner']>,
  trigger: {
    default: { position: 'bottom-start' },
    read: (value, path) => {
      if (typeof value === 'boolean') return value && { position: 'bottom-start' };
      const trigger = object({
        position: optional(oneOf(['bottom-start', 'bottom-end', 'top-start', 'top-end'])),
      })(value, path);
      return { position: trigger.position ?? 'bottom-start' };
    },
  } as Row<ResolvedConfig['trigger']>,
};

/** Every field of the config, in reading order: the one description of it. */
export const configFields = () => ({ ...BOOT_FIELDS, ...LATER_FIELDS });
