import type { ConsentEvent, EventSink } from '../runtime/types.js';
import { AssentSyncErrorEvent, Emitter } from '../events.js';
import { createStorage, type KeyValueStore } from '../storage/index.js';
import { backoffDelay } from './backoff.js';
import { MAX_BATCH_BYTES, MAX_BATCH_EVENTS, byteLength, splitIntoBatches } from './batches.js';
import { LOCK_BUSY, hasWebLocks, withLock } from './locks.js';
import { Outbox, type FailedEvent } from './outbox.js';
import { postBatch, sendableHeaders, type Answer } from './request.js';

export { sendableHeaders } from './request.js';

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

type Retry = { retryAfterMs?: number } | null;

const CHANNEL_PREFIX = 'assent-outbox:';

/**
 * Delivers ledger events to the endpoint so that none is lost and none is counted twice
 * (SPEC "Sync protocol"). It is the manager's {@link EventSink}: `enqueue` persists the events
 * in the {@link Outbox} before anything is sent.
 *
 * @remarks
 * - **Once.** An event leaves the outbox only on a 2xx; its id (minted at decision time) is
 *   the idempotency key on every retry, so a lost answer costs a duplicate request that the
 *   endpoint's dedup by id absorbs.
 * - **One sender.** Regular sends run under the exclusive Web Lock `lockName`, which a tab
 *   holds only while it reads the outbox and posts batches one after another — never while it
 *   waits to retry. A tab that finds the lock taken waits for it and then reads the outbox
 *   again, which the sender has usually emptied; so each event is carried by one request at a
 *   time. At most one regular request is in flight across all tabs of the site.
 * - **Retries.** 5xx, 408, 429, network errors and timeouts retry with exponential backoff and
 *   full jitter (`baseDelayMs` → `maxDelayMs`); `Retry-After` (seconds or a date) is honoured
 *   and remembered in storage, so other tabs and the next page load honour it too. Any other
 *   4xx takes the event out of the loop into `failed()` and fires `assent-sync-error`. A batch
 *   refused with a 400 is split to find the bad event (the endpoint stores nothing of a
 *   refused batch): the event it names by `index` is tried alone and the rest together,
 *   otherwise each alone, so the good events still land.
 * - **Triggers.** After every enqueue (unless a retry is already scheduled), on `online`, on
 *   construction (the next page load), on `pageshow` from the back/forward cache, and a last
 *   flush on `visibilitychange` → hidden and `pagehide` (never `unload`): one
 *   `fetch(…, { keepalive: true })` of this tab's own unacknowledged events, within
 *   `maxBatchBytes` so it fits the browser's 64 KiB keepalive budget. That last flush cannot
 *   wait for the lock (the page may be gone before it is granted), so it may overlap another
 *   tab's send of the same events; the endpoint's dedup is the backstop there.
 * - **Limits.** A request carries at most `maxBatchEvents` (100) events and `maxBatchBytes`
 *   (60 KiB) of body; a single larger event travels alone in a regular request, never in the
 *   keepalive flush. In flight at most: one regular request across all tabs (one per tab
 *   without Web Locks), plus one keepalive request per tab.
 */
export class OutboxSync implements EventSink {
  /** The persisted queue. */
  readonly outbox: Outbox;

