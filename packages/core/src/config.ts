import * as v from 'valibot';
import { isCookieDuration } from './catalogue/duration.js';
import type { ServiceCatalogue } from './catalogue/resolve.js';
import type { CookieDuration } from './catalogue/types.js';

/** The category every site has: always granted, never switchable. */
export const NECESSARY = 'necessary';

/** Category ids that ship with translated titles and descriptions, so `{}` is enough. */
export const WELL_KNOWN_CATEGORIES = ['necessary', 'functional', 'analytics', 'marketing'] as const;

/** Marketing channels a visitor can opt in to (post is an objection on an opt-out basis). */
export const MARKETING_CHANNELS = ['email', 'sms', 'post'] as const;
export type MarketingChannel = (typeof MARKETING_CHANNELS)[number];

/** Google Consent Mode v2 consent types. */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'analytics_storage',
  'ad_user_data',
  'ad_personalization',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

/**
 * Which categories grant each Consent Mode type by default.
 * @remarks `security_storage` is tied to `necessary`, so it is always granted.
 */
export const DEFAULT_CONSENT_MODE_MAPPING: Record<ConsentModeType, string[]> = {
  ad_storage: ['marketing'],
  ad_user_data: ['marketing'],
  ad_personalization: ['marketing'],
  analytics_storage: ['analytics'],
  functionality_storage: ['functional'],
  personalization_storage: ['functional'],
  security_storage: ['necessary'],
};

/** Keys that must never be copied from config into our objects. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

// The patterns are shared with the script tag's tolerant reader (tolerant-config.ts), which
// must accept no more than this validation does.
/** A category, service or topic id. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
/** `cookieName`: a plain cookie name. */
export const COOKIE_NAME_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** `cookieDomain`: a domain name, optionally with a leading dot. */
export const COOKIE_DOMAIN_PATTERN = /^\.?[a-z0-9.-]+$/i;
/** `language`: a language tag such as `en-GB`. */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

const id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be letters, digits, "-" or "_" (at most 64)'),
);
/** A text given once for every language, or per language code. */
const text = v.union(
  [v.string(), v.record(v.string(), v.string())],
  'must be text or { lang: text }',
);
/**
 * Links from config accept only https: and relative URLs (plus http: for local development),
 * never javascript: or data:.
 */
const safeUrl = v.pipe(v.string(), v.check(isSafeUrl, 'must be an https: or relative URL'));

const cookieSchema = v.union(
  [
    v.string(),
    v.object({
      name: v.string(),
      // Checked on its own (see parseServices): a bad duration costs the cookie its duration,
      // never the service its place.
      duration: v.optional(v.unknown()),
      description: v.optional(text),
    }),
  ],
  'must be a cookie name, "/regex/", or { name, duration, description }',
);

const categorySchema = v.object({
  title: v.optional(text),
  description: v.optional(text),
});

const serviceSchema = v.object({
  category: id,
  title: v.optional(text),
  description: v.optional(text),
  cookies: v.optional(v.array(cookieSchema), []),
  provider: v.optional(v.string()),
  privacyPolicyUrl: v.optional(safeUrl),
  hosts: v.optional(v.array(v.string())),
  embedTitle: v.optional(text),
});

const topicSchema = v.object({ id, label: text, description: v.optional(text) });
const channelSchema = v.object({ topics: v.optional(v.array(topicSchema), []) });

const consentModeSchema = v.union([
  v.boolean(),
  v.object({
    mapping: v.optional(v.record(v.picklist(CONSENT_MODE_TYPES), v.array(id))),
    region: v.optional(v.array(v.string())),
    waitForUpdate: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10000))),
    urlPassthrough: v.optional(v.boolean()),
    adsDataRedaction: v.optional(v.boolean()),
  }),
]);

