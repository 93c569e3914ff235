// Type-level checks a consumer relies on; `tsc` fails this file if a type regresses.
import { createAssent, type AssentConfig } from '@assent/core';
import type {
  AssentBanner,
  AssentDecisionEvent,
  AssentEmbed,
  AssentOptin,
  AssentOptinEvent,
  AssentPreferences,
  AssentTrigger,
  AssentUnsubscribe,
  AssentUnsubscribeEvent,
} from '@assent/elements';

// A misspelt field is a type error.
// @ts-expect-error `revison` is not a config field
createAssent({ config: { revison: 5 } });
// Enumerated values are unions.
// @ts-expect-error `sidebar` is not a banner layout
export const badLayout: AssentConfig = { banner: { layout: 'sidebar' } };
createAssent({ config: '{"revision": "from JSON text"}' });

// Every tag is known to the DOM's typings.
export const tags: [
  AssentBanner,
  AssentPreferences,
  AssentTrigger,
  AssentEmbed,
  AssentOptin,
  AssentUnsubscribe,
] = [
  document.createElement('assent-banner'),
  document.createElement('assent-preferences'),
  document.createElement('assent-trigger'),
  document.createElement('assent-embed'),
  document.createElement('assent-optin'),
  document.createElement('assent-unsubscribe'),
];
// @ts-expect-error a banner's layout is `bar` or `box`
tags[0].layout = 'sidebar';

// Events are typed wherever they are listened to.
document.addEventListener('assent-change', (event) => {
  const analytics: boolean | undefined = event.detail.categories.analytics;
  void analytics;
});
document.querySelector('assent-optin')?.addEventListener('assent-optin', (event) => {
  const typed: AssentOptinEvent = event;
  void typed.detail.wording;
});
window.addEventListener('assent-decision', (event) => {
  const typed: AssentDecisionEvent = event;
  void typed.detail.action;
});
document.body.addEventListener('assent-unsubscribe', (event) => {
  const typed: AssentUnsubscribeEvent = event;
  void typed.detail.undo;
});
