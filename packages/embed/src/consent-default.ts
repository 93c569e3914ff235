/**
 * `dist/assent-consent-default.js`: the Consent Mode default on its own, for a blocking tag
 * placed before the Google Tag Manager (or gtag.js) snippet, so `consent default` is on
 * `dataLayer` before `gtm.js` even though `assent.js` itself is deferred:
 *
 * ```html
 * <script src="/assent/assent-consent-default.js" data-config="#assent-config"></script>
 * <!-- Google Tag Manager snippet here -->
 * <script src="/assent/assent.js" data-config="#assent-config" defer></script>
 * ```
 *
 * It reads the same config (`data-config`, else `window.assentConfig`), pushes the default
 * (unless the page already set its own), and for a returning visitor whose choice the mirror
 * cookie holds, the matching `update` at once. `assent.js` then pushes neither again.
 */
import {
  consentModeValues,
  earlyConsentMode,
  earlyGrantedCategories,
  pushConsentDefault,
  pushConsentUpdate,
  type EarlyConsentMode,
} from '@assent/core';

function readConfig(script: HTMLScriptElement | null): unknown {
  const selector = script?.getAttribute('data-config');
  const source = selector ? document.querySelector(selector)?.textContent : undefined;
  if (source) return JSON.parse(source) as unknown;
  return (window as { assentConfig?: unknown }).assentConfig;
}

try {
  const win = window as Window & { assentConsentDefault?: EarlyConsentMode };
  const config = readConfig(document.currentScript as HTMLScriptElement | null);
  const googleConsentMode = earlyConsentMode(config);
  if (googleConsentMode && !win.assentConsentDefault) {
    const settings = { googleConsentMode };
    const early: EarlyConsentMode = { pushed: pushConsentDefault(settings, win) ?? null };
    const categories = earlyGrantedCategories(config, document, Date.now());
    if (categories) {
      early.update = consentModeValues(settings, { categories });
      pushConsentUpdate(settings, { categories }, win);
    }
    win.assentConsentDefault = early;
  }
} catch {
  // A config it cannot read is left to assent.js, which reports it and pushes the default.
}
