/**
 * Consent Mode ahead of everything else: the early script (`assent-consent-default.js`, a
 * blocking tag placed before the Google Tag Manager or gtag.js snippet) and the defaults a site
 * pushes itself. Google reads `dataLayer` in order, so the `default` must be its first consent
 * command; a site that already set its own keeps it, and we never add a second, conflicting one.
 */
import { CONSENT_MODE_TYPES, DEFAULT_CONSENT_MODE_MAPPING } from '../config-consent-mode.js';
import type { ConsentModeConfig } from '../config.js';
import type { ConsentState } from '../state.js';
import { readMirror } from '../storage/mirror.js';

/** What the early script leaves on `window` for the script tag's boot. */
export interface EarlyConsentMode {
  /** The `default` settings it pushed; `null` when the page already had its own. */
  pushed: Record<string, unknown> | null;
  /** The `update` it pushed for a returning visitor, if any. */
  update?: Record<string, string>;
}

export interface ConsentLayerWindow {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
  assentConsentDefault?: EarlyConsentMode;
}

/** A `gtag('consent', action, settings)` entry on `dataLayer` (an Arguments object). */
function consentSettings(entry: unknown, action: string): Record<string, unknown> | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
  const args = entry as ArrayLike<unknown>;
  if (args[0] !== 'consent' || args[1] !== action) return undefined;
  const settings = args[2];
  return typeof settings === 'object' && settings !== null
    ? (settings as Record<string, unknown>)
    : {};
}

/** The regions a `default` applies to; `undefined` means everywhere. */
function regionsOf(settings: Record<string, unknown>): string[] | undefined {
  const region = settings.region;
  return Array.isArray(region) && region.length > 0 ? region.map(String) : undefined;
}

/** Whether two defaults would apply to the same visitor (a regional one beats a global one). */
function overlaps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const left = regionsOf(a);
  const right = regionsOf(b);
  if (!left || !right) return !left && !right;
  return left.some((region) => right.includes(region));
}

let warned = false;

/**
 * Whether our `default` may go on `dataLayer`: not when the early script has already decided,
 * nor when the site pushed a default of its own for the same region (it is respected, with
 * one console warning).
 */
export function mayPushDefault(
  settings: Record<string, unknown>,
  win: ConsentLayerWindow,
): boolean {
  if (win.assentConsentDefault) return false;
  const own = (win.dataLayer ?? [])
    .map((entry) => consentSettings(entry, 'default'))
    .filter((found) => found !== undefined && overlaps(found, settings));
  if (own.length === 0) return true;
  if (!warned) {
    warned = true;
    console.warn(
      '[assent] The page already set a Google Consent Mode default; Assent keeps it and only sends updates.',
    );
  }
  return false;
}

/** Whether the early script already pushed exactly this update (the boot need not repeat it). */
export function repeatsEarlyUpdate(
  values: Record<string, string>,
  win: ConsentLayerWindow,
): boolean {
  const update = win.assentConsentDefault?.update;
  return update !== undefined && JSON.stringify(update) === JSON.stringify(values);
}

/**
 * Pushes `{ event: 'assent_consent_update', assent_categories, assent_services }` (the granted
 * ids) for Google Tag Manager triggers: after a returning visitor's choice is applied and after
 * every change. Only with Consent Mode on or a `dataLayer` on the page (a page without Google's
 * tags gets no `dataLayer` from us).
 */
export function pushConsentEvent(
  state: Pick<ConsentState, 'categories' | 'services'>,
  win: ConsentLayerWindow,
  consentMode: boolean,
): void {
  if (!consentMode && !Array.isArray(win.dataLayer)) return;
  const granted = (ids: Record<string, boolean>) =>
    Object.keys(ids).filter((id) => ids[id] === true);
  (win.dataLayer ??= []).push({
    event: 'assent_consent_update',
    assent_categories: granted(state.categories),
    assent_services: granted(state.services),
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The Consent Mode settings of a config as the page wrote it, read as little as the early
 * script needs: unreadable parts take their defaults (the full check reports them later).
 */
export function earlyConsentMode(config: unknown): ConsentModeConfig | undefined {
  const value = isObject(config) ? config.googleConsentMode : undefined;
  if (value !== true && !isObject(value)) return undefined;
  const options = isObject(value) ? value : {};
  const mapping = { ...DEFAULT_CONSENT_MODE_MAPPING };
  if (isObject(options.mapping)) {
    for (const type of CONSENT_MODE_TYPES) {
      const categories = options.mapping[type];
      if (Array.isArray(categories) && categories.every((id) => typeof id === 'string'))
        mapping[type] = categories as string[];
    }
  }
  const wait = options.waitForUpdate;
  const region = options.region;
  return {
    enabled: true,
    mapping,
    region:
      Array.isArray(region) && region.every((code) => typeof code === 'string')
        ? (region as string[])
        : undefined,
    waitForUpdate:
      typeof wait === 'number' && Number.isInteger(wait) && wait >= 0 && wait <= 10000 ? wait : 500,
    urlPassthrough: options.urlPassthrough === true,
    adsDataRedaction: options.adsDataRedaction === true,
  };
}

/**
 * The categories a returning visitor granted, from the mirror cookie, when the decision is
 * plainly current for this config (same revision, not expired); otherwise `undefined`, and the
 * boot applies the choice a moment later.
 */
export function earlyGrantedCategories(
  config: unknown,
  doc: Document,
  now: number,
): Record<string, boolean> | undefined {
  if (!isObject(config) || (config.categories !== undefined && !isObject(config.categories)))
    return undefined;
  const { revision = '1', expiresAfterDays = 365, cookieName = 'assent' } = config;
  if (typeof revision !== 'string' || typeof cookieName !== 'string') return undefined;
  if (typeof expiresAfterDays !== 'number' || !(expiresAfterDays >= 1)) return undefined;
  const mirror = readMirror(cookieName, doc);
  if (!mirror || mirror.revision !== revision) return undefined;
  const decided = Date.parse(mirror.decidedAt);
  if (!(decided <= now && now - decided < expiresAfterDays * 86_400_000)) return undefined;
  const categories: Record<string, boolean> = { necessary: true };
  for (const id of Object.keys(config.categories ?? {}))
    categories[id] = id === 'necessary' || mirror.categories.includes(id);
  return categories;
}
