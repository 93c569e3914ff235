/**
 * The site's config: its types, and the helpers elements use to read it. The fields
 * themselves — type, default, bounds, and which part needs them — are described once, in
 * config-fields.ts; both the script tag's early reading and the full check come from there.
 */
import type { CookieDuration } from './catalogue/types.js';
import type { CONSENT_MODE_TYPES } from './config-consent-mode.js';
import type { MARKETING_CHANNELS } from './config-fields.js';

export {
  CONSENT_MODE_TYPES,
  DEFAULT_CONSENT_MODE_MAPPING,
  resolveConsentMode,
  type ConsentModeInput,
} from './config-consent-mode.js';
export {
  BOOT_FIELDS,
  COOKIE_DOMAIN_PATTERN,
  COOKIE_NAME_PATTERN,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  LATER_FIELDS,
  MARKETING_CHANNELS,
  NECESSARY,
  WELL_KNOWN_CATEGORIES,
  configFields,
  type Field,
  type FieldContext,
} from './config-fields.js';
export {
  defaultConfig,
  defaultCoreConfig,
  parseConfig,
  readBootConfig,
  readConfig,
  type BootConfig,
  type ParseOptions,
  type ReadOptions,
} from './config-read.js';

export { FORBIDDEN_KEYS, isPlainObject, isSafeUrl } from './config-rules.js';

export type MarketingChannel = (typeof MARKETING_CHANNELS)[number];
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

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
  /**
   * `objection`: runs before a decision until the visitor objects ("Reject all" objects too).
   * Only for first-party statistical analytics under UK PECR Sch. A1 (Data (Use and Access)
   * Act 2025); never for `marketing` or `necessary`. @default consent
   */
  basis?: 'objection';
}

/** A third-party tool inside a category, such as `google-analytics` in `analytics`. */
export interface ServiceConfig {
  category: string;
  title?: LocalizedText;
  description?: LocalizedText;
  cookies: CookieInfo[];
  /** The company that provides it. */
  provider?: string;
  /**
   * Why the site cannot work without it: required for a service in `necessary` (without one
   * it is treated as `analytics`, with a console warning).
   */
  necessaryReason?: LocalizedText;
  /** The provider's privacy policy. */
  privacyPolicyUrl?: string;
  /** Host names it loads from (`.domain` covers subdomains): how an iframe finds its service. */
  hosts?: string[];
  /** The heading of its placeholder in `<assent-embed>`. */
  embedTitle?: LocalizedText;
}

/** One marketing channel offered by the opt-in. */
export interface MarketingChannelConfig {
  topics: TopicConfig[];
  /** How often messages come, as the site can promise it (`"About once a month"`). */
  frequency?: LocalizedText;
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
  marketing: Partial<Record<MarketingChannel, MarketingChannelConfig>>;
  /** Who decides how visitors' data is used (the data controller), named on the first layer. */
  controller?: string;
  /** Country assumed for phone numbers without a +prefix. @default "GB" */
  defaultCountry: string;
  /**
   * Reload the page after consent is withdrawn when a withdrawn script already ran: a script
   * that is running cannot be stopped any other way. @default true
   */
  reloadOnWithdraw: boolean;
  /** Name of the first-party cookie that mirrors the decision. @default "assent" */
  cookieName: string;
  cookieDomain?: string;
  banner: {
    layout: 'bar' | 'box' | 'inline';
    position: 'top' | 'bottom' | 'center' | 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';
    buttonOrder: Array<'accept' | 'reject' | 'manage'>;
    modal: boolean;
    /** Show what was chosen, with "Hide this message", after a choice in the banner. */
    confirmation: boolean;
    /** `auto`: stay clear of fixed host elements along the banner's edge. */
    safeArea: 'auto' | 'none';
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
 * script tag's boot reads only this much (without validation, see `readBootConfig`); a
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

/** Reports one problem with the config; by default a console error naming the field. */
export type ConfigReporter = (path: string, message: string) => void;

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
