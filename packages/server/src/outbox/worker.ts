/**
 * A polling loop for database outboxes (webhooks, mail). Work is claimed from the database
 * with a lease, so any number of instances can run one each; nothing lives only in memory,
 * so whatever was not sent before a restart is sent after it.
 */

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
