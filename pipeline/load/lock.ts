// One run per database at a time: a mkdir-based lock (proper-lockfile) beside the database.
// A lock left by a killed process goes stale and is taken over.
import lockfile from 'proper-lockfile';
import { closeSync, openSync } from 'node:fs';

export class DatabaseLockedError extends Error {
  override readonly name = 'DatabaseLockedError';
}

export async function acquireLock(dbFile: string): Promise<() => Promise<void>> {
  closeSync(openSync(dbFile, 'a')); // proper-lockfile locks an existing path
  try {
    return await lockfile.lock(dbFile, { stale: 30_000, update: 5_000, realpath: false, lockfilePath: `${dbFile}.lock` });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DatabaseLockedError(`another disclosure run is using ${dbFile} (lock ${dbFile}.lock); nothing was changed`);
    }
    throw err;
  }
}
