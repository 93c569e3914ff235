import type { ConsentEvent, EventSink } from '../runtime/types.js';
import { backoffDelay } from './backoff.js';
import { byteLength, splitIntoBatches } from './batches.js';
import type { FailedEvent } from './outbox.js';
import { OutboxSender, type SyncEndpoint, type SyncOptions, type SyncEvents } from './delivery.js';
import { readHeld, releaseHeld } from '../storage/held.js';

export { sendableHeaders } from './request.js';
export type { SyncEndpoint, SyncEvents, SyncOptions } from './delivery.js';

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
export class OutboxSync extends OutboxSender implements EventSink {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private readonly cleanups: Array<() => void> = [];

  constructor(endpoint: SyncEndpoint, options: SyncOptions = {}) {
    super(endpoint, options);
    this.listen();
    // Events a page held when it was left before its outbox had them: queued (and sent) now.
    if (readHeld().length > 0) void this.enqueue([]).catch(() => undefined);
    else if (options.flushOnStart ?? true) void this.flush();
  }

  /** Listens to `delivered` or `error`; returns the function that stops. */
  on<K extends keyof SyncEvents>(type: K, listener: (payload: SyncEvents[K]) => void): () => void {
    return this.emitter.on(type, listener);
  }

  /** Persists events in the outbox, then tries to send them. Resolves once they are queued. */
  async enqueue(events: ConsentEvent[]): Promise<void> {
    // With the events held in localStorage (this page's, or a page's left before its outbox
    // had them), each once.
    const held = readHeld();
    const ids = new Set(events.map((event) => event.id));
    events = held.filter((event) => !ids.has(event.id)).concat(events);
    for (const event of events) this.own.set(event.id, event);
    try {
      await this.outbox.add(events, new Date().toISOString());
      releaseHeld(held.map((event) => event.id));
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

  /**
   * The last flush as the page is hidden or left: this tab's own unacknowledged events, in
   * one keepalive request within the keepalive budget. Synchronous up to `fetch`, because
   * nothing asynchronous is sure to run after `pagehide`.
   */
  protected lastFlush(): void {
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
