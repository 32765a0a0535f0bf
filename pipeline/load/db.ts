// Opening the dataset: WAL so analysts can read during the nightly run, foreign keys on,
// migrations applied.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

export type DB = Database.Database;

/** How long a write waits for another connection's lock before SQLITE_BUSY (README: 5 s). */
export const BUSY_TIMEOUT_MS = 5000;

export function openDatabase(file: string, { busyTimeoutMs = BUSY_TIMEOUT_MS } = {}): DB {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  // first: the pragmas below already need the lock of a busy database
  db.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/** The columns of a table or view, in their order. */
export const columnsOf = (db: DB, relation: string): string[] =>
  (db.prepare('SELECT name FROM pragma_table_info(?)').all(relation) as Array<{ name: string }>).map((r) => r.name);