/** Each top-level field is validated on its own so one bad field never spoils the rest. */
const fieldSchemas = {
  revision: v.pipe(
    v.union([v.string(), v.number()], 'must be text or a number'),
    v.transform(String),
    v.minLength(1, 'must not be empty'),
  ),
  endpoint: safeUrl,
  subjectsEndpoint: safeUrl,
  headers: v.record(v.string(), v.string()),
  credentials: v.picklist(['omit', 'same-origin', 'include']),
  expiresAfterDays: v.pipe(
    v.number('must be a number'),
    v.minValue(1, 'must be at least 1'),
    v.maxValue(3650, 'must be at most 3650'),
  ),
  googleConsentMode: consentModeSchema,
  gpc: v.picklist(['deny-marketing', 'ignore']),
  privacyPolicyUrl: safeUrl,
  language: v.pipe(v.string(), v.regex(LANGUAGE_PATTERN, 'must be a language tag')),
  translations: v.record(v.string(), v.record(v.string(), v.string())),
  defaultCountry: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code')),
  reloadOnWithdraw: v.boolean(),
  cookieName: v.pipe(v.string(), v.regex(COOKIE_NAME_PATTERN, 'must be a plain cookie name')),
  cookieDomain: v.pipe(v.string(), v.regex(COOKIE_DOMAIN_PATTERN, 'must be a domain name')),
  banner: v.object({
    layout: v.optional(v.picklist(['bar', 'box'])),
    position: v.optional(
      v.picklist(['top', 'bottom', 'center', 'top-start', 'top-end', 'bottom-start', 'bottom-end']),
    ),
    buttonOrder: v.optional(
      v.pipe(
        v.array(v.picklist(['accept', 'reject', 'manage'])),
        v.check(
          (order) => new Set(order).size === 3 && order.length === 3,
          'must list accept, reject and manage once each',
        ),
      ),
    ),
    modal: v.optional(v.boolean()),
  }),
  trigger: v.union([
    v.boolean(),
    v.object({
      position: v.optional(v.picklist(['bottom-start', 'bottom-end', 'top-start', 'top-end'])),
    }),
  ]),
} as const;

type FieldName = keyof typeof fieldSchemas;
type FieldValue<K extends FieldName> = v.InferOutput<(typeof fieldSchemas)[K]>;

/** A text as given in config: one string, or one per language. */
export type LocalizedText = string | Record<string, string>;

/** A cookie a service sets: exact name or `/regex/`, with optional details for the preferences. */
export interface CookieInfo {
  name: string;
  /** As text (`"2 years"`), or as data (`{ days: 730 }`, `{ session: true }`) shown in the visitor's language. */
  duration?: string | CookieDuration;
  description?: LocalizedText;
}

/** A category of purposes, such as `analytics`. */
export interface CategoryConfig {
  title?: LocalizedText;
  description?: LocalizedText;
}

/** A third-party tool inside a category, such as `google-analytics` in `analytics`. */
export interface ServiceConfig {
  category: string;
  title?: LocalizedText;
  description?: LocalizedText;
  cookies: CookieInfo[];
  /** The company that provides it. */
  provider?: string;
  /** The provider's privacy policy. */
  privacyPolicyUrl?: string;
  /** Host names it loads from (`.domain` covers subdomains): how an iframe finds its service. */
  hosts?: string[];
  /** The heading of its placeholder in `<assent-embed>`. */
  embedTitle?: LocalizedText;
}

/** A subscription topic of a marketing channel. */
export interface TopicConfig {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
}

/** Google Consent Mode v2 settings after defaults. */
export interface ConsentModeConfig {
  enabled: boolean;
  mapping: Record<ConsentModeType, string[]>;
  region?: string[];
  waitForUpdate: number;
  urlPassthrough: boolean;
  adsDataRedaction: boolean;
}