  private readonly emitter = new Emitter<SyncEvents>();
  private readonly url: string;
  private readonly headers: Record<string, string>;
  private readonly credentials: RequestCredentials;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly timeoutMs: number;
  private readonly maxBatchEvents: number;
  private readonly maxBatchBytes: number;
  private readonly lockName: string;
  private readonly random: () => number;
  private readonly win: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  private readonly doc: Document | null;
  private readonly channel: BroadcastChannel | undefined;
  /** This tab's own unacknowledged events, with their contact: what the last flush sends. */
  private readonly own = new Map<string, ConsentEvent>();
  /** Ids carried by a request of this tab right now. */
  private readonly inFlight = new Set<string>();
  /** Ids of this tab's events that storage refused: sent from memory while the page lives. */
  private readonly unstored = new Set<string>();
  /** Ids acknowledged (by this tab or another): never sent again from here. */
  private readonly done = new Set<string>();
  private failures = 0;
  private keepaliveInFlight = false;
  private notBeforeTime = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private readonly cleanups: Array<() => void> = [];

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
    this.listen();
    if (options.flushOnStart ?? true) void this.flush();
  }

  /** Listens to `delivered` or `error`; returns the function that stops. */
  on<K extends keyof SyncEvents>(type: K, listener: (payload: SyncEvents[K]) => void): () => void {
    return this.emitter.on(type, listener);
  }

  /** Persists events in the outbox, then tries to send them. Resolves once they are queued. */
  async enqueue(events: ConsentEvent[]): Promise<void> {
    for (const event of events) this.own.set(event.id, event);
    try {
      await this.outbox.add(events, new Date().toISOString());
    } catch (error) {
      for (const event of events) this.unstored.add(event.id);
      throw error;
    } finally {
      // Even if storage failed, this page still holds the events and sends them.
      this.trigger();
    }
  }

  /**
   * Sends everything queued now, without waiting for a scheduled retry (a `Retry-After` is
   * still honoured). Resolves when this attempt is over — delivered, refused, or a retry
   * scheduled; it never rejects.
   */
  flush(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.clearTimer();
    this.running = (async () => {
      try {
        do {
          this.again = false;
          const retry = await this.sendUnderLock();
          if (retry) {
            this.scheduleRetry(retry);
            break;
          }
        } while (this.again && !this.closed);
      } catch (error) {
        console.error('[assent] Sending decisions failed; will retry:', error);
        this.scheduleRetry({});
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** The events still waiting for a 2xx, in order. */
  pending(): Promise<ConsentEvent[]> {
    return this.outbox.list();
  }

  /** The events the endpoint refused for good (kept for inspection, not retried). */
  failed(): Promise<FailedEvent[]> {
    return this.outbox.failed();
  }

  /** Puts refused events back into the queue (all, or the given ids) and sends them. */
  async retryFailed(eventIds?: string[]): Promise<void> {
    const requeued = await this.outbox.requeue(eventIds);
    for (const id of requeued) this.done.delete(id);
    await this.flush();
  }

  /** Stops listening and retrying. Requests already in flight still complete. */
  close(): void {
    this.closed = true;
    this.clearTimer();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.channel?.close();
  }

  // ---- Triggers ------------------------------------------------------------------------

  /** A send after an enqueue: a scheduled retry will carry the new events too. */
  private trigger(): void {
    if (this.timer === undefined) void this.flush();
  }

  private listen(): void {
    const add = (
      target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null,
      type: string,
      listener: (event: Event) => void,
    ) => {
      if (!target) return;
      target.addEventListener(type, listener);
      this.cleanups.push(() => target.removeEventListener(type, listener));
    };
    add(this.win, 'online', () => {
      this.failures = 0;
      // An attempt still under way may end by scheduling a retry: send again right after it.
      void (this.running ?? Promise.resolve()).then(() => this.flush());
    });
    add(this.win, 'pagehide', () => this.lastFlush());
    add(this.win, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) void this.flush();
    });
    add(this.doc, 'visibilitychange', () => {
      if (this.doc?.visibilityState === 'hidden') this.lastFlush();
    });
  }

  private openChannel(): BroadcastChannel | undefined {
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

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private scheduleRetry(retry: { retryAfterMs?: number }): void {
    if (this.closed) return;
    this.failures += 1;
    const backoff = backoffDelay(this.failures, this.baseDelayMs, this.maxDelayMs, this.random);
    const wait = Math.max(
      backoff,
      Math.max(0, this.notBeforeTime - Date.now()),
      retry.retryAfterMs ?? 0,
    );
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, wait);
  }

  // ---- Sending -------------------------------------------------------------------------

  private async sendUnderLock(): Promise<Retry> {
    // A memory outbox is this page's alone: no other tab can send it, so no lock is needed.
    if ((await this.outbox.kind()) === 'memory') return this.drain();
    const result = await withLock(this.lockName, {}, () => this.drain());
    return result === LOCK_BUSY ? null : result;
  }

  /** Sends the outbox batch after batch until it is empty or a retry is needed. */
  private async drain(): Promise<Retry> {
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
  private async healIndex(queued: ConsentEvent[]): Promise<ConsentEvent[]> {
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
  private async deliver(batch: ConsentEvent[]): Promise<Retry> {
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

  private async rememberRetryAfter(retryAfterMs: number | undefined): Promise<void> {
    if (retryAfterMs === undefined || retryAfterMs <= 0) return;
    this.notBeforeTime = Date.now() + retryAfterMs;
    await this.outbox.setNotBefore(this.notBeforeTime);
  }

  /** Marks events as delivered (or refused): out of the outbox, out of every tab's last flush. */
  private async settle(
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

  private async reject(events: ConsentEvent[], status: number, reason: string): Promise<void> {
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
  private withContact(event: ConsentEvent): ConsentEvent {
    const mine = this.own.get(event.id);
    return !event.contact && mine?.contact ? { ...event, contact: mine.contact } : event;
  }

  /** One request, its events marked in flight meanwhile. Never throws. */
  private async post(batch: ConsentEvent[], keepalive: boolean): Promise<Answer> {
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

  /**
   * The last flush as the page is hidden or left: this tab's own unacknowledged events, in
   * one keepalive request within the keepalive budget. Synchronous up to `fetch`, because
   * nothing asynchronous is sure to run after `pagehide`.
   */
  private lastFlush(): void {
    // One keepalive request at a time keeps this page inside the 64 KiB keepalive budget.
    if (this.closed || this.keepaliveInFlight || this.notBeforeTime > Date.now()) return;
    const events = [...this.own.values()].filter(
      (event) => !this.inFlight.has(event.id) && !this.done.has(event.id),
    );
    if (events.length === 0) return;
    const sizes = new Map(events.map((event) => [event.id, byteLength(JSON.stringify(event))]));
    const [batch] = splitIntoBatches(
      events.filter((event) => sizes.get(event.id)! <= this.maxBatchBytes - 64),
      (event) => sizes.get(event.id)!,
      { maxEvents: this.maxBatchEvents, maxBytes: this.maxBatchBytes },
    );
    if (!batch) return;
    // If the page lives on (only hidden), the answer is handled like any other.
    this.keepaliveInFlight = true;
    void this.post(batch, true).then(async (answer) => {
      this.keepaliveInFlight = false;
      if (answer.kind === 'ok') await this.settle(batch, true, answer.pending);
      else if (answer.kind === 'retry') await this.rememberRetryAfter(answer.retryAfterMs);
      // A refusal is left to the regular sender, which isolates the bad event.
    });
  }
}
