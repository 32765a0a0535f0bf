// What the nightly run does with a hostile input folder (issue 15): entries it does not read
// get a row with the reason (once, not rewritten every night); an emptied or unmounted folder
// stops the run before anything is marked missing (issue 18: more than 20% gone by default, a
// refused run row, the CSVs untouched); the run never reads its own database; one lock per
// real database file.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_MISSING_SHARE, runPipeline } from '../../pipeline/run/index.js';
import { InputVanishedError } from '../../pipeline/run/errors.js';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { acquireLock, DatabaseLockedError } from '../../pipeline/load/lock.js';
import { ROOT, SEEDS } from '../helpers.js';

let dir: string;
let input: string;
let db: DB;
const run = (extra: Partial<Parameters<typeof runPipeline>[1]> = {}) =>
  runPipeline(db, { input, full: false, concurrency: 2, log: pino({ level: 'silent' }), ...extra });
const rows = () =>
  db.prepare(`SELECT path, status, error, present FROM source_files ORDER BY path`).all() as Array<{
    path: string;
    status: string;
    error: string | null;
    present: number;
  }>;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-input-'));
  input = path.join(dir, 'raw');
  mkdirSync(input);
  for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) copyFileSync(path.join(SEEDS, f), path.join(input, f));
  db = openDatabase(path.join(dir, 'db.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('entries that are not read', () => {
  it('get a row with the reason, and are not rewritten by the next run', async () => {
    symlinkSync('..', path.join(input, 'up'));
    symlinkSync(path.join(input, '000_889672adc75fe0f6.txt'), path.join(input, 'again.txt'));
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(input, 'dangling.txt'));
    execFileSync('mkfifo', [path.join(input, 'pipe.txt')]);
    const first = await run();
    expect(first.counts).toMatchObject({ reports_loaded: 5, files_seen: 9 });
    const r = rows()
      .filter((x) => x.status !== 'loaded')
      .map((x) => [path.basename(x.path), x.status]);
    expect(r).toEqual([
      ['again.txt', 'unsupported'],
      ['dangling.txt', 'failed'],
      ['pipe.txt', 'unsupported'],
      ['up', 'unsupported'],
    ]);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM reports`).get()).toEqual({ n: 5 }); // the loop and the link added none
    const second = await run();
    expect(second.counts).toMatchObject({ files_new: 0, files_changed: 0, files_unchanged: 9 });
  });
});

const runRows = () =>
  db.prepare(`SELECT id, status, error, finished_at, files_seen, files_missing FROM runs ORDER BY id`).all() as Array<{
    id: number;
    status: string;
    error: string | null;
    finished_at: string | null;
    files_seen: number;
    files_missing: number;
  }>;

describe('an emptied or unmounted input folder', () => {
  it('stops the run before anything is marked missing, and leaves a refused run row that says why', async () => {
    await run();
    for (const f of readdirSync(input)) unlinkSync(path.join(input, f));
    const err = await run().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputVanishedError);
    expect(rows().every((x) => x.present === 1)).toBe(true);
    const [, refused] = runRows();
    expect(refused).toMatchObject({ status: 'refused', files_seen: 0, files_missing: 0 });
    expect(refused!.error).toMatch(/5 of the 5 files .* are gone \(the folder is empty\): is the folder mounted\?/);
    expect(refused!.finished_at).not.toBeNull();
    expect((err as InputVanishedError).runId).toBe(refused!.id);
  });

  it('so does more than the allowed share gone at once; fewer, or --allow-missing, are marked missing', async () => {
    await run();
    const files = readdirSync(input).sort();
    for (const f of files.slice(0, 3)) unlinkSync(path.join(input, f));
    await expect(run()).rejects.toThrow(/3 of the 5 files .* are gone \(more than 20%\): is the folder mounted\? Nothing was marked missing/);
    expect((await run({ maxMissingShare: 0.6 })).counts.files_missing).toBe(3);
    unlinkSync(path.join(input, files[3]!));
    unlinkSync(path.join(input, files[4]!));
    expect((await run({ maxMissingShare: 1 })).counts.files_missing).toBe(2);
    expect(runRows().map((r) => r.status)).toEqual(['ok', 'refused', 'ok', 'ok']);
  });

  it('by default takes up to 20% of the known files gone (1 of 5), and refuses more (2 of 5)', async () => {
    expect(DEFAULT_MAX_MISSING_SHARE).toBe(0.2);
    await run();
    const files = readdirSync(input).sort();
    unlinkSync(path.join(input, files[0]!));
    expect((await run()).counts.files_missing).toBe(1);
    // 2 of the 4 still known: 50%
    unlinkSync(path.join(input, files[1]!));
    unlinkSync(path.join(input, files[2]!));
    await expect(run()).rejects.toThrow(/2 of the 4 files .* are gone \(more than 20%\)/);
    expect(rows().filter((x) => !x.present)).toHaveLength(1);
  });
});

describe('disclosure run on an emptied input folder', () => {
  const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
  const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  /** Every file of the output folder (the CSVs, report.html) with its bytes. */
  const outputs = (out: string) =>
    new Map(
      readdirSync(out, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => [e.name, readFileSync(path.join(out, e.name))]),
    );

  it('exits 4 leaving the CSVs and report.html byte for byte as they were; status shows the refused run and exits 1', () => {
    const dbFile = path.join(dir, 'cli', 'db.sqlite');
    const out = path.join(dir, 'cli', 'out');
    const args = ['--input', input, '--db', dbFile, '--out', out, '--workers', '1'];
    expect(cli('run', ...args).status).toBe(0);
    const before = outputs(out);
    expect([...before.keys()]).toEqual(expect.arrayContaining(['reports.csv', 'region_year.csv', 'report.html']));
    for (const f of readdirSync(input)) unlinkSync(path.join(input, f));
    const refused = cli('run', ...args);
    expect(refused.status, refused.stderr).toBe(4);
    expect(refused.stderr).toMatch(/5 of the 5 files .* are gone \(the folder is empty\): is the folder mounted\? Nothing was marked missing/);
    expect(outputs(out)).toEqual(before);
    const status = cli('status', '--db', dbFile);
    expect(status.status).toBe(1);
    expect(status.stdout).toMatch(/#2 \S+ incremental refused in [\d.]+ s .*\n.*\n {5}refused: 5 of the 5 files .* are gone \(the folder is empty\)/);
    const handle = new Database(dbFile, { readonly: true });
    expect(handle.prepare(`SELECT COUNT(*) AS n FROM source_files WHERE present = 0`).get()).toEqual({ n: 0 });
    handle.close();
  });
});

describe('the run and its own files', () => {
  it('never reads its database or its output folder when they sit inside the input', async () => {
    db.close();
    const file = path.join(input, 'db.sqlite');
    db = openDatabase(file);
    mkdirSync(path.join(input, 'out'));
    copyFileSync(path.join(SEEDS, '000_889672adc75fe0f6.txt'), path.join(input, 'out', 'copy.txt'));
    const res = await run({ exclude: [file, `${file}-wal`, `${file}-shm`, `${file}.lock`, path.join(input, 'out')] });
    expect(res.counts).toMatchObject({ files_seen: 5, reports_loaded: 5, files_failed: 0 });
    expect(rows().some((x) => x.path.startsWith(file) || x.path.includes('/out/'))).toBe(false);
  });

  it('takes one lock per real database file, whatever path names it', async () => {
    const real = path.join(dir, 'real.sqlite');
    const link = path.join(dir, 'link.sqlite');
    openDatabase(real).close();
    symlinkSync(real, link);
    const release = await acquireLock(real);
    try {
      await expect(acquireLock(link)).rejects.toBeInstanceOf(DatabaseLockedError);
    } finally {
      await release();
    }
  });
});

describe('--verify', () => {
  it('notices a file replaced by another of the same size and mtime, and parses only that one', async () => {
    const { readFileSync, statSync, utimesSync, writeFileSync } = await import('node:fs');
    const a = path.join(input, '000_889672adc75fe0f6.txt');
    const b = path.join(input, '003_9e41aa4172b10319.txt');
    // a whole second: set again exactly after the rewrite (a Date's float seconds can land a hair off)
    const when = 1_700_000_000;
    utimesSync(a, when, when);
    await run();
    const st = statSync(a);
    // another report cut to the same length, with the same mtime
    const other = Buffer.concat([readFileSync(b), Buffer.alloc(Math.max(0, st.size - statSync(b).size), 0x0a)]).subarray(0, st.size);
    writeFileSync(a, other);
    utimesSync(a, when, when);
    expect((await run()).counts).toMatchObject({ files_changed: 0, files_unchanged: 5 }); // not noticed without --verify
    const verified = await run({ verify: true });
    expect(verified.counts).toMatchObject({ files_changed: 1, files_unchanged: 4 });
    const body = db.prepare(`SELECT r.body_name FROM reports r JOIN source_files f ON f.id = r.source_file_id WHERE f.path = ?`).get(a) as {
      body_name: string;
    };
    expect(body.body_name).toBe('红花尔基镇人民政府');
  });
});

describe('file names that are not UTF-8', () => {
  it('are read by their bytes: two GBK names are two reports, each loaded', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const named = (bytes: number[]) => Buffer.concat([Buffer.from(`${input}/`), Buffer.from(bytes), Buffer.from('.txt')]);
    writeFileSync(named([0xb1, 0xa8, 0xb8, 0xe6]), readFileSync(path.join(SEEDS, '000_889672adc75fe0f6.txt'))); // 报告
    writeFileSync(named([0xc4, 0xea, 0xb1, 0xa8]), readFileSync(path.join(SEEDS, '001_5b48e1924422d7f6.txt'))); // 年报
    const res = await run();
    expect(res.counts).toMatchObject({ files_seen: 7, reports_loaded: 7, files_failed: 0 });
    const escaped = rows()
      .filter((x) => x.path.includes('\\x'))
      .map((x) => [path.basename(x.path), x.status]);
    expect(escaped).toEqual([
      ['\\xB1\\xA8\\xB8\\xE6.txt', 'loaded'],
      ['\\xC4\\xEA\\xB1\\xA8.txt', 'loaded'],
    ]);
    expect((await run()).counts).toMatchObject({ files_unchanged: 7, files_changed: 0 });
  });
});
