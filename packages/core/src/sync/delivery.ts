/** Delivery of the outbox to the endpoint: settings, state and the sending loop. */
import type { ConsentEvent } from '../runtime/types.js';
import { AssentSyncErrorEvent, Emitter } from '../events.js';
import { createStorage, type KeyValueStore } from '../storage/index.js';
import { MAX_BATCH_BYTES, MAX_BATCH_EVENTS, byteLength, splitIntoBatches } from './batches.js';
import { LOCK_BUSY, hasWebLocks, withLock } from './locks.js';
import { Outbox } from './outbox.js';
import { postBatch, sendableHeaders, type Answer } from './request.js';

/** Where and how events are sent: the config's `endpoint`, `headers` and `credentials`. */
export interface SyncEndpoint {
  /** The `POST` URL (SPEC "Sync protocol"), absolute or relative to the page. */
  url: string;
  /** Extra headers for every request (e.g. an API key). */
  headers?: Record<string, string>;
  /** Fetch credentials mode. @default "same-origin" */
  credentials?: RequestCredentials;
}

/** Tuning for {@link OutboxSync}; every field has a production default. */
export interface SyncOptions {
  /** First retry waits up to this long (full jitter). @default 1000 */
  baseDelayMs?: number;
  /** Retries never wait longer than this, except when the endpoint's `Retry-After` asks for more. @default 60000 */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is cut to it. @default 3600000 (one hour) */
  maxRetryAfterMs?: number;
  /** A request that has not answered by then is aborted and retried. @default 15000 */
  timeoutMs?: number;
  /** Events per request. @default 100 */
  maxBatchEvents?: number;
  /** Body bytes per request (also the budget of the keepalive flush). @default 61440 */
  maxBatchBytes?: number;
  /**
   * Name of the Web Lock that makes one tab the sender (`<name>:index` guards the queue).
   * @default "assent-outbox"
   */
  lockName?: string;
  /** The store for the outbox; by default a new IndexedDB → localStorage → memory chain. */
  storage?: KeyValueStore | Promise<KeyValueStore>;
  /** The window to listen to for `online`, `pagehide`, `pageshow`; `null` for none. @default globalThis */
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /** The document for `visibilitychange` and `assent-sync-error`; `null` for none. @default document */
  document?: Document | null;
  /** Send on construction what earlier pages left in the outbox. @default true */
  flushOnStart?: boolean;
  /** The jitter's source of randomness, in [0, 1). @default Math.random */
  random?: () => number;
}

/** What {@link OutboxSync} tells its listeners (`sync.on(type, fn)`). */
export interface SyncEvents extends Record<string, unknown> {
  /**
   * Events the endpoint acknowledged with a 2xx; `pending` are those its answer listed as
   * waiting for confirmation (double opt-in: `{ accepted, duplicates, pending: [ids] }`).
   */
  delivered: { eventIds: string[]; pending: ConsentEvent[] };
  /** Events the endpoint refused for good (also fired on `document` as `assent-sync-error`). */
  error: { eventIds: string[]; status: number; reason: string };
}

export type Retry = { retryAfterMs?: number } | null;

const CHANNEL_PREFIX = 'assent-outbox:';

/**
 * The sending half of {@link OutboxSync}: its settings and state, and the delivery of the
 * outbox batch after batch under the lock (retries, refusals isolated, other tabs told).
 */
export class OutboxSender {
  /** The persisted queue. */
  readonly outbox: Outbox;

  protected readonly emitter = new Emitter<SyncEvents>();
  protected readonly url: string;
  protected readonly headers: Record<string, string>;
  protected readonly credentials: RequestCredentials;
  protected readonly baseDelayMs: number;
  protected readonly maxDelayMs: number;
  protected readonly maxRetryAfterMs: number;
  protected readonly timeoutMs: number;
  protected readonly maxBatchEvents: number;
  protected readonly maxBatchBytes: number;
  protected readonly lockName: string;
  protected readonly random: () => number;
  protected readonly win: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  protected readonly doc: Document | null;
  protected readonly channel: BroadcastChannel | undefined;
  /** This tab's own unacknowledged events, with their contact: what the last flush sends. */
  protected readonly own = new Map<string, ConsentEvent>();
  /** Ids carried by a request of this tab right now. */
  protected readonly inFlight = new Set<string>();
  /** Ids of this tab's events that storage refused: sent from memory while the page lives. */
  protected readonly unstored = new Set<string>();
  /** Ids acknowledged (by this tab or another): never sent again from here. */
  protected readonly done = new Set<string>();
  protected failures = 0;
  protected keepaliveInFlight = false;
  protected notBeforeTime = 0;
  protected closed = false;

