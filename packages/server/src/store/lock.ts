import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
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

/** Lock files this process holds right now (by path). */
const heldHere = new Set<string>();

/**
 * Who a process is, beyond its pid: its start time (clock ticks since boot, from
 * /proc/<pid>/stat) and the boot it belongs to. A pid alone is not enough: after a SIGKILL
 * in a container, the new server is PID 1 again, as its dead predecessor was; after a reboot
 * any pid may be reused.
 */
interface ProcessIdentity {
  pid: number;
  start?: string;
  boot?: string;
}

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function startTime(pid: number): string | undefined {
  const stat = readOr(`/proc/${pid}/stat`);
  // Field 22; the command name (field 2) is in brackets and may hold spaces.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function identityOf(pid: number): ProcessIdentity {
  return { pid, start: startTime(pid), boot: readOr('/proc/sys/kernel/random/boot_id') };
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
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

/** True when the process that wrote `holder` is still running. */
function holderIsRunning(path: string, holder: ProcessIdentity): boolean {
  // This very process: held only if it took the lock itself and has not released it.
  if (holder.pid === process.pid) return heldHere.has(path) && sameProcess(holder);
  if (!isAlive(holder.pid)) return false;
  // Alive: the same process only if it started at the same moment of the same boot (where
  // the system can tell; elsewhere a live pid is trusted).
  return sameProcess(holder);
}

function sameProcess(holder: ProcessIdentity): boolean {
  const now = identityOf(holder.pid);
  if (holder.boot && now.boot && holder.boot !== now.boot) return false;
  if (holder.start && now.start && holder.start !== now.start) return false;
  return true;
}

function parseHolder(text: string): ProcessIdentity | undefined {
  // Older servers wrote the bare pid.
  if (/^\d+$/.test(text.trim())) return { pid: Number(text.trim()) };
  try {
    const value = JSON.parse(text) as ProcessIdentity;
    return Number.isInteger(value.pid) && value.pid > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes `dataDir/assent.lock` with an exclusive create. The file names the holder by pid,
 * start time and boot id. A lock left by a process that is no longer running (SIGKILL, power
 * loss, a container restart where the new server is PID 1 like the old one) is taken over;
 * a running holder, including this very process, is refused.
 */
export function acquireLock(dataDir: string): DataDirLock {
  const path = join(resolve(dataDir), 'assent.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify(identityOf(process.pid)));
      } finally {
        closeSync(fd);
      }
      heldHere.add(path);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          heldHere.delete(path);
          try {
            unlinkSync(path);
          } catch {
            // already gone: nothing to release
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = parseHolder(readOr(path) ?? '');
      if (holder && holderIsRunning(path, holder)) {
        throw new DataDirLockedError(dataDir, holder.pid, path);
      }
      // Unreadable and fresh: another starter created it and is about to write its name.
      if (!holder && Date.now() - modifiedAt(path) < 10_000) {
        throw new DataDirLockedError(dataDir, 0, path);
      }
      // Stale (its owner died) or unreadable (a crash while it was written): take it over.
      try {
        unlinkSync(path);
      } catch {
        // another starter removed it first; the next attempt decides
      }
    }
  }
  throw new Error(`could not take the lock ${path}`);
}