/** The configuration after validation, with every default filled in. */
export interface ResolvedConfig {
  /** Bump to ask every visitor again. @default "1" */
  revision: string;
  /** Where decisions are sent (SPEC's sync protocol). No endpoint: decisions stay local. */
  endpoint?: string;
  /** Where `identify` reads a subject's state. @default derived from `endpoint` */
  subjectsEndpoint?: string;
  /** Extra headers for every sync request. */
  headers: Record<string, string>;
  /** Fetch credentials mode for sync requests. @default "same-origin" */
  credentials: RequestCredentials;
  /** A decision older than this asks again. @default 365 */
  expiresAfterDays: number;
  /** Categories in display order; `necessary` always first. */
  categories: Record<string, CategoryConfig>;
  services: Record<string, ServiceConfig>;
  googleConsentMode: ConsentModeConfig;
  /** What a Global Privacy Control signal does. @default "deny-marketing" */
  gpc: 'deny-marketing' | 'ignore';
  privacyPolicyUrl?: string;
  /** Forces a language instead of `<html lang>`. */
  language?: string;
  /** Per-language string overrides. */
  translations: Record<string, Record<string, string>>;
  /** Marketing channels offered, with their topics. */
  marketing: Partial<Record<MarketingChannel, { topics: TopicConfig[] }>>;
  /** Country assumed for phone numbers without a +prefix. @default "GB" */
  defaultCountry: string;
  /** Reload the page after consent is withdrawn, to stop scripts that already ran. @default false */
  reloadOnWithdraw: boolean;
  /** Name of the first-party cookie that mirrors the decision. @default "assent" */
  cookieName: string;
  cookieDomain?: string;
  banner: {
    layout: 'bar' | 'box';
    position: 'top' | 'bottom' | 'center' | 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';
    buttonOrder: Array<'accept' | 'reject' | 'manage'>;
    modal: boolean;
  };
  /** The persistent reopen button; `false` hides it. */
  trigger: false | { position: 'bottom-start' | 'bottom-end' | 'top-start' | 'top-end' };
  /**
   * Whether the whole config was unusable (not JSON, not an object) and defaults stand in
   * for it. Its one error has been reported; later checks stay quiet about what it lacks.
   */
  defaulted: boolean;
}

/**
 * The part of the config that state, the mirror cookie, gating and Consent Mode need. The
 * script tag's boot reads only this much (without validation, see tolerant-config.ts); a
 * {@link ResolvedConfig} is one as well.
 */
export type CoreConfig = Pick<
  ResolvedConfig,
  | 'revision'
  | 'endpoint'
  | 'expiresAfterDays'
  | 'categories'
  | 'googleConsentMode'
  | 'gpc'
  | 'language'
  | 'reloadOnWithdraw'
  | 'cookieName'
  | 'cookieDomain'
  | 'defaulted'
> & {
  services: Record<string, Pick<ServiceConfig, 'category' | 'cookies'>>;
};

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

/** Reports one problem with the config; by default a console error naming the field. */
export type ConfigReporter = (path: string, message: string) => void;

const consoleReporter: ConfigReporter = (path, message) => {
  console.error(`[assent] Invalid config at "${path}": ${message}. Using a safe default.`);
};

/**
 * The defaults of the fields in {@link CoreConfig}: every optional category absent, Consent
 * Mode off. The script tag's boot starts from these.
 */
export function defaultCoreConfig(): CoreConfig {
  return {
    revision: '1',
    expiresAfterDays: 365,
    categories: { [NECESSARY]: {} },
    services: {},
    googleConsentMode: {
      enabled: false,
      mapping: { ...DEFAULT_CONSENT_MODE_MAPPING },
      waitForUpdate: 500,
      urlPassthrough: false,
      adsDataRedaction: false,
    },
    gpc: 'deny-marketing',
    reloadOnWithdraw: false,
    cookieName: 'assent',
    defaulted: false,
  };
}

/** The config with nothing given: every default, every optional category absent. */
export function defaultConfig(): ResolvedConfig {
  return {
    ...defaultCoreConfig(),
    headers: {},
    credentials: 'same-origin',
    translations: {},
    marketing: {},
    defaultCountry: 'GB',
    banner: {
      layout: 'bar',
      position: 'bottom',
      buttonOrder: ['reject', 'accept', 'manage'],
      modal: false,
    },
    trigger: { position: 'bottom-start' },
  };
}

