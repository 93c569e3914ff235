/**
 * The config a site writes, as a type: what `createAssent({ config })` accepts and what
 * `window.assentConfig` or the `<script type="application/json">` holds. Every field is
 * optional; a misspelt field is a type error. Types only: the values are still checked at run
 * time (one console error naming each bad field, then safe defaults), because JSON from a page
 * is never typed.
 * @packageDocumentation
 */

/** A text once for every language, or per language tag: `"…"` or `{ "en": "…", "cy": "…" }`. */
export type LocalizedTextInput = string | Readonly<Record<string, string>>;

/** A cookie a service sets: its name, a `"/regex/"`, or the details the cookie tables show. */
export type CookieInput =
  | string
  | {
      /** The cookie's name, or `/regex/` for a family of names (`/^_ga_/`). */
      name: string;
      /** How long it lives, as shown in the cookie table (`"2 years"`). */
      duration?: string;
      /** What it is for. */
      description?: LocalizedTextInput;
    };

/**
 * A category of cookies and services. `necessary`, `functional`, `analytics` and `marketing`
 * come with translated texts, so `{}` is enough for them; any other id needs a `title`.
 */
export interface CategoryInput {
  title?: LocalizedTextInput;
  description?: LocalizedTextInput;
  /**
   * `"objection"`: first-party statistical analytics that runs until the visitor objects
   * (UK PECR Sch. A1, Data (Use and Access) Act 2025). Not for `necessary` or `marketing`.
   */
  basis?: 'consent' | 'objection';
}

/** A service (a tag, an embed) inside a category. It follows its category unless set one by one. */
export interface ServiceInput {
  /** The id of a configured category. */
  category: string;
  title?: LocalizedTextInput;
  description?: LocalizedTextInput;
  /** The cookies it sets: deleted when it is withdrawn, listed in the preferences. */
  cookies?: readonly CookieInput[];
  /** Who provides it. */
  provider?: string;
  /** The provider's privacy policy (https: or relative). */
  privacyPolicyUrl?: string;
  /** The hosts it loads from (`www.youtube.com`, `.ytimg.com`): an embed gated by its category is matched to it by its URL. */
  hosts?: readonly string[];
  /** What its embedded content is called on a placeholder ("YouTube video"). */
  embedTitle?: LocalizedTextInput;
  /** Required under `necessary`: why the site cannot work without it. */
  necessaryReason?: LocalizedTextInput;
}

/** A subscription topic of a marketing channel, offered by `<assent-optin>`. */
export interface TopicInput {
  /** Letters, digits, `-` or `_`. */
  id: string;
  label: LocalizedTextInput;
  description?: LocalizedTextInput;
}

/** A marketing channel offered by `<assent-optin>`. */
export interface MarketingChannelInput {
  topics?: readonly TopicInput[];
  /** How often messages come, shown beside the channel only when given. */
  frequency?: LocalizedTextInput;
}

/** Google Consent Mode's types (`gtag('consent', …)`). */
export type ConsentModeTypeInput =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** Google Consent Mode v2 settings; `true` takes the defaults. */
export interface GoogleConsentModeInput {
  /** Which categories grant each Consent Mode type (replaces that type's default). */
  mapping?: Partial<Record<ConsentModeTypeInput, readonly string[]>>;
  /** Regions (ISO 3166-2) the default applies to. */
  region?: readonly string[];
  /** Milliseconds Google tags wait for an update (0–10000). @default 500 */
  waitForUpdate?: number;
  urlPassthrough?: boolean;
  adsDataRedaction?: boolean;
}

/**
 * The banner's layout: a `bar` across the page, a `box`, or `inline`: in the page's flow at
 * the top of `<body>` (before the skip link, covering nothing), as on GOV.UK.
 */
export type BannerLayoutInput = 'bar' | 'box' | 'inline';

/** Where the banner sits: a bar at the `top` or `bottom`; a box in a corner or the `center`. */
export type BannerPositionInput =
  'top' | 'bottom' | 'center' | 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';

/** Where the small "Cookie settings" button sits. */
export type TriggerPositionInput = 'bottom-start' | 'bottom-end' | 'top-start' | 'top-end';

/** The banner's buttons. */
export type BannerButtonInput = 'accept' | 'reject' | 'manage';

/**
 * The site's config (the README's config reference). Every field is optional.
 *
 * @example
 * const config: AssentConfig = {
 *   revision: '2021-11',
 *   endpoint: '/v1/consents',
 *   categories: { analytics: {}, marketing: {} },
 *   services: { 'google-analytics': { category: 'analytics', cookies: ['_ga', '/^_ga_/'] } },
 *   googleConsentMode: true,
 * };
 */
export interface AssentConfig {
  /** Bump it to ask every visitor again. @default "1" */
  revision?: string | number;
  /** A decision older than this many days asks again (1–3650). @default 365 */
  expiresAfterDays?: number;
  /** Category id → texts. `necessary` always exists and is always on. */
  categories?: Readonly<Record<string, CategoryInput>>;
  /** Service id → its category, texts and cookies. */
  services?: Readonly<Record<string, ServiceInput>>;
  /** Where decisions are sent (https:, http: or relative). Without it they stay in the browser. */
  endpoint?: string;
  /** Where `identify` reads a subject's state. @default derived from `endpoint` */
  subjectsEndpoint?: string;
  /** Extra headers for sync requests. */
  headers?: Readonly<Record<string, string>>;
  /** Fetch credentials mode for sync requests. @default "same-origin" */
  credentials?: 'omit' | 'same-origin' | 'include';
  /** Keep Google Consent Mode v2 in step with the visitor's choices. @default false */
  googleConsentMode?: boolean | GoogleConsentModeInput;
  /** What a Global Privacy Control signal does. @default "deny-marketing" */
  gpc?: 'deny-marketing' | 'ignore';
  /** Link shown in the banner, preferences and opt-in (https: or relative only). */
  privacyPolicyUrl?: string;
  /** The organisation responsible for visitors' data (the controller), named on the banner. */
  controller?: string;
  /** Force a language tag. @default the page's `<html lang>` */
  language?: string;
  /** Language tag → message key → text, overriding any shipped string. */
  translations?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Channels offered by `<assent-optin>`. */
  marketing?: {
    email?: MarketingChannelInput;
    sms?: MarketingChannelInput;
    post?: MarketingChannelInput;
  };
  /** Country (ISO 3166-1 alpha-2) for phone numbers typed without `+`. @default "GB" */
  defaultCountry?: string;
  /** How the banner looks. */
  banner?: {
    layout?: BannerLayoutInput;
    position?: BannerPositionInput;
    /** Each of `accept`, `reject` and `manage` once. */
    buttonOrder?: readonly BannerButtonInput[];
    /** Block the page and trap focus until the visitor decides. */
    modal?: boolean;
    /**
     * After "Accept all" or "Reject all", say what was chosen ("You've accepted additional
     * cookies…") with a "Hide this message" button instead of closing. @default false
     */
    confirmation?: boolean;
    /**
     * `"auto"`: a bar or box lifts itself above fixed or sticky host elements along its edge
     * (a fixed footer, a bottom navigation bar), measured again on resize. @default "none"
     */
    safeArea?: 'auto' | 'none';
  };
  /** The button that reopens the preferences after a decision; `false` hides it. */
  trigger?: boolean | { position?: TriggerPositionInput };
  /** Reload after a withdrawal when a withdrawn script already ran. */
  reloadOnWithdraw?: boolean;
  /** The mirror cookie's name. @default "assent" */
  cookieName?: string;
  /** The mirror cookie's domain. @default the page's host */
  cookieDomain?: string;
}
