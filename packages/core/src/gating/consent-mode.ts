import { CONSENT_MODE_TYPES, type ConsentModeType, type CoreConfig } from '../config.js';

/** What Consent Mode needs from the config. */
type ConsentModeSettings = Pick<CoreConfig, 'googleConsentMode'>;
import type { ConsentState } from '../state.js';
import { mayPushDefault, type ConsentLayerWindow } from './consent-default.js';

type ConsentValue = 'granted' | 'denied';
type Gtag = (...args: unknown[]) => void;
type ConsentModeWindow = ConsentLayerWindow;

/**
 * The `gtag` function, defined the way Google's snippet does when the page has none yet:
 * it queues `arguments` on `dataLayer`, which gtag.js and Google Tag Manager both read.
 */
function gtagOf(win: ConsentModeWindow): Gtag {
  win.dataLayer = win.dataLayer ?? [];
  if (typeof win.gtag !== 'function') {
    const layer = win.dataLayer;
    win.gtag = function gtag() {
      // eslint-disable-next-line prefer-rest-params -- gtag.js reads Arguments objects, not arrays
      layer.push(arguments);
    };
  }
  return win.gtag;
}

/** Each Consent Mode type as granted or denied for a state. */
export function consentModeValues(
  config: ConsentModeSettings,
  state: Pick<ConsentState, 'categories'>,
): Record<ConsentModeType, ConsentValue> {
  const values = {} as Record<ConsentModeType, ConsentValue>;
  for (const type of CONSENT_MODE_TYPES) {
    const categories = config.googleConsentMode.mapping[type] ?? [];
    values[type] = categories.some((category) => state.categories[category] === true)
      ? 'granted'
      : 'denied';
  }
  return values;
}

/**
 * Pushes the Consent Mode default: everything optional denied, with `wait_for_update`
 * so tags wait for the visitor's stored choice. Runs synchronously at boot, before any
 * gated tag can run. Not when the page already set a default for the same region, or the early
 * script (`assent-consent-default.js`) has pushed it. Returns the settings pushed.
 */
export function pushConsentDefault(
  config: ConsentModeSettings,
  win: ConsentModeWindow = window as ConsentModeWindow,
): Record<string, unknown> | undefined {
  const mode = config.googleConsentMode;
  if (!mode.enabled) return undefined;
  const denied = consentModeValues(config, { categories: { necessary: true } });
  const settings: Record<string, unknown> = { ...denied, wait_for_update: mode.waitForUpdate };
  if (mode.region && mode.region.length > 0) settings.region = mode.region;
  if (!mayPushDefault(settings, win)) return undefined;
  const gtag = gtagOf(win);
  gtag('consent', 'default', settings);
  if (mode.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  if (mode.urlPassthrough) gtag('set', 'url_passthrough', true);
  return settings;
}

/** Pushes a Consent Mode `update` for the current state. */
export function pushConsentUpdate(
  config: ConsentModeSettings,
  state: Pick<ConsentState, 'categories'>,
  win: ConsentModeWindow = window as ConsentModeWindow,
): void {
  if (!config.googleConsentMode.enabled) return;
  gtagOf(win)('consent', 'update', consentModeValues(config, state));
}