  constructor(endpoint: SyncEndpoint, options: SyncOptions = {}) {
    this.url = endpoint.url;
    this.headers = { ...sendableHeaders(endpoint.headers), 'Content-Type': 'application/json' };
    this.credentials = endpoint.credentials ?? 'same-origin';
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 3_600_000;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxBatchEvents = Math.max(1, options.maxBatchEvents ?? MAX_BATCH_EVENTS);
    this.maxBatchBytes = Math.max(1024, options.maxBatchBytes ?? MAX_BATCH_BYTES);
    this.lockName = options.lockName ?? 'assent-outbox';
    this.random = options.random ?? Math.random;
    const storage = Promise.resolve(options.storage ?? createStorage()).catch(() =>
      createStorage({ indexedDB: null }),
    );
    this.outbox = new Outbox(storage, this.lockName);
    this.win =
      options.window === undefined
        ? typeof window === 'undefined'
          ? null
          : window
        : options.window;
    this.doc =
      options.document === undefined
        ? typeof document === 'undefined'
          ? null
          : document
        : options.document;
    this.channel = this.openChannel();
  }

  protected openChannel(): BroadcastChannel | undefined {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    try {
      const channel = new BroadcastChannel(CHANNEL_PREFIX + this.lockName);
      channel.onmessage = (message: MessageEvent<unknown>) => {
        const data = message.data as { settled?: unknown } | null;
        if (!Array.isArray(data?.settled)) return;
        // Another tab delivered or refused these: this tab's last flush must not resend them.
        for (const id of data.settled) {
          if (typeof id !== 'string') continue;
          this.own.delete(id);
          this.done.add(id);
        }
      };
      return channel;
    } catch {
      return undefined;
    }
  }

  // ---- Sending -------------------------------------------------------------------------

  protected async sendUnderLock(): Promise<Retry> {
    // A memory outbox is this page's alone: no other tab can send it, so no lock is needed.
    if ((await this.outbox.kind()) === 'memory') return this.drain();
    const result = await withLock(this.lockName, {}, () => this.drain());
    return result === LOCK_BUSY ? null : result;
  }

  /** Sends the outbox batch after batch until it is empty or a retry is needed. */
  protected async drain(): Promise<Retry> {
    this.notBeforeTime = await this.outbox.notBefore();
    const wait = this.notBeforeTime - Date.now();
    if (wait > 0) return { retryAfterMs: wait };
    for (let pass = 0; pass < 50 && !this.closed; pass += 1) {
      let queued: ConsentEvent[] = [];
      try {
        queued = await this.outbox.list();
      } catch (error) {
        console.error('[assent] Could not read the outbox:', error);
      }
      queued = await this.healIndex(queued);
      const sendable = queued.filter(
        (event) => !this.inFlight.has(event.id) && !this.done.has(event.id),
      );
      if (sendable.length === 0) {
        this.failures = 0;
        return null;
      }
      const batches = splitIntoBatches(
        sendable,
        (event) => byteLength(JSON.stringify(this.withContact(event))),
        {
          maxEvents: this.maxBatchEvents,
          maxBytes: this.maxBatchBytes,
        },
      );
      for (const batch of batches) {
        const retry = await this.deliver(batch);
        if (retry) return retry;
      }
      this.failures = 0;
    }
    return null;
  }

