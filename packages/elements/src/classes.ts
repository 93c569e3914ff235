/**
 * The element classes, events, controllers and the shared decision path, with no side
 * effect: importing this registers no tag (for a site that registers under its own names,
 * or server-side rendering). `@assent/elements/define` registers the `assent-*` tags.
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
export { AssentOptin, isEmailAddress, normaliseMobile } from './optin/optin.js';
export { AssentOptinEvent } from './optin/optin-event.js';
export { AssentUnsubscribe } from './unsubscribe/unsubscribe.js';
export { AssentUnsubscribeEvent } from './unsubscribe/unsubscribe-event.js';
export { AssentRights } from './rights/rights.js';
export { AssentRightsRequestEvent } from './rights/rights-event.js';
export { RIGHTS_KEYS, type RightsStrings } from './rights/rights-strings.js';
export { decide, isVisitorsAct, type ElementDecision } from './base/decide.js';
export { AssentElement, type AssentTheme } from './base/assent-element.js';