/** Whether a value is a plain object (not an array, class instance or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Own entries without the keys that could reach a prototype. */
function safeEntries(
  value: Record<string, unknown>,
  path: string,
  report: ConfigReporter,
): Array<[string, unknown]> {
  return Object.keys(value).flatMap((key): Array<[string, unknown]> => {
    if (FORBIDDEN_KEYS.has(key)) {
      report(`${path}${path ? '.' : ''}${key}`, 'this key is not allowed');
      return [];
    }
    return [[key, value[key]]];
  });
}

/** Validates one value; on failure reports the deepest path and returns undefined. */
function check<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  path: string,
  report: ConfigReporter,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output as v.InferOutput<S>;
  const issue = result.issues[0];
  const inner = v.getDotPath(issue);
  report(inner ? `${path}.${inner}` : path, issue.message);
  return undefined;
}

/** Deep copy of plain data with forbidden keys dropped (config may come from anywhere). */
function sanitize(value: unknown, path: string, report: ConfigReporter, depth = 0): unknown {
  if (depth > 20) {
    report(path, 'is nested too deeply');
    return undefined;
  }
  if (Array.isArray(value))
    return value.map((item, i) => sanitize(item, `${path}.${i}`, report, depth + 1));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of safeEntries(value, path, report)) {
      out[key] = sanitize(item, `${path}${path ? '.' : ''}${key}`, report, depth + 1);
    }
    return out;
  }
  return value;
}

/**
 * Validates a config and fills in defaults. Never throws: each bad field is reported once
 * (a console error naming its path) and replaced by its safe default, so a broken config
 * still yields a working banner with every optional category denied.
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
  const config = defaultConfig();
  let raw = input;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw) as unknown;
    } catch (error) {
      report('(config)', `is not valid JSON (${(error as Error).message})`);
      return { ...config, defaulted: true };
    }
  }
  if (raw === undefined || raw === null) return config;
  if (!isPlainObject(raw)) {
    report('(config)', 'must be an object');
    return { ...config, defaulted: true };
  }
  const source = sanitize(raw, '', report) as Record<string, unknown>;

  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    if (key === 'categories' || key === 'services' || key === 'marketing') continue;
    if (!(key in fieldSchemas)) {
      report(key, 'is not a known setting');
      continue;
    }
    const name = key as FieldName;
    const parsed = check(fieldSchemas[name], value, name, report);
    if (parsed !== undefined) applyField(config, name, parsed);
  }

  parseCategories(config, source.categories, report);
  // A service named by its catalogue id gets the catalogue's fields under the site's own.
  const services = options.catalogue?.resolve(source.services) ?? {
    services: source.services,
    impliedCategories: [],
  };
  for (const category of services.impliedCategories) config.categories[category] ??= {};
  parseServices(config, services.services, report);
  parseMarketing(config, source.marketing, report);
  return config;
}

/** Options of {@link parseConfig}. */
export interface ParseOptions {
  /**
   * Well-known services by id (`@assent/core/catalogue`): a service the config names by one of
   * these ids starts from its entry, and may override any field.
   */
  catalogue?: ServiceCatalogue;
}

/** The `googleConsentMode` field as written in config, once its shape has been checked. */
export type ConsentModeInput =
  | boolean
  | {
      mapping?: Partial<Record<ConsentModeType, string[]>>;
      region?: string[];
      waitForUpdate?: number;
      urlPassthrough?: boolean;
      adsDataRedaction?: boolean;
    };

/** Applies a checked `googleConsentMode` value to the defaults (`true` keeps them, enabled). */
export function resolveConsentMode(
  base: ConsentModeConfig,
  value: ConsentModeInput,
): ConsentModeConfig {
  if (typeof value === 'boolean') return { ...base, enabled: value };
  return {
    ...base,
    enabled: true,
    mapping: { ...base.mapping, ...value.mapping },
    region: value.region,
    waitForUpdate: value.waitForUpdate ?? base.waitForUpdate,
    urlPassthrough: value.urlPassthrough ?? false,
    adsDataRedaction: value.adsDataRedaction ?? false,
  };
}

