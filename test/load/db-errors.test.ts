// Database faults end a run in order (issue 15): the batch in hand rolled back, a
// DatabaseError naming the cause and what to do (the CLI exits 3), the run row marked
// crashed with the reason where the database can still take it, the database intact.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/run/index.js';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { DatabaseError } from '../../pipeline/load/db-error.js';
import { DEV, ROOT } from '../helpers.js';

let dir: string;
let input: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-dberr-'));
  input = path.join(dir, 'raw');
  mkdirSync(input);
  // enough files for several batches
  for (const f of readdirSync(path.join(DEV, 'raw')).slice(0, 12)) copyFileSync(path.join(DEV, 'raw', f), path.join(input, f));
  file = path.join(dir, 'db.sqlite');
  openDatabase(file).close(); // migrated, empty
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A logger that calls `at` when the run has started (its run row is written). */
const onStart = (at: () => void) => pino({ level: 'info' }, { write: (line: string) => (line.includes('"run started"') ? at() : undefined) });

const run = (db: DB, log = pino({ level: 'silent' })) => runPipeline(db, { input, full: false, concurrency: 2, log });

const fault = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DatabaseError);
  return err as DatabaseError;
};

describe('a database fault ends the run in order', () => {
  it('busy when the run starts: another connection holds the write lock', async () => {
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const db = openDatabase(file, { busyTimeoutMs: 200 });
    const err = await fault(run(db));
    expect(err.fault).toBe('busy');
    expect(err.message).toMatch(/write lock/);
    other.exec('ROLLBACK');
    other.close();
    db.close();
  });

  it('busy in the middle of the run: the batch is rolled back, the next run completes and marks this one crashed', async () => {
    const other = new Database(file);
    const db = openDatabase(file, { busyTimeoutMs: 200 });
    const err = await fault(
      run(
        db,
        onStart(() => other.exec('BEGIN IMMEDIATE')),
      ),
    );
    expect(err.fault).toBe('busy');
    other.exec('ROLLBACK');
    other.close();
    expect(db.prepare('SELECT COUNT(*) AS n FROM reports').get()).toEqual({ n: 0 });
    const again = await run(db);
    expect(again.counts.reports_loaded).toBe(12);
    expect(db.prepare('SELECT status FROM runs ORDER BY id').all()).toEqual([{ status: 'crashed' }, { status: 'ok' }]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('full: the run row says so, and the reports written before stay whole', async () => {
    const db = openDatabase(file);
    // SQLite's own page limit: the same SQLITE_FULL a full disk gives
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 40}`);
    const err = await fault(run(db));
    expect(err.fault).toBe('full');
    expect(err.message).toMatch(/SQLITE_FULL.*free space/);
    db.pragma('max_page_count = 1073741823');
    const row = db.prepare('SELECT status, error FROM runs').get() as { status: string; error: string };
    expect(row.status).toBe('crashed');
    expect(row.error).toMatch(/SQLITE_FULL/);
    // every report in the database has all its figures (no half batch)
    expect(db.prepare(`SELECT COUNT(*) AS n FROM reports r WHERE NOT EXISTS (SELECT 1 FROM metric_values m WHERE m.report_id = r.id)`).get()).toEqual({ n: 0 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('full on a real file system: a 1 MB tmpfs, where the test may mount one', async (ctx) => {
    const { execFileSync } = await import('node:child_process');
    const mnt = path.join(dir, 'small');
    mkdirSync(mnt);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt], { stdio: 'ignore' });
    } catch {
      return ctx.skip('cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN): the SQLite page-limit test above stands for it');
    }
    let err: unknown;
    try {
      const db = openDatabase(path.join(mnt, 'db.sqlite'));
      // the disk fills while the run writes: all but 64 KB of what the migrated database left
      const { statfsSync, writeFileSync } = await import('node:fs');
      const free = statfsSync(mnt);
      writeFileSync(path.join(mnt, 'filler'), Buffer.alloc(Math.max(0, free.bavail * free.bsize - 64 * 1024)));
      err = await run(db).then(
        () => undefined,
        (e: unknown) => e,
      );
      db.close();
    } catch (e) {
      err = e; // full while migrating: the database is refused before the run
    } finally {
      execFileSync('umount', ['-l', mnt]);
    }
    expect(String(err)).toMatch(/SQLITE_FULL/);
    expect(err).toBeInstanceOf(DatabaseError);
    expect((err as DatabaseError).fault).toBe('full');
  });

  it('read-only', async () => {
    const db = new Database(file, { readonly: true });
    expect((await fault(run(db))).fault).toBe('readonly');
    db.close();
  });

  it('gone: the database file deleted while the run wrote to it', async () => {
    const db = openDatabase(file);
    const err = await fault(
      run(
        db,
        onStart(() => unlinkSync(file)),
      ),
    );
    expect(err.fault).toBe('gone');
    expect(err.message).toMatch(/deleted or replaced/);
    db.close();
  });

  it('the CLI exits 3 with one line naming the cause', () => {
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const r = spawnSync(
        process.execPath,
        [path.join(ROOT, 'bin', 'disclosure.mjs'), 'run', '--input', input, '--db', file, '--out', path.join(dir, 'out'), '--workers', '0'],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(r.status).toBe(3);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^disclosure run: database .*SQLITE_BUSY.*write lock/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  }, 60_000);
});
