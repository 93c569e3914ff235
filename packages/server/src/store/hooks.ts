/**
 * Hooks into the ledger's own transactions. Whatever a hook writes through `tx` commits or
 * rolls back with the ledger rows, so an outbox row exists exactly when its event does
 * (the transactional outbox pattern), whichever route or tool wrote the event.
 */
import type { Queryable } from './db.js';
import type { ConsentEvent, Contact } from './index.js';

/** One event just appended to the ledger, in chain order. */
export interface AppendedEvent {
  /** The event as received, with its (normalised) contact. */
  event: ConsentEvent;
  /** The contact whose marketing state it changes (null for cookie choices). */
  contactId: string | null;
  /** Double opt-in turned this `granted` into `pending`. */
  pendingConfirmation: boolean;
  /**
   * A browser's withdrawal for a contact it may not change: kept in the ledger as a request,
   * it changed no state.
   */
  request: boolean;
  /** The server's receive time, ISO-8601. */
  receivedAt: string;
  /** The public origin of the request that sent it, when known. */
  origin?: string;
}

export interface LedgerHooks {
  /** After the events' rows and derived state are written, in the same transaction. */
  appended?(tx: Queryable, events: AppendedEvent[]): Promise<void>;
  /** After a contact's identifying data is deleted, in the same transaction. */
  erased?(tx: Queryable, contact: Contact): Promise<void>;
}

export async function runAppendHooks(
  hooks: Iterable<LedgerHooks>,
  tx: Queryable,
  events: AppendedEvent[],
): Promise<void> {
  if (events.length === 0) return;
  for (const hook of hooks) await hook.appended?.(tx, events);
}

export async function runEraseHooks(
  hooks: Iterable<LedgerHooks>,
  tx: Queryable,
  contact: Contact,
): Promise<void> {
  for (const hook of hooks) await hook.erased?.(tx, contact);
}