function applyField<K extends FieldName>(
  config: ResolvedConfig,
  name: K,
  value: FieldValue<K>,
): void {
  switch (name) {
    case 'googleConsentMode':
      config.googleConsentMode = resolveConsentMode(
        config.googleConsentMode,
        value as FieldValue<'googleConsentMode'>,
      );
      return;
    case 'banner': {
      const banner = value as FieldValue<'banner'>;
      config.banner = {
        layout: banner.layout ?? config.banner.layout,
        position:
          banner.position ?? (banner.layout === 'box' ? 'bottom-end' : config.banner.position),
        buttonOrder: banner.buttonOrder ?? config.banner.buttonOrder,
        modal: banner.modal ?? false,
      };
      return;
    }
    case 'trigger': {
      const trigger = value as FieldValue<'trigger'>;
      config.trigger =
        trigger === false
          ? false
          : { position: (trigger === true ? undefined : trigger.position) ?? 'bottom-start' };
      return;
    }
    default:
      (config as unknown as Record<string, unknown>)[name] = value;
  }
}

function parseCategories(config: ResolvedConfig, value: unknown, report: ConfigReporter): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    report('categories', 'must be an object of category ids');
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const path = `categories.${key}`;
    if (!v.is(id, key)) {
      report(path, 'category id must be letters, digits, "-" or "_"');
      continue;
    }
    const category = check(categorySchema, item ?? {}, path, report);
    if (!category) continue;
    const wellKnown = (WELL_KNOWN_CATEGORIES as readonly string[]).includes(key);
    if (!wellKnown && !category.title) {
      report(`${path}.title`, 'is required for a category that is not well known');
      continue;
    }
    config.categories[key] = category;
  }
}

function parseServices(config: ResolvedConfig, value: unknown, report: ConfigReporter): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    report('services', 'must be an object of service ids');
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const path = `services.${key}`;
    if (!v.is(id, key)) {
      report(path, 'service id must be letters, digits, "-" or "_"');
      continue;
    }
    if (key in config.categories) {
      report(path, 'a service cannot share its id with a category');
      continue;
    }
    const service = check(serviceSchema, item, path, report);
    if (!service) continue;
    if (!(service.category in config.categories)) {
      report(
        `${path}.category`,
        `names the category "${service.category}", which is not configured`,
      );
      continue;
    }
    config.services[key] = {
      ...service,
      cookies: service.cookies.map((cookie, index) => {
        if (typeof cookie === 'string') return { name: cookie };
        const { duration, ...rest } = cookie;
        if (duration === undefined) return rest;
        if (typeof duration === 'string' || isCookieDuration(duration))
          return { ...rest, duration };
        report(
          `${path}.cookies.${index}.duration`,
          'must be text, { days: n } or { session: true }',
        );
        return rest;
      }),
    };
  }
}

function parseMarketing(config: ResolvedConfig, value: unknown, report: ConfigReporter): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    report('marketing', 'must be an object of channels');
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const path = `marketing.${key}`;
    if (!(MARKETING_CHANNELS as readonly string[]).includes(key)) {
      report(path, 'is not a channel (email, sms or post)');
      continue;
    }
    const channel = check(channelSchema, item ?? {}, path, report);
    if (channel) config.marketing[key as MarketingChannel] = channel;
  }
}

/** Picks the text for a language from a config text (`"…"` or `{ en: "…", fr: "…" }`). */
export function localize(value: LocalizedText | undefined, locale: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  const base = locale.split('-')[0]!;
  return value[locale] ?? value[base] ?? value['en'] ?? Object.values(value)[0];
}

/** Tests a cookie name against a configured name, exact or `/regex/`. */
export function cookieMatches(pattern: string, name: string): boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (!regex) return pattern === name;
  try {
    return new RegExp(regex[1]!, regex[2]!.replace(/[gy]/g, '')).test(name);
  } catch {
    return false;
  }
}
