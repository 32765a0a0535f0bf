// A run stopped through RunOptions.signal (the CLI aborts it on SIGINT/SIGTERM: the real
// signals are sent in test/e2e/signals.test.ts): no new file starts, the files in the pool
// are dropped, what was recorded is committed whole, the row says interrupted, nothing is
// marked missing, and the next run does the rest and settles what the stopped one did not.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { RunInterruptedError, runPipeline } from '../../pipeline/run/index.js';
import { DEV } from '../helpers.js';

let dir: string;
let input: string;
let db: DB;
// a dozen files: enough to stop in the middle
const files = readdirSync(path.join(DEV, 'raw')).sort().slice(0, 12);
const run = (extra: Partial<Parameters<typeof runPipeline>[1]> = {}) =>
  runPipeline(db, { input, full: false, workers: 2, concurrency: 4, log: pino({ level: 'silent' }), ...extra });
const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-interrupt-'));
  input = path.join(dir, 'raw');
  mkdirSync(input);
  for (const f of files) copyFileSync(path.join(DEV, 'raw', f), path.join(input, f));
  db = openDatabase(path.join(dir, 'db.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a run stopped by its signal', () => {
  it('commits the files it recorded, whole, closes its row as interrupted, and the next run loads the rest', async () => {
    const stop = new AbortController();
    let ticks = 0;
    const progress = { start: () => undefined, end: () => undefined, tick: () => ++ticks === 3 && stop.abort('SIGTERM') };
    const err = await run({ signal: stop.signal, progress }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunInterruptedError);
    const e = err as RunInterruptedError;
    expect(e.reason).toBe('SIGTERM');
    const row = db.prepare(`SELECT id, status, finished_at, error, reports_loaded, files_missing FROM runs`).get() as Record<string, unknown>;
    expect(row).toMatchObject({ id: e.runId, status: 'interrupted', files_missing: 0 });
    expect(row.finished_at).not.toBeNull();
    expect(row.error).toMatch(/stopped by SIGTERM: \d+ file\(s\) recorded/);
    const loaded = count(`SELECT COUNT(*) AS n FROM reports`);
    expect(loaded).toBe(row.reports_loaded);
    expect(loaded).toBeGreaterThanOrEqual(3);
    expect(loaded).toBeLessThan(files.length);
    // whole reports: each has its figures
    expect(count(`SELECT COUNT(*) AS n FROM reports r WHERE NOT EXISTS (SELECT 1 FROM metric_values m WHERE m.report_id = r.id)`)).toBe(0);
    expect(count(`SELECT COUNT(*) AS n FROM source_files WHERE present = 0`)).toBe(0);
    const next = await run();
    expect(next.counts).toMatchObject({ files_new: files.length - loaded, files_unchanged: loaded, files_missing: 0 });
    expect(count(`SELECT COUNT(*) AS n FROM reports`)).toBe(files.length);
  });

  it('stopped before it began: nothing is done and no row is written', async () => {
    const stop = new AbortController();
    stop.abort('SIGINT');
    const err = await run({ signal: stop.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunInterruptedError);
    expect((err as RunInterruptedError).runId).toBeUndefined();
    expect(count(`SELECT COUNT(*) AS n FROM runs`)).toBe(0);
  });

  it('after a run that did not finish, the next settles copies, bodies and exports even when no file changed', async () => {
    // a part of the folder, parsed in this thread (no pool to start)
    for (const f of files.slice(6)) rmSync(path.join(input, f));
    expect((await run({ workers: 0 })).changed).toBe(true);
    expect((await run()).changed).toBe(false);
    // as a killed run leaves it
    db.prepare(`INSERT INTO runs (started_at, input, parser_version, host, mode) VALUES ('2024-01-01', ?, '0', 'h', 'incremental')`).run(input);
    const after = await run();
    expect(after.changed).toBe(true);
    expect(after.counts.files_unchanged).toBe(6);
    expect(db.prepare(`SELECT status, error FROM runs ORDER BY id DESC LIMIT 1 OFFSET 1`).get()).toEqual({
      status: 'crashed',
      error: 'the process ended without closing its run (killed, power loss)',
    });
    expect((await run()).changed).toBe(false);
  });
});
