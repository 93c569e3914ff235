/** What closed a view: a decision, Escape, or a close button / decision made elsewhere. */
export type HideSource = 'accept' | 'reject' | 'save' | 'escape' | 'close';

/** Which view an element shows. */
export type AssentView = 'banner' | 'preferences' | 'details' | 'trigger' | 'embed';

/** A decision a visitor made through an element. */
export type DecisionAction = 'accept' | 'reject' | 'save' | 'allow';

/** Fired when a view opens. Bubbles and crosses shadow roots. */
export class AssentShowEvent extends Event {
  readonly detail: { view: AssentView };
  constructor(view: AssentView) {
    super('assent-show', { bubbles: true, composed: true });
    this.detail = { view };
  }
}

/**
 * Fired before a view closes. Cancelable: `preventDefault()` keeps it open (a decision already
 * made is still recorded).
 */
export class AssentHideEvent extends Event {
  readonly detail: { view: AssentView; source: HideSource };
  constructor(view: AssentView, source: HideSource) {
    super('assent-hide', { bubbles: true, composed: true, cancelable: true });
    this.detail = { view, source };
  }
}

/**
 * Fired after a visitor decided through an element, with the exact wording they saw. The new
 * state also arrives as `assent-change` on `document`.
 */
export class AssentDecisionEvent extends Event {
  readonly detail: { action: DecisionAction; wording: string };
  constructor(action: DecisionAction, wording: string) {
    super('assent-decision', { bubbles: true, composed: true });
    this.detail = { action, wording };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'assent-show': AssentShowEvent;
    'assent-hide': AssentHideEvent;
    'assent-decision': AssentDecisionEvent;
  }
}
