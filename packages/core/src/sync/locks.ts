/** What `withLock` returns when `ifAvailable` was asked and another holder has the lock. */
export const LOCK_BUSY: unique symbol = Symbol('lock busy');

interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean },
    task: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

function lockManager(): LockManagerLike | undefined {
  const locks = (globalThis.navigator as (Navigator & { locks?: LockManagerLike }) | undefined)
    ?.locks;
  return typeof locks?.request === 'function' ? locks : undefined;
}

/** Whether Web Locks coordinate this page with the site's other tabs. */
export function hasWebLocks(): boolean {
  return lockManager() !== undefined;
}

// Without Web Locks, a lock only orders the work of this page.
const pageLocks = new Map<string, Promise<unknown>>();

/**
 * Runs `task` while holding the exclusive lock `name`: a Web Lock shared by every tab of the
 * site where the browser has them, otherwise a lock for this page only. With `ifAvailable`,
 * returns {@link LOCK_BUSY} at once instead of waiting for another holder.
 */
export async function withLock<T>(
  name: string,
  options: { ifAvailable?: boolean },
  task: () => Promise<T>,
): Promise<T | typeof LOCK_BUSY> {
  const locks = lockManager();
  if (locks) {
    return locks.request(name, { ifAvailable: options.ifAvailable === true }, async (lock) =>
      lock === null ? LOCK_BUSY : task(),
    );
  }
  const previous = pageLocks.get(name);
  if (previous && options.ifAvailable) return LOCK_BUSY;
  const run = (previous ?? Promise.resolve()).catch(() => undefined).then(task);
  const settled = run.catch(() => undefined);
  pageLocks.set(name, settled);
  void settled.then(() => {
    if (pageLocks.get(name) === settled) pageLocks.delete(name);
  });
  return run;
}
