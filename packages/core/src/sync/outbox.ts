import type { ConsentEvent } from '../runtime/types.js';
import type { KeyValueStore } from '../storage/index.js';
import { contactKey, openContact, sealContact, type SealedContact } from './contact-seal.js';
import { withLock } from './locks.js';
import {
  OUTBOX_FAILED_KEY,
  OUTBOX_KEY,
  OUTBOX_NOT_BEFORE_KEY,
  outboxEntryKey,
} from '../storage/keys.js';

/** An event the endpoint refused (a 4xx other than 408 / 429): kept for inspection, never retried by itself. */
export interface FailedEvent {
  /** The event as it was queued (without its contact details). */
  event: ConsentEvent;
  /** The HTTP status of the refusal. */
  status: number;
  /** The endpoint's `error` text, or the status text. */
  reason: string;
  /** When it was taken out of the retry loop (ISO-8601). */
  failedAt: string;
}

/** One queued event as stored: the contact, if any, only ever sealed. */
interface StoredEntry {
  v: 1;
  event: ConsentEvent;
  contact?: SealedContact;
  queuedAt: string;
}

interface StoredFailure extends FailedEvent {
  contact?: SealedContact;
}

const INDEX_KEY = OUTBOX_KEY;
const FAILED_KEY = OUTBOX_FAILED_KEY;
const NOT_BEFORE_KEY = OUTBOX_NOT_BEFORE_KEY;
const entryKey = outboxEntryKey;

/**
 * The persisted queue of ledger events that the endpoint has not acknowledged yet.
 *
 * @remarks Layout in the store (the same IndexedDB → localStorage → memory chain as the
 * decision), chosen so that two tabs enqueueing at once lose nothing:
 * - `outbox:<id>` holds one event. Each key is written by one writer only (ids are random),
 *   so these writes never race.
 * - `outbox` is the index: the ids in queue order. It is the only shared read-modify-write
 *   value, so every change to it happens under the exclusive Web Lock `<lockName>:index`,
 *   held for a read and a write only (never across a network request).
 * - An event is written before its id enters the index and leaves the index before its key is
 *   deleted, so an id in the index always has its event; a crash in between leaves at worst an
 *   orphaned key, never a lost event.
 * Without Web Locks (old browsers) the index lock only orders this page's own writes; the
 * sender then re-adds its own unacknowledged events to the index (see `OutboxSync`).
 */
export class Outbox {
  private key: Promise<CryptoKey | undefined> | undefined;

  constructor(
    private readonly storage: Promise<KeyValueStore>,
    private readonly lockName: string,
  ) {}

  /** Which backend the outbox lives in (`memory` is not shared with other tabs). */
  async kind(): Promise<KeyValueStore['kind']> {
    return (await this.storage).kind;
  }

  /** Persists events (contacts sealed) and appends them to the queue. */
  async add(events: readonly ConsentEvent[], queuedAt: string): Promise<void> {
    if (events.length === 0) return;
    const store = await this.storage;
    const hasContact = events.some((event) => event.contact);
    const key = hasContact ? await this.contactKey(store) : undefined;
    for (const event of events) {
      const { contact, ...rest } = event;
      const entry: StoredEntry = { v: 1, event: rest, queuedAt };
      if (contact && key) entry.contact = await sealContact(key, contact);
      await store.set(entryKey(event.id), entry);
    }
    const added = events.map((event) => event.id);
    await this.changeIndex(store, (ids) => [...ids, ...added.filter((id) => !ids.includes(id))]);
  }

  /** The queued events in order, contacts opened where the key allows. */
  async list(): Promise<ConsentEvent[]> {
    const store = await this.storage;
    const ids = await readArray<string>(store, INDEX_KEY);
    const events: ConsentEvent[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const entry = await store.get<unknown>(entryKey(id)).catch(() => undefined);
      if (!isStoredEntry(entry)) {
        missing.push(id);
        continue;
      }
      let event = entry.event;
      if (entry.contact) {
        const contact = await openContact(await this.contactKey(store), entry.contact);
        if (contact) event = { ...event, contact };
      }
      events.push(event);
    }
    if (missing.length > 0)
      await this.changeIndex(store, (current) => current.filter((id) => !missing.includes(id)));
    return events;
  }

