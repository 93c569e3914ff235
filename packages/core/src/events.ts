import type { ConsentState } from './state.js';

/** Fired on `document` after every change of the consent state; `detail` is the new state. */
export class AssentChangeEvent extends CustomEvent<ConsentState> {
  constructor(state: ConsentState) {
    super('assent-change', { detail: state, bubbles: true, composed: true });
  }
}

/** Fired once on `document` when the stored decision is loaded and applied. */
export class AssentReadyEvent extends CustomEvent<ConsentState> {
  constructor(state: ConsentState) {
    super('assent-ready', { detail: state, bubbles: true, composed: true });
  }
}

/** Fired on `document` when an event could not be delivered and will not be retried. */
export class AssentSyncErrorEvent extends CustomEvent<{
  eventIds: string[];
  status: number;
  reason: string;
}> {
  constructor(detail: { eventIds: string[]; status: number; reason: string }) {
    super('assent-sync-error', { detail, bubbles: true, composed: true });
  }
}

// In the global map (which `document`, `window` and every element's map extend): the events
// bubble from `document` to `window`, and frameworks' typed listeners look them up here.
declare global {
  interface GlobalEventHandlersEventMap {
    'assent-change': AssentChangeEvent;
    'assent-ready': AssentReadyEvent;
    'assent-sync-error': AssentSyncErrorEvent;
  }
}

/** A minimal typed emitter: `on` returns the function that unsubscribes. */
export class Emitter<Events extends Record<string, unknown>> {
  private listeners = new Map<keyof Events, Set<(payload: never) => void>>();

  on<K extends keyof Events>(type: K, listener: (payload: Events[K]) => void): () => void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }

  emit<K extends keyof Events>(type: K, payload: Events[K]): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) {
      try {
        (listener as (payload: Events[K]) => void)(payload);
      } catch (error) {
        // A listener's bug must not stop other listeners or the decision itself.
        console.error('[assent] A listener threw:', error);
      }
    }
  }
}
