/**
 * Every `assent-*` tag, typed for `document.createElement`, `querySelector` and the JSX / Vue
 * types. Types only: every entry point imports this module, so the tags are known however
 * the package is imported, even though the elements' code loads on demand.
 */
import type { AssentBanner } from './banner/banner.js';
import type { AssentEmbed } from './embed/embed.js';
import type { AssentOptin } from './optin/optin.js';
import type { AssentPreferences } from './preferences/preferences.js';
import type { AssentRights } from './rights/rights.js';
import type { AssentTrigger } from './trigger/trigger.js';
import type { AssentUnsubscribe } from './unsubscribe/unsubscribe.js';

declare global {
  interface HTMLElementTagNameMap {
    'assent-banner': AssentBanner;
    'assent-preferences': AssentPreferences;
    'assent-trigger': AssentTrigger;
    'assent-embed': AssentEmbed;
    'assent-optin': AssentOptin;
    'assent-unsubscribe': AssentUnsubscribe;
    'assent-rights': AssentRights;
  }
}