  /** Takes acknowledged events out of the queue. */
  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const store = await this.storage;
    await this.changeIndex(store, (current) => current.filter((id) => !ids.includes(id)));
    for (const id of ids) await store.del(entryKey(id)).catch(() => undefined);
  }

  /** Moves refused events from the queue to the failed list. */
  async fail(
    items: ReadonlyArray<Omit<FailedEvent, 'event'> & { id: string }>,
  ): Promise<FailedEvent[]> {
    if (items.length === 0) return [];
    const store = await this.storage;
    const moved: FailedEvent[] = [];
    await withLock(this.indexLock, {}, async () => {
      const failures = await readArray<StoredFailure>(store, FAILED_KEY);
      for (const item of items) {
        const entry = await store.get<unknown>(entryKey(item.id)).catch(() => undefined);
        if (!isStoredEntry(entry)) continue;
        const failure: StoredFailure = {
          event: entry.event,
          status: item.status,
          reason: item.reason,
          failedAt: item.failedAt,
        };
        if (entry.contact) failure.contact = entry.contact;
        failures.push(failure);
        moved.push(publicFailure(failure));
      }
      await store.set(FAILED_KEY, failures);
      const ids = await readArray<string>(store, INDEX_KEY);
      await store.set(
        INDEX_KEY,
        ids.filter((id) => !items.some((item) => item.id === id)),
      );
    });
    for (const item of items) await store.del(entryKey(item.id)).catch(() => undefined);
    return moved;
  }

  /** The events the endpoint refused, oldest first. */
  async failed(): Promise<FailedEvent[]> {
    const store = await this.storage;
    return (await readArray<StoredFailure>(store, FAILED_KEY)).map(publicFailure);
  }

  /** Puts refused events (all, or those with the given ids) back into the queue. */
  async requeue(ids?: readonly string[]): Promise<string[]> {
    const store = await this.storage;
    const requeued: string[] = [];
    await withLock(this.indexLock, {}, async () => {
      const failures = await readArray<StoredFailure>(store, FAILED_KEY);
      const keep: StoredFailure[] = [];
      for (const failure of failures) {
        if (ids && !ids.includes(failure.event.id)) {
          keep.push(failure);
          continue;
        }
        const entry: StoredEntry = {
          v: 1,
          event: failure.event,
          queuedAt: new Date().toISOString(),
        };
        if (failure.contact) entry.contact = failure.contact;
        await store.set(entryKey(failure.event.id), entry);
        requeued.push(failure.event.id);
      }
      const index = await readArray<string>(store, INDEX_KEY);
      await store.set(INDEX_KEY, [...index, ...requeued.filter((id) => !index.includes(id))]);
      await store.set(FAILED_KEY, keep);
    });
    return requeued;
  }

  /** The time (ms since the epoch) before which the endpoint asked not to be called. */
  async notBefore(): Promise<number> {
    const store = await this.storage;
    const value = await store.get<unknown>(NOT_BEFORE_KEY).catch(() => undefined);
    return typeof value === 'number' ? value : 0;
  }

  async setNotBefore(time: number): Promise<void> {
    const store = await this.storage;
    await store.set(NOT_BEFORE_KEY, time).catch(() => undefined);
  }

  private get indexLock(): string {
    return `${this.lockName}:index`;
  }

  private contactKey(store: KeyValueStore): Promise<CryptoKey | undefined> {
    this.key ??= withLock(this.indexLock, {}, () => contactKey(store)).then((key) =>
      typeof key === 'symbol' ? undefined : key,
    );
    return this.key;
  }

  private async changeIndex(
    store: KeyValueStore,
    change: (ids: string[]) => string[],
  ): Promise<void> {
    await withLock(this.indexLock, {}, async () => {
      const ids = await readArray<string>(store, INDEX_KEY);
      const next = change(ids);
      if (next.length !== ids.length || next.some((id, index) => id !== ids[index]))
        await store.set(INDEX_KEY, next);
    });
  }
}

async function readArray<T>(store: KeyValueStore, key: string): Promise<T[]> {
  const value = await store.get<unknown>(key);
  return Array.isArray(value) ? (value as T[]) : [];
}

function isStoredEntry(value: unknown): value is StoredEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<StoredEntry>;
  return entry.v === 1 && typeof entry.event === 'object' && typeof entry.event?.id === 'string';
}

function publicFailure(failure: StoredFailure): FailedEvent {
  return {
    event: failure.event,
    status: failure.status,
    reason: failure.reason,
    failedAt: failure.failedAt,
  };
}
