// SQLite errors that end a run (issue 15): the database is busy, full, read-only, gone or
// damaged. Library code throws DatabaseError; only the CLI edge prints it and exits (code 3,
// distinct from 1 = "some files failed"). Each names its cause and what to do.
import { existsSync, statSync } from 'node:fs';

export type DatabaseFault = 'busy' | 'full' | 'readonly' | 'gone' | 'corrupt' | 'io';

const ADVICE: Record<DatabaseFault, string> = {
  busy: 'another process holds the database’s write lock (an open transaction in sqlite3 or DB Browser?); close it and run again',
  full: 'the disk (or the database’s size limit) is full; free space and run again: the files of the lost batch are processed again',
  readonly: 'the database or its folder is read-only for this user; fix the permissions and run again',
  gone: 'the database file was deleted or replaced while the run wrote to it; nothing of this run was kept: run again',
  corrupt: 'the database file is damaged; restore it from a backup, or move it away and run again to rebuild it from the reports',
  io: 'the disk reported an input/output error; check the disk and run again',
};

/** SQLite's primary result codes (better-sqlite3's `code` is the extended name, e.g. SQLITE_BUSY_SNAPSHOT). */
const FAULT_OF: Array<[RegExp, DatabaseFault]> = [
  [/^SQLITE_(BUSY|LOCKED)/, 'busy'],
  [/^SQLITE_FULL/, 'full'],
  [/^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/, 'readonly'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'corrupt'],
  [/^SQLITE_IOERR/, 'io'],
];

export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  constructor(
    readonly fault: DatabaseFault,
    readonly file: string,
    readonly detail: string,
  ) {
    super(`database ${file}: ${detail}; ${ADVICE[fault]}`);
  }
}

/** A SQLite error as a DatabaseError, or undefined when it is not one. */
export function databaseError(err: unknown, file: string): DatabaseError | undefined {
  if (err instanceof DatabaseError) return err;
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string') return undefined;
  const fault = FAULT_OF.find(([re]) => re.test(code))?.[1];
  return fault && new DatabaseError(fault, file, `${code}: ${(err as Error).message}`);
}

/** The identity of the database file on disk, to tell later that it is still the same file. */
export function fileIdentity(file: string): string | undefined {
  try {
    const st = statSync(file);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}

/** Throws `gone` when the file the run opened is no longer at its path (deleted, or replaced). */
export function assertSameFile(file: string, identity: string | undefined): void {
  if (file === ':memory:' || identity === undefined) return;
  if (!existsSync(file) || fileIdentity(file) !== identity) throw new DatabaseError('gone', file, 'the file is no longer the one this run opened');
}
