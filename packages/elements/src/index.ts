/**
 * @assent/elements: Lit web components for consent, all driven by a `ConsentManager` from
 * `@assent/core`. Importing this module registers nothing; import `@assent/elements/define`
 * (or call `mountConsentUI`) for that.
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
export { defineElement } from './registry.js';
export { AssentBanner, type BannerLayout, type BannerPosition } from './banner/banner.js';
