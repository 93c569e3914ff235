import { createAssent, type Assent, type AssentOptions } from './assent.js';
import type { CategoryConfig, ConsentModeType, LocalizedText, TopicConfig } from './config.js';
import { startGating } from './gating/index.js';

/**
 * The config a site writes, as a typed input: every field optional, a misspelt field a type
 * error. The same object may be given as JSON text; whatever arrives is still checked at run
 * time (a bad field gets one console error naming it, and its safe default).
 */
export interface AssentConfig {
  /** Bump to ask every visitor again. @default "1" */
  revision?: string | number;
  /** Where decisions are sent; without one they stay in the browser. */
  endpoint?: string;
  /** Where `identify` reads a subject's state. @default derived from `endpoint` */
  subjectsEndpoint?: string;
  /** Extra headers for every sync request. */
  headers?: Record<string, string>;
  /** Fetch credentials mode for sync requests. @default "same-origin" */
  credentials?: 'omit' | 'same-origin' | 'include';
  /** A decision older than this asks again (1–3650). @default 365 */
  expiresAfterDays?: number;
  /** Categories in display order; well-known ids may be `{}`. `necessary` always exists. */
  categories?: Record<string, CategoryConfig>;
  /** Third-party tools, each in a category, with the cookies they set. */
  services?: Record<
    string,
    {
      category: string;
      title?: LocalizedText;
      description?: LocalizedText;
      cookies?: Array<string | { name: string; duration?: string; description?: LocalizedText }>;
    }
  >;
  /** Google Consent Mode v2: `true` for the defaults, or its settings. @default false */
  googleConsentMode?:
    | boolean
    | {
        mapping?: Partial<Record<ConsentModeType, string[]>>;
        region?: string[];
        waitForUpdate?: number;
        urlPassthrough?: boolean;
        adsDataRedaction?: boolean;
      };
  /** What a Global Privacy Control signal does. @default "deny-marketing" */
  gpc?: 'deny-marketing' | 'ignore';
  privacyPolicyUrl?: string;
  /** Forces a language instead of `<html lang>`. */
  language?: string;
  /** Per-language string overrides. */
  translations?: Record<string, Record<string, string>>;
  /** Marketing channels offered, with their topics. */
  marketing?: Partial<
    Record<
      'email' | 'sms' | 'post',
      { topics?: Array<Omit<TopicConfig, 'label'> & { label: LocalizedText }> }
    >
  >;
  /** Country assumed for phone numbers without a +prefix. @default "GB" */
  defaultCountry?: string;
  /** Reload the page after a withdrawal, to stop scripts that already ran. @default false */
  reloadOnWithdraw?: boolean;
  /** Name of the first-party cookie that mirrors the decision. @default "assent" */
  cookieName?: string;
  cookieDomain?: string;
  banner?: {
    layout?: 'bar' | 'box';
    position?:
      'top' | 'bottom' | 'center' | 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';
    buttonOrder?: Array<'accept' | 'reject' | 'manage'>;
    modal?: boolean;
  };
  /** The persistent reopen button; `false` hides it. */
  trigger?: boolean | { position?: 'bottom-start' | 'bottom-end' | 'top-start' | 'top-end' };
}

/** Puts the consent UI on the page for a runtime; returns what removes it (or nothing). */
export type MountUi = (assent: Assent) => unknown;

/** Options for {@link startAssent}. */
export interface StartOptions extends Omit<AssentOptions, 'config'> {
  /** The site's config: an object, or its JSON text. */
  config?: AssentConfig | string;
  /**
   * The UI: `mountConsentUI` from `@assent/elements/mount` (the banner when a decision is
   * needed, the preferences centre when asked for, the trigger, placeholders), or a function
   * that loads it. Without one the runtime is headless: gating and Consent Mode only.
   */
  ui?: MountUi;
  /** Also make the runtime `window.assent`, for inline handlers. @default true */
  global?: boolean;
  /** The window whose page is gated. @default window */
  window?: Window;
}

/**
 * Starts Assent on a page from npm, as the script tag does: pushes the Consent Mode default
 * (before any tag the page adds later), keeps every `data-assent` script, iframe and image
 * inert until its category or service is granted, applies a returning visitor's choice, and
 * shows the banner through `ui` when a decision is needed. Returns the `assent` object (the
 * same API as `window.assent`); its `dispose()` stops gating and removes the UI as well.
 *
 * @remarks Call it early, before the page's Google tag pushes its own commands, so the
 * Consent Mode default comes first. Calling it twice on one page starts two runtimes: don't.
 * @example
 * import { startAssent } from '@assent/core';
 * import { mountConsentUI } from '@assent/elements/mount';
 * const assent = startAssent({ config: { categories: { analytics: {} } }, ui: mountConsentUI });
 */
export function startAssent(options: StartOptions = {}): Assent {
  const { ui, global = true, window: win = window, ...rest } = options;
  const assent = createAssent({ document: win.document, ...rest });
  const stops: Array<() => void> = [startGating(assent, win)];
  if (ui) {
    try {
      const unmount = ui(assent);
      if (typeof unmount === 'function') stops.push(unmount as () => void);
    } catch (error) {
      console.error('[assent] Could not mount the consent UI:', error);
    }
  }
  // Typed loosely: the script tag declares its own `window.assent`.
  const host = win as unknown as { assent?: unknown };
  const dispose = assent.dispose.bind(assent);
  assent.dispose = () => {
    for (const stop of stops.splice(0)) stop();
    dispose();
    if (host.assent === assent) delete host.assent;
  };
  if (global && host.assent === undefined) host.assent = assent;
  return assent;
}
