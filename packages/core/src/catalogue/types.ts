/**
 * How long a cookie or storage key lives: whole days (a year is 365), or the browser session.
 * @example { days: 730 } // two years
 */
export type CookieDuration = { days: number } | { session: true };

/** A cookie (or storage key) a catalogued service sets. */
export interface CatalogueCookie {
  /** An exact name (`_ga`) or a `/regex/` (`/^_ga_/`). */
  name: string;
  duration: CookieDuration;
  /** What it is for, in English. */
  description: string;
}

/** The four categories a catalogued service can default to. */
export type CatalogueCategory = 'necessary' | 'functional' | 'analytics' | 'marketing';

/**
 * One well-known third-party service, as data: what the preferences centre, the embed
 * placeholder and the site scanner need to know about it.
 */
export interface CatalogueEntry {
  /** The product's name, e.g. "Google Analytics". */
  title: string;
  /** The company that provides it, e.g. "Google LLC". */
  provider: string;
  /** What the service does for the site, in one sentence. */
  purpose: string;
  /** The category a site most often puts it in; a site may choose another. */
  category: CatalogueCategory;
  /** The provider's privacy policy (https). */
  privacyPolicyUrl: string;
  /** Cookies it sets, by exact name or `/regex/`; empty when it sets none of its own. */
  cookies: CatalogueCookie[];
  /**
   * Host names it loads from or sends to; a leading `.` matches every subdomain
   * (`.doubleclick.net`).
   */
  hosts: string[];
  /** For services shown in an iframe: the placeholder's heading, e.g. "YouTube video". */
  embedTitle?: string;
  /** Where the cookie list was taken from (the provider's own documentation where it has one). */
  source: string;
}
