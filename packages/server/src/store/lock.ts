import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A held lock on a data directory. */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/** Thrown when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  constructor(dataDir: string, pid: number, lockPath: string) {
    super(
      `The data directory ${dataDir} is in use by process ${pid} (lock file ${lockPath}). ` +
        'Stop that server first; to run several instances, use DATABASE_URL with PostgreSQL.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `dataDir/assent.lock` with an exclusive create. A lock left by a process that is no
 * longer alive (killed with SIGKILL, power loss) is taken over; a live holder, including this
 * very process, is refused.
 */
export function acquireLock(dataDir: string): DataDirLock {
  const path = join(resolve(dataDir), 'assent.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          try {
            unlinkSync(path);
          } catch {
            // already gone: nothing to release
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
        throw new DataDirLockedError(dataDir, pid, path);
      }
      unlinkSync(path); // stale: its owner died
    }
  }
  throw new Error(`could not take the lock ${path}`);
}
