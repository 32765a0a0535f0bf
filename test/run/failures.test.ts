// New versus known failures (pipeline/run/failures.ts): failing_since_run is set when a file
// enters a failing status or changes while failing, kept while it stays as it is, cleared
// when it loads; a failure is known when it was there, as it is, at the end of the last
// finished run. And migration 016, which rebuilt the runs table, on a database from before it.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { migrate, sqlDir } from '../../pipeline/load/migrate.js';
import { RunInterruptedError, runPipeline } from '../../pipeline/run/index.js';
import { GENERATED, SEEDS } from '../helpers.js';

let dir: string;
let input: string;
let db: DB;
const run = (extra: Partial<Parameters<typeof runPipeline>[1]> = {}) =>
  runPipeline(db, { input, full: false, concurrency: 1, log: pino({ level: 'silent' }), ...extra });
const since = () =>
  Object.fromEntries(
    (
      db.prepare(`SELECT path, status, failing_since_run FROM source_files`).all() as Array<{ path: string; status: string; failing_since_run: number | null }>
    ).map((r) => [path.basename(r.path), [r.status, r.failing_since_run]]),
  );
const seed = readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-failures-'));
  input = path.join(dir, 'raw');
  mkdirSync(input);
  db = openDatabase(path.join(dir, 'db.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('failing_since_run', () => {
  it('is kept while a file fails as it is, renewed when it changes, cleared when it loads; a loaded file that breaks is new', async () => {
    copyFileSync(path.join(SEEDS, seed), path.join(input, 'good.txt'));
    copyFileSync(path.join(GENERATED, 'broken', 'protected.pdf'), path.join(input, 'bad.txt'));
    expect((await run()).counts).toMatchObject({ files_failed: 1, files_failed_new: 1, files_failed_known: 0 });
    expect((await run({ verify: true })).counts).toMatchObject({ files_failed_new: 0, files_failed_known: 1 }); // re-read: same content
    expect(since()).toEqual({ 'good.txt': ['loaded', null], 'bad.txt': ['failed', 1] });
    writeFileSync(path.join(input, 'good.txt'), '');
    utimesSync(path.join(input, 'good.txt'), 1_800_000_000, 1_800_000_000);
    expect((await run()).counts).toMatchObject({ files_failed: 2, files_failed_new: 1, files_failed_known: 1 });
    expect(since()).toEqual({ 'good.txt': ['failed', 3], 'bad.txt': ['failed', 1] });
    copyFileSync(path.join(SEEDS, seed), path.join(input, 'bad.txt'));
    utimesSync(path.join(input, 'bad.txt'), 1_800_000_000, 1_800_000_000);
    expect((await run()).counts).toMatchObject({ files_failed: 1, files_failed_new: 0, files_failed_known: 1 });
    expect(since()).toEqual({ 'good.txt': ['failed', 3], 'bad.txt': ['loaded', null] });
  });

  it('a failure first recorded by an interrupted run is new to the next run (nobody was told), known after it', async () => {
    // listed first: recorded before the stop
    copyFileSync(path.join(GENERATED, 'broken', 'junk.txt'), path.join(input, '0-broken.txt'));
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) copyFileSync(path.join(SEEDS, f), path.join(input, f));
    const stop = new AbortController();
    const progress = { start: () => undefined, end: () => undefined, tick: () => stop.abort('SIGINT') };
    const err = await run({ signal: stop.signal, progress }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunInterruptedError);
    expect(since()['0-broken.txt']).toEqual(['failed', 1]);
    const next = await run();
    expect(next.counts).toMatchObject({ files_failed_new: 1, files_failed_known: 0 });
    expect((await run()).counts).toMatchObject({ files_failed_new: 0, files_failed_known: 1 });
  });
});

describe('migration 016', () => {
  it('rebuilds runs with the rows and references it had: old failures count as new, failing files fail since the run that recorded them', () => {
    const old = path.join(dir, 'sql');
    cpSync(sqlDir(), old, { recursive: true });
    for (const f of readdirSync(old).filter((f) => Number(f.slice(0, 3)) >= 16)) rmSync(path.join(old, f));
    // today's views read tables of later migrations (figures, 017)
    rmSync(path.join(old, 'views'), { recursive: true });
    const file = path.join(dir, 'old.sqlite');
    const handle = new Database(file);
    handle.pragma('foreign_keys = ON');
    migrate(handle, old);
    handle.exec(`INSERT INTO runs (id, started_at, input, parser_version, host, mode, status, files_failed) VALUES
        (1, '2024-01-01', '/in', '0.9', 'h', 'incremental', 'partial', 1), (2, '2024-01-02', '/in', '0.9', 'h', 'incremental', 'running', 0);
      INSERT INTO source_files (path, bytes, mtime_ms, status, error, parser_version, first_seen_run, first_seen_at, last_seen_run, last_seen_at, processed_run)
      VALUES ('/in/a.pdf', 1, 1, 'failed', 'x', '0.9', 1, 't', 2, 't', 1), ('/in/b.txt', 1, 1, 'loaded', NULL, '0.9', 1, 't', 2, 't', 2);`);
    handle.close();
    db.close();
    db = openDatabase(file);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare(`SELECT id, status, files_failed, files_failed_new, files_failed_known FROM runs ORDER BY id`).all()).toEqual([
      { id: 1, status: 'partial', files_failed: 1, files_failed_new: 1, files_failed_known: 0 },
      { id: 2, status: 'running', files_failed: 0, files_failed_new: 0, files_failed_known: 0 },
    ]);
    expect(db.prepare(`SELECT path, failing_since_run FROM source_files ORDER BY path`).all()).toEqual([
      { path: '/in/a.pdf', failing_since_run: 1 },
      { path: '/in/b.txt', failing_since_run: null },
    ]);
    db.prepare(`UPDATE runs SET status = 'interrupted' WHERE id = 2`).run();
    expect(() => db.prepare(`DELETE FROM runs WHERE id = 1`).run()).toThrow(/FOREIGN KEY/);
  });
});
