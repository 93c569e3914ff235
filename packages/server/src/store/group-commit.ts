/**
 * Group commit (write combining) for ingest. Every ingest transaction locks the one
 * `chain_head` row, so transactions run one at a time whatever the pool size; paying BEGIN,
 * the lock, the statements and COMMIT once per request made requests queue behind each other.
 * Instead, requests that arrive while a group is being committed wait here and all go into the
 * next transaction together, up to a size bound.
 *
 * This is only an in-process optimisation: ordering and chaining are still decided in the
 * database under the `chain_head` lock, so several processes sharing one PostgreSQL stay
 * correct; each simply commits its own groups.
 */

/** Bounds of one group. A single request larger than a bound still goes alone. */
export interface GroupLimits {
  /** @default 500 */
  maxEvents?: number;
  /** Approximate payload bytes. @default 262144 */
  maxBytes?: number;
}

interface Waiting<Item, Result> {
  item: Item;
  events: number;
  bytes: number;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

/**
 * Commits items in groups: at most one group is in flight; whatever arrives meanwhile forms the
 * next group, in arrival order. `commit` gets the items of one group and settles each of them
 * (same order); if it throws, every item of the group is rejected with that error.
 */
export class GroupCommitQueue<Item, Result> {
  private readonly waiting: Waiting<Item, Result>[] = [];
  private draining = false;
  private readonly maxEvents: number;
  private readonly maxBytes: number;

  constructor(
    private readonly commit: (items: Item[]) => Promise<PromiseSettledResult<Result>[]>,
    limits: GroupLimits = {},
  ) {
    this.maxEvents = limits.maxEvents ?? 500;
    this.maxBytes = limits.maxBytes ?? 256 * 1024;
  }

  /** Requests waiting for a group (not counting the one in flight). */
  get pending(): number {
    return this.waiting.length;
  }

  submit(item: Item, events: number, bytes: number): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.waiting.push({ item, events, bytes, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        // Start on the next turn rather than now: requests parsed in the same I/O phase (a burst
        // after an idle moment) then share the first transaction instead of waiting behind it.
        setImmediate(() => void this.drain());
      }
    });
  }

  private takeGroup(): Waiting<Item, Result>[] {
    let events = 0;
    let bytes = 0;
    let count = 0;
    for (const next of this.waiting) {
      if (
        count > 0 &&
        (events + next.events > this.maxEvents || bytes + next.bytes > this.maxBytes)
      ) {
        break;
      }
      events += next.events;
      bytes += next.bytes;
      count++;
    }
    return this.waiting.splice(0, count);
  }

  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const group = this.takeGroup();
        let results: PromiseSettledResult<Result>[];
        try {
          results = await this.commit(group.map((waiting) => waiting.item));
        } catch (error) {
          for (const waiting of group) waiting.reject(error);
          continue;
        }
        group.forEach((waiting, index) => {
          const result = results[index];
          if (result?.status === 'fulfilled') waiting.resolve(result.value);
          else waiting.reject(result ? result.reason : new Error('group commit lost a result'));
        });
      }
    } finally {
      this.draining = false;
    }
  }
}
