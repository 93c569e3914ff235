import type { MarketingChoice } from '@assent/core';

/**
 * Fired after a visitor's valid opt-in was recorded, with the choices and the exact wording
 * they saw. The contact is not included: it went to the ledger, and page scripts that need it
 * have the site's own form. The new state also arrives as `assent-change` on `document`.
 */
export class AssentOptinEvent extends Event {
  readonly detail: { choices: MarketingChoice[]; wording: string };
  constructor(choices: MarketingChoice[], wording: string) {
    super('assent-optin', { bubbles: true, composed: true });
    this.detail = { choices, wording };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'assent-optin': AssentOptinEvent;
  }
}
