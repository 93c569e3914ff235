/**
 * Every key the library stores under, in one home: the manager, the outbox and the script
 * tag's early look-up all name them from here, so no module reaches into another's storage.
 */

/** The committed decision (a `StoredDecision`). */
export const DECISION_KEY = 'decision';
/** The outbox's index: ids of events not yet acknowledged. */
export const OUTBOX_KEY = 'outbox';
/** Events the endpoint refused for good. */
export const OUTBOX_FAILED_KEY = 'outbox-failed';
/** When the sender may try again (backoff across page loads). */
export const OUTBOX_NOT_BEFORE_KEY = 'outbox-not-before';
/**
 * Events of decisions made before the engine (storage and outbox) had joined, kept
 * synchronously in localStorage so a page left at once does not lose them.
 */
export const HELD_KEY = 'held';
/** One outbox entry's key. */
export const outboxEntryKey = (id: string): string => `outbox:${id}`;

/** localStorage keys carry this prefix, so the library's entries are easy to tell apart. */
export const LOCAL_PREFIX = 'assent:';