  /**
   * Puts back this tab's own events that the outbox lost: those storage refused to keep and,
   * without Web Locks (where two tabs may overwrite each other's index update), any own
   * unacknowledged event missing from the index. They are sent from memory either way.
   */
  protected async healIndex(queued: ConsentEvent[]): Promise<ConsentEvent[]> {
    const listed = new Set(queued.map((event) => event.id));
    const anyMissing = !hasWebLocks();
    const lost = [...this.own.values()].filter(
      (event) =>
        !listed.has(event.id) &&
        !this.done.has(event.id) &&
        (anyMissing || this.unstored.has(event.id)),
    );
    if (lost.length === 0) return queued;
    try {
      await this.outbox.add(lost, new Date().toISOString());
      for (const event of lost) this.unstored.delete(event.id);
    } catch {
      // Storage still refuses: this page keeps sending them from memory.
    }
    return [...queued, ...lost];
  }

  /** Posts one batch; on a refusal of several events, finds the bad one. */
  protected async deliver(batch: ConsentEvent[]): Promise<Retry> {
    const answer = await this.post(batch, false);
    if (answer.kind === 'ok') {
      await this.settle(batch, true, answer.pending);
      return null;
    }
    if (answer.kind === 'retry') {
      await this.rememberRetryAfter(answer.retryAfterMs);
      return { retryAfterMs: answer.retryAfterMs };
    }
    if (batch.length === 1) {
      await this.reject(batch, answer.status, answer.reason);
      return null;
    }
    const suspect = answer.index !== undefined ? batch[answer.index] : undefined;
    const parts = suspect
      ? [[suspect], batch.filter((event) => event !== suspect)]
      : batch.map((event) => [event]);
    for (const part of parts) {
      const retry = await this.deliver(part);
      if (retry) return retry;
    }
    return null;
  }

  protected async rememberRetryAfter(retryAfterMs: number | undefined): Promise<void> {
    if (retryAfterMs === undefined || retryAfterMs <= 0) return;
    this.notBeforeTime = Date.now() + retryAfterMs;
    await this.outbox.setNotBefore(this.notBeforeTime);
  }

  /** Marks events as delivered (or refused): out of the outbox, out of every tab's last flush. */
  protected async settle(
    events: ConsentEvent[],
    delivered: boolean,
    pending: string[] = [],
  ): Promise<void> {
    const ids = events.map((event) => event.id);
    for (const id of ids) {
      this.done.add(id);
      this.own.delete(id);
    }
    if (delivered) await this.outbox.remove(ids);
    try {
      this.channel?.postMessage({ settled: ids });
    } catch {
      // A closed channel: other tabs learn from the outbox on their next send.
    }
    if (delivered) {
      this.emitter.emit('delivered', {
        eventIds: ids,
        pending: events.filter((event) => pending.includes(event.id)),
      });
    }
  }

  protected async reject(events: ConsentEvent[], status: number, reason: string): Promise<void> {
    const failedAt = new Date().toISOString();
    await this.outbox.fail(events.map((event) => ({ id: event.id, status, reason, failedAt })));
    await this.settle(events, false);
    const detail = { eventIds: events.map((event) => event.id), status, reason };
    console.error(
      `[assent] The endpoint refused ${detail.eventIds.join(', ')} (${status} ${reason}); kept in sync.failed().`,
    );
    this.emitter.emit('error', detail);
    this.doc?.dispatchEvent(new AssentSyncErrorEvent(detail));
  }

  /** The event with the contact this tab still holds in memory, if the stored copy lost it. */
  protected withContact(event: ConsentEvent): ConsentEvent {
    const mine = this.own.get(event.id);
    return !event.contact && mine?.contact ? { ...event, contact: mine.contact } : event;
  }

  /** One request, its events marked in flight meanwhile. Never throws. */
  protected async post(batch: ConsentEvent[], keepalive: boolean): Promise<Answer> {
    const ids = batch.map((event) => event.id);
    for (const id of ids) this.inFlight.add(id);
    try {
      return await postBatch(
        {
          url: this.url,
          headers: this.headers,
          credentials: this.credentials,
          timeoutMs: this.timeoutMs,
          maxRetryAfterMs: this.maxRetryAfterMs,
        },
        batch.map((event) => this.withContact(event)),
        keepalive,
      );
    } finally {
      for (const id of ids) this.inFlight.delete(id);
    }
  }
}
