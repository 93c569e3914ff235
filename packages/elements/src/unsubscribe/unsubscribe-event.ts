import type { PreferenceChange } from '@assent/core';

/**
 * Fired after a change on the unsubscribe page was accepted: an unsubscribe (`undo: false`)
 * or the undo that restored it (`undo: true`). `token` tells a signed link's change (made on
 * the server) from one of this browser's own subject (recorded by the manager).
 */
export class AssentUnsubscribeEvent extends Event {
  readonly detail: { changes: PreferenceChange[]; undo: boolean; token: boolean };
  constructor(changes: PreferenceChange[], undo: boolean, token: boolean) {
    super('assent-unsubscribe', { bubbles: true, composed: true });
    this.detail = { changes, undo, token };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'assent-unsubscribe': AssentUnsubscribeEvent;
  }
}
