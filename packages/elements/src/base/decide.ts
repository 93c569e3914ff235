import { AssentDecisionEvent, type DecisionAction } from '../events.js';

/**
 * Whether an event is the visitor's own act. A scripted `click()` or `requestSubmit()`
 * (`isTrusted` false) never counts as consent: it is refused with one console warning that
 * names the control and the API call to use from code instead.
 *
 * @param what - the control, as the visitor saw it (`"Accept all"`, `the opt-in button`)
 * @param instead - how to decide from code (`"assent.acceptAll()"`)
 */
export function isVisitorsAct(event: Event, what: string, instead: string): boolean {
  if (event.isTrusted) return true;
  console.warn(
    `[assent] A scripted ${event.type === 'submit' ? 'submit' : 'click'} on ${what} was ignored: ` +
      `it is not the visitor's consent. Use ${instead} to decide from code.`,
  );
  return false;
}

/** One decision taken through an element: what {@link decide} needs. */
export interface ElementDecision<T> {
  /** The click (or submit) that made it. */
  event: Event;
  /** What the visitor pressed, as shown (`"Accept all"`). */
  label: string;
  /** The API call to use from code instead, named in the warning. */
  instead: string;
  /** What the `assent-decision` event says was decided. */
  action: DecisionAction;
  /** The exact text the visitor saw, recorded with the decision as proof. */
  wording: string;
  /** The manager call that commits it, given the wording. */
  commit(wording: string): Promise<T>;
}

/**
 * The one path from a visitor's click to a recorded decision, shared by every element that
 * decides: the trusted-click check, the wording shown, the `assent-decision` event (fired on
 * `host` before the manager call, so a listener can close the view at once), then the call.
 * Returns `undefined` when the event was scripted (nothing is recorded).
 */
export function decide<T>(host: HTMLElement, decision: ElementDecision<T>): Promise<T> | undefined {
  if (!isVisitorsAct(decision.event, `"${decision.label}"`, decision.instead)) return undefined;
  host.dispatchEvent(new AssentDecisionEvent(decision.action, decision.wording));
  return decision.commit(decision.wording);
}
