// One run per database at a time: a mkdir-based lock (proper-lockfile) beside the database.
// The lock holds the owner's pid and host: a lock whose process is gone on this host (a run
// killed with SIGKILL) is taken over at once, and so is a lock directory without an owner
// older than a minute (left by a crash between its two steps). A live run may block its event loop for
// minutes (a national export), so its lock is never declared stale by its age alone, only
// after a day (a lock left on a shared disk by another host).
import lockfile from 'proper-lockfile';
import { closeSync, existsSync, openSync, readFileSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DatabaseLockedError extends Error {
  override readonly name = 'DatabaseLockedError';
}

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60_000;
const OPTIONS = {
  stale: DAY,
  realpath: false,
  // a late refresh (the run was busy) is not a lost lock: the pid in owner.json still holds it
  onCompromised: () => undefined,
} as const;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock's owner, if it is a process of this host that no longer exists. */
function deadOwner(lockDir: string): boolean {
  try {
    const owner = JSON.parse(readFileSync(path.join(lockDir, 'owner.json'), 'utf8')) as { pid: number; host: string };
    return owner.host === os.hostname() && !alive(owner.pid);
  } catch {
    return false;
  }
}

/**
 * Who holds the lock of `dbFile`, read without taking it (`disclosure status`): undefined when
 * nobody does, `pid` undefined when the lock directory has no owner file (being taken, or left
 * by a crash between its two steps). `alive` is known only for a process of this host.
 */
export function lockOwner(dbFile: string): { pid?: number; host?: string; alive?: boolean } | undefined {
  let lockDir: string;
  try {
    lockDir = `${realpathSync(dbFile)}.lock`;
  } catch {
    return undefined;
  }
  if (!existsSync(lockDir)) return undefined;
  try {
    const owner = JSON.parse(readFileSync(path.join(lockDir, 'owner.json'), 'utf8')) as { pid: number; host: string };
    return { pid: owner.pid, host: owner.host, ...(owner.host === os.hostname() ? { alive: alive(owner.pid) } : {}) };
  } catch {
    return {};
  }
}

/** A lock directory without its owner file: a live run writes it the moment it has the lock. */
function ownerless(lockDir: string): boolean {
  return !existsSync(path.join(lockDir, 'owner.json')) && olderThan(lockDir, MINUTE);
}

function olderThan(dir: string, ms: number): boolean {
  try {
    return Date.now() - statSync(dir).mtimeMs > ms;
  } catch {
    return false;
  }
}

/** `updateMs`: how often the lock's mtime is refreshed (a minute; tests use less). */
export async function acquireLock(dbFile: string, { updateMs = MINUTE } = {}): Promise<() => Promise<void>> {
  closeSync(openSync(dbFile, 'a')); // proper-lockfile locks an existing path
  // the lock sits beside the real file: two runs naming one database by two paths (a
  // symbolic link) take one lock
  dbFile = realpathSync(dbFile);
  const lockDir = `${dbFile}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      const release = await lockfile.lock(dbFile, { ...OPTIONS, update: updateMs, lockfilePath: lockDir });
      const owner = path.join(lockDir, 'owner.json');
      // proper-lockfile's heartbeat checks that the directory's mtime is still the one it
      // set: writing the owner file changes it, so it is put back (else the first refresh
      // finds the lock "compromised", stops refreshing, and release() refuses)
      const { atime, mtime } = statSync(lockDir);
      writeFileSync(owner, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
      utimesSync(lockDir, atime, mtime);
      return async () => {
        // proper-lockfile removes an empty directory: take the owner file out first
        rmSync(owner, { force: true });
        try {
          await release();
        } catch {
          // the lock was ours; whatever proper-lockfile thinks of it, no directory may stay
          // behind to refuse every later run
          rmSync(lockDir, { recursive: true, force: true });
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      if (attempt === 0 && (deadOwner(lockDir) || ownerless(lockDir) || olderThan(lockDir, DAY))) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      throw new DatabaseLockedError(`another disclosure run is using ${dbFile} (lock ${lockDir}); nothing was changed`);
    }
  }
}
