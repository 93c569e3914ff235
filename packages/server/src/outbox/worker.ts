/**
 * What the database outboxes (webhooks, mail, text messages) share: a polling loop, claiming
 * due rows with a lease, so any number of instances can run one each, and recording a failed
 * attempt with backoff. Nothing lives only in memory, so whatever was not sent before a
 * restart is sent after it.
 */
import type { Database } from '../store/db.js';

/** Seconds to wait before retry n (1-based): soon at first, then at most an hour apart. */
export const RETRY_DELAYS_S = [2, 10, 30, 120, 300, 900, 1800, 3600] as const;

/** How long a message keeps being retried before it is marked failed. */
export const RETRY_FOR_MS = 3 * 24 * 3600 * 1000;

/** When the attempt after `attempts` failed ones is due (a little jitter after the first). */
export function nextAttemptAt(
  attempts: number,
  now: number,
  delays: readonly number[] = RETRY_DELAYS_S,
): Date {
  const base = delays[Math.min(attempts, delays.length) - 1] ?? delays[0]!;
  const jitter = attempts > 1 ? Math.random() * 0.1 * base : 0;
  return new Date(now + (base + jitter) * 1000);
}

export interface OutboxWorkerOptions {
  /** Claims and handles due work; resolves to how many items it handled. */
  run(): Promise<number>;
  /** Pause between polls when nothing was due. @default 1000 */
  pollMs?: number;
  onError(error: unknown): void;
}

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly options: OutboxWorkerOptions) {}

  start(): void {
    this.schedule(0);
  }

  /** Something was just queued: look soon rather than at the next poll. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(20);
  }

  /** Stops polling and waits for the round in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick() {
    if (this.stopped || this.running) return;
    let handled = 0;
    this.running = (async () => {
      try {
        handled = await this.options.run();
      } catch (error) {
        this.options.onError(error);
      }
    })();
    await this.running;
    this.running = undefined;
    const more = handled > 0 || this.again;
    this.again = false;
    this.schedule(more ? 0 : (this.options.pollMs ?? 1000));
  }
}

/**
 * The outbox tables. Each has `seq`, `status` (`pending`, then sent/delivered or `failed`),
 * `attempts`, `lease_until`, `next_attempt_at`, `last_attempt_at`, `last_error` and
 * `created_at`.
 */
export type OutboxTable = 'mail_outbox' | 'sms_outbox' | 'webhook_outbox';

const toDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

/**
 * Claims the due rows of an outbox, oldest first, leasing them to this instance for `leaseMs`
 * (rows another instance holds are skipped, and come back if it dies), and returns `columns`
 * of each. `where` narrows which pending rows are due (SQL over the alias `o`).
 */
export async function claimDue<T>(
  db: Database,
  table: OutboxTable,
  columns: string,
  options: { limit: number; leaseMs: number; where?: string },
): Promise<T[]> {
  const now = Date.now();
  const { rows } = await db.query<T>(
    `UPDATE ${table} SET lease_until = $2
     WHERE seq IN (
       SELECT o.seq FROM ${table} o
       WHERE o.status = 'pending' AND o.next_attempt_at <= $1
         AND (o.lease_until IS NULL OR o.lease_until < $1)
         ${options.where ? `AND ${options.where}` : ''}
       ORDER BY o.seq LIMIT ${Math.trunc(options.limit)}
       FOR UPDATE SKIP LOCKED)
     RETURNING ${columns}`,
    [new Date(now).toISOString(), new Date(now + options.leaseMs).toISOString()],
  );
  return rows;
}

/**
 * Records a failed attempt at one claimed row: due again after the backoff, or `failed` for
 * good when the failure is permanent or the row has been retried for {@link RETRY_FOR_MS}.
 * `also` sets more columns of the table (e.g. the last HTTP status).
 */
export async function recordFailure(
  db: Database,
  table: OutboxTable,
  row: { seq: unknown; attempts: number; created_at: unknown },
  failure: {
    at: Date;
    error: string;
    permanent?: boolean;
    delays?: readonly number[];
    also?: Record<string, unknown>;
  },
): Promise<{ attempts: number; giveUp: boolean }> {
  const attempts = row.attempts + 1;
  const next = nextAttemptAt(attempts, failure.at.getTime(), failure.delays);
  const giveUp =
    failure.permanent === true || next.getTime() - toDate(row.created_at).getTime() > RETRY_FOR_MS;
  const also = Object.entries(failure.also ?? {});
  await db.query(
    `UPDATE ${table} SET status = $2, attempts = $3, lease_until = NULL, last_attempt_at = $4,
       last_error = $5, next_attempt_at = $6${also.map(([column], i) => `, ${column} = $${i + 7}`).join('')}
     WHERE seq = $1`,
    [
      row.seq,
      giveUp ? 'failed' : 'pending',
      attempts,
      failure.at.toISOString(),
      failure.error.slice(0, 300),
      next.toISOString(),
      ...also.map(([, value]) => value),
    ],
  );
  return { attempts, giveUp };
}

/** What an outbox sender logs to. */
export interface OutboxLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * A sender of one outbox: polls with an {@link OutboxWorker}, handling due rows in
 * `handleDue`. One per instance, any number of instances.
 */
export abstract class OutboxSender {
  private readonly worker: OutboxWorker;

  constructor(what: string, options: { pollMs?: number; log: OutboxLog }) {
    this.worker = new OutboxWorker({
      run: () => this.handleDue(),
      pollMs: options.pollMs,
      onError: (error) => options.log.error({ err: error }, `${what} round failed`),
    });
  }

  /** Claims and handles the due rows; resolves to how many it handled. */
  abstract handleDue(): Promise<number>;

  start(): void {
    this.worker.start();
  }

  /** Something was just queued: look soon rather than at the next poll. */
  nudge(): void {
    this.worker.nudge();
  }

  /** Stops polling and waits for the round in flight. */
  stop(): Promise<void> {
    return this.worker.stop();
  }
}
