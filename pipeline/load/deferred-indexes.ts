// Bulk loads: secondary indexes off while writing, built again by one sort at the end.
// Only indexes nothing in the run reads: figures(key_id) serves analysts' queries by
// metric, never the run itself (deletes go by report id, the primary key's first column).
import type { DB } from './db.js';

const DEFERRABLE = ['figures_key'];

/** Worth it when the run writes many reports compared to what is already there. */
export function shouldDefer(filesToWrite: number, reportsInDatabase: number): boolean {
  return filesToWrite >= 1000 && filesToWrite * 4 >= reportsInDatabase;
}

/** Drops the deferrable indexes, keeping their definitions to build them again. */
export function deferIndexes(db: DB): string[] {
  const rows = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND name IN (${DEFERRABLE.map(() => '?').join(',')})`)
    .all(...DEFERRABLE) as Array<{ name: string; sql: string }>;
  db.transaction(() => {
    for (const r of rows) {
      db.prepare('INSERT OR REPLACE INTO deferred_indexes (name, sql) VALUES (?, ?)').run(r.name, r.sql);
      // names come from the constant list above, never from input
      db.exec(`DROP INDEX ${r.name}`);
    }
  })();
  return rows.map((r) => r.name);
}

/** Builds every index left deferred (by this run, or by a run that was killed). */
export function restoreIndexes(db: DB): string[] {
  const rows = db.prepare('SELECT name, sql FROM deferred_indexes').all() as Array<{ name: string; sql: string }>;
  for (const r of rows) {
    db.transaction(() => {
      db.exec(r.sql.replace(/^CREATE INDEX /i, 'CREATE INDEX IF NOT EXISTS '));
      db.prepare('DELETE FROM deferred_indexes WHERE name = ?').run(r.name);
    })();
  }
  return rows.map((r) => r.name);
}
