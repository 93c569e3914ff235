/**
 * @assent/elements: Lit web components for consent, all driven by a `ConsentManager` from
 * `@assent/core`. The classes are plain exports; the tags are registered by
 * `@assent/elements/define`, which `mountConsentUI` (and so this index) imports.
 * @packageDocumentation
 */
export {
  setDefaultManager,
  getDefaultManager,
  onDefaultManagerChange,
} from './controllers/manager.js';
export { ConsentController, type ConsentHost } from './controllers/consent-controller.js';
export {
  AssentDecisionEvent,
  AssentHideEvent,
  AssentShowEvent,
  type AssentView,
  type DecisionAction,
  type HideSource,
} from './events.js';
export { tokens, buttons, switches } from './styles/tokens.js';
export { defineElement, defineLazily } from './registry.js';
export { AssentBanner, type BannerLayout, type BannerPosition } from './banner/banner.js';
export { AssentPreferences } from './preferences/preferences.js';
export { AssentTrigger, type TriggerPosition } from './trigger/trigger.js';
export { AssentEmbed } from './embed/embed.js';
export { mountConsentUI, loadPreferences, type MountOptions } from './mount.js';
export { AssentOptin, isEmailAddress, normaliseMobile } from './optin/optin.js';
export { AssentOptinEvent } from './optin/optin-event.js';
export { AssentUnsubscribe } from './unsubscribe/unsubscribe.js';
export { AssentUnsubscribeEvent } from './unsubscribe/unsubscribe-event.js';
export { AssentRights } from './rights/rights.js';
export { RIGHTS_STRINGS, type RightsStrings } from './rights/rights-strings.js';
