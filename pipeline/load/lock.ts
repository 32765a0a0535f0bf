// One run per database at a time: a mkdir-based lock (proper-lockfile) beside the database.
// The lock holds the owner's pid and host: a lock whose process is gone on this host (a run
// killed with SIGKILL) is taken over at once. A live run may block its event loop for
// minutes (a national export), so its lock is never declared stale by its age alone, only
// after a day (a lock left on a shared disk by another host).
import lockfile from 'proper-lockfile';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DatabaseLockedError extends Error {
  override readonly name = 'DatabaseLockedError';
}

const DAY = 24 * 60 * 60 * 1000;
const OPTIONS = {
  stale: DAY,
  update: 60_000,
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

function olderThan(dir: string, ms: number): boolean {
  try {
    return Date.now() - statSync(dir).mtimeMs > ms;
  } catch {
    return false;
  }
}

export async function acquireLock(dbFile: string): Promise<() => Promise<void>> {
  closeSync(openSync(dbFile, 'a')); // proper-lockfile locks an existing path
  const lockDir = `${dbFile}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      const release = await lockfile.lock(dbFile, { ...OPTIONS, lockfilePath: lockDir });
      const owner = path.join(lockDir, 'owner.json');
      writeFileSync(owner, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
      // proper-lockfile removes an empty directory: take the owner file out first
      return async () => {
        rmSync(owner, { force: true });
        await release();
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      if (attempt === 0 && (deadOwner(lockDir) || olderThan(lockDir, DAY))) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      throw new DatabaseLockedError(`another disclosure run is using ${dbFile} (lock ${lockDir}); nothing was changed`);
    }
  }
}
