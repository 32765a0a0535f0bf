// Numbered plain-SQL migrations (sql/NNN_name.sql), each applied in one transaction and
// recorded with its sha256, so an edited migration is detected instead of silently skipped.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export function sqlDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const d = path.join(dir, 'sql');
    if (existsSync(path.join(d, '001_schema.sql'))) return d;
    dir = path.dirname(dir);
  }
  throw new MigrationError('sql/ migrations not found beside the package');
}

export function migrate(db: Database.Database, dir = sqlDir()): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const applied = new Map(
    (db.prepare('SELECT version, name, sha256 FROM schema_migrations').all() as Array<{ version: number; name: string; sha256: string }>).map((r) => [r.version, r]),
  );
  const files = readdirSync(dir).filter((f) => /^\d{3}_.+\.sql$/.test(f)).sort();
  let count = 0;
  for (const f of files) {
    const version = Number(f.slice(0, 3));
    const sql = readFileSync(path.join(dir, f), 'utf8');
    const sha = createHash('sha256').update(sql).digest('hex');
    const done = applied.get(version);
    if (done) {
      if (done.sha256 !== sha) throw new MigrationError(`migration ${f} was edited after it was applied (sha256 differs); add a new migration instead`);
      continue;
    }
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)').run(version, f, sha, new Date().toISOString());
      db.pragma(`user_version = ${version}`);
    })();
    count++;
  }
  return count;
}
