// Numbered plain-SQL migrations (sql/NNN_name.sql), recorded with their sha256, so an edited
// migration is detected instead of silently skipped. Migrations hold tables, indexes and data
// changes only; the views are definitions, one file each in sql/views/ (NAME.sql declares
// v_NAME, or NAME for a view that took the place of a table of that name), dropped and
// created again whenever a migration is applied or a view's text differs from its file, so a
// view's current text lives in exactly one file.
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

/**
 * The sha256 these migrations had as released, when they still declared views: 014 moved
 * every view to sql/views/ and left them their tables, so a database that applied the
 * released text has the same tables and is not refused as edited.
 */
const RELEASED_WITH_VIEWS: Record<number, string> = {
  2: 'f0eaf4d5ec4a63da454f070fbb1bcad7c73e869d5a28e1b80ffda6bdb74bc90f',
  3: 'bd8dd0c2e2c72c6d5f60043f72aaa0d8ab8860834ba0ff139e9a25a5e5b7d269',
  6: 'f1f8f9151c480e5523499991036f6203cb63f10ed404c67b187df6ce92dc2994',
  10: '4289e0828df211377b41851f791ab07be94403d180fc4c30b057c3d0eb366ae0',
  11: 'aa9404105ca6c4f10679a41f760524d0f4ff541d0347e1052c7fa26955363d06',
  12: '4820ea142a47fb443ae909926659fea7b7baeef119123b0ebac9f6c941e69f66',
};

export interface ViewDefinition {
  /** The file's name without .sql (report_headline). */
  file: string;
  /** The view it declares: v_ + the file's name. */
  name: string;
  /** The files it reads (`-- depends: report_primary, report_checks`). */
  depends: string[];
  /** The CREATE VIEW statement as SQLite keeps it in sqlite_schema (no header, no semicolon). */
  sql: string;
}

/** The view files of `dir`/views in dependency order (a file after those it depends on; else by name). */
export function viewDefinitions(dir = sqlDir()): ViewDefinition[] {
  const vdir = path.join(dir, 'views');
  if (!existsSync(vdir)) return [];
  const defs = new Map<string, ViewDefinition>();
  for (const f of readdirSync(vdir)
    .filter((x) => x.endsWith('.sql'))
    .sort()) {
    const file = f.slice(0, -4);
    const text = readFileSync(path.join(vdir, f), 'utf8');
    const creates = [...text.matchAll(/^CREATE VIEW (\w+) AS\b/gm)];
    // NAME itself: a view standing in for a former table (metric_values), keeping its name
    if (creates.length !== 1 || (creates[0]![1] !== `v_${file}` && creates[0]![1] !== file))
      throw new MigrationError(`sql/views/${f} must declare exactly one view, v_${file} (CREATE VIEW v_${file} AS …)`);
    const body = text.slice(creates[0]!.index).trimEnd();
    if (!body.endsWith(';') || body.slice(0, -1).replace(/--.*$/gm, '').includes(';'))
      throw new MigrationError(`sql/views/${f} must hold one statement, ended by a semicolon`);
    const depends = [...text.matchAll(/^-- depends:(.*)$/gm)].flatMap((m) =>
      m[1]!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    defs.set(file, { file, name: creates[0]![1]!, depends, sql: body.slice(0, -1).trimEnd() });
  }
  const ordered: ViewDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (file: string, from: string) => {
    const d = defs.get(file);
    if (!d) throw new MigrationError(`sql/views/${from}.sql depends on ${file}, which has no file in sql/views/`);
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'visiting') throw new MigrationError(`sql/views/${file}.sql depends on itself (through ${from})`);
    state.set(file, 'visiting');
    for (const x of d.depends) visit(x, file);
    state.set(file, 'done');
    ordered.push(d);
  };
  for (const file of defs.keys()) visit(file, file);
  return ordered;
}

/** Whether every view of the files is in the database with exactly its file's text. */
function viewsCurrent(db: Database.Database, views: ViewDefinition[]): boolean {
  const have = new Map(
    (db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'view'`).all() as Array<{ name: string; sql: string }>).map((r) => [r.name, r.sql]),
  );
  return views.every((v) => have.get(v.name) === v.sql);
}

/**
 * Applies the pending migrations and brings the views to their files' text, in one
 * transaction. Views are dropped before the migrations run (a migration never has to
 * mind them) and created after, in dependency order; each is compiled once, so a view that
 * names a missing column fails the migrate rather than an analyst's query. Views the files
 * do not declare (an analyst's own) are left alone; a view the project retires is dropped by
 * a migration. Nothing is written when nothing is pending and every view is current.
 * Returns the number of migrations applied.
 */
export function migrate(db: Database.Database, dir = sqlDir()): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const applied = new Map(
    (db.prepare('SELECT version, name, sha256 FROM schema_migrations').all() as Array<{ version: number; name: string; sha256: string }>).map((r) => [
      r.version,
      r,
    ]),
  );
  const files = readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort();
  const pending: Array<{ version: number; file: string; sql: string; sha: string }> = [];
  for (const f of files) {
    const version = Number(f.slice(0, 3));
    const sql = readFileSync(path.join(dir, f), 'utf8');
    const sha = createHash('sha256').update(sql).digest('hex');
    const done = applied.get(version);
    if (done) {
      if (done.sha256 !== sha && done.sha256 !== RELEASED_WITH_VIEWS[version])
        throw new MigrationError(`migration ${f} was edited after it was applied (sha256 differs); add a new migration instead`);
      continue;
    }
    pending.push({ version, file: f, sql, sha });
  }
  const views = viewDefinitions(dir);
  if (!pending.length && viewsCurrent(db, views)) return 0;
  db.transaction(() => {
    // names come from the view files' names (\w+), never from input; only views: a file's
    // name may still be a table that a pending migration replaces by the view (metric_values)
    const existing = new Set((db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'view'`).all() as Array<{ name: string }>).map((r) => r.name));
    for (const v of views) if (existing.has(v.name)) db.exec(`DROP VIEW ${v.name}`);
    for (const m of pending) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)').run(
        m.version,
        m.file,
        m.sha,
        new Date().toISOString(),
      );
      db.pragma(`user_version = ${m.version}`);
    }
    for (const v of views) {
      db.exec(v.sql);
      try {
        db.prepare(`SELECT * FROM ${v.name} LIMIT 0`);
      } catch (err) {
        throw new MigrationError(`sql/views/${v.file}.sql does not compile: ${(err as Error).message}`);
      }
    }
  })();
  return pending.length;
}
