/**
 * Fired when the server accepted a data-subject request from `<assent-rights>`: a copy of
 * one's data (`access`) or its deletion (`erasure`). The address is not included; the
 * person confirms the request through the link mailed to it.
 */
export class AssentRightsRequestEvent extends Event {
  readonly detail: { type: 'access' | 'erasure' };
  constructor(type: 'access' | 'erasure') {
    super('assent-rights-request', { bubbles: true, composed: true });
    this.detail = { type };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'assent-rights-request': AssentRightsRequestEvent;
  }
}
