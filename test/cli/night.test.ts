// A night you can trust (issue 18): the same broken files night after night are known
// failures and do not fail the job; a new or changed broken file does. The rule itself
// (failing_since_run) is tested at the library level in test/run/failures.test.ts.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED, ROOT, SEEDS } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
let dir: string;
let input: string;
let db: string;
// parsing in the main thread: one file at a time, no thread to start (each run costs seconds)
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const run = (...extra: string[]) => cli('run', '--input', input, '--db', db, '--out', path.join(dir, 'out'), '--workers', '0', ...extra);
const status = (...extra: string[]) => cli('status', '--db', db, ...extra);
const broken = (name: string) => path.join(GENERATED, 'broken', name);
/** Puts `from`'s content at `to` with a new mtime (a replacement the nightly run notices). */
function replace(to: string, from: string, when: number) {
  copyFileSync(from, to);
  utimesSync(to, when, when);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-night-'));
  input = path.join(dir, 'raw');
  mkdirSync(input);
  db = path.join(dir, 'out', 'db.sqlite');
  // read by its content: a password-protected PDF, whatever its name says
  copyFileSync(broken('protected.pdf'), path.join(input, 'a.txt'));
  copyFileSync(broken('junk.txt'), path.join(input, 'b.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('new and known failures, night after night', () => {
  it('the first night: two broken files are new, exit 1', () => {
    const r = run();
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/failures: 2 new, 0 known/);
  });

  it('the next night, unchanged: the same two are known, exit 0, and status says so', () => {
    const r = run();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/failures: 0 new, 2 known/);
    const s = status();
    expect(s.status, s.stdout).toBe(0);
    expect(s.stdout).toMatch(/#2 \S+ incremental partial .*\n.*failures: 0 new, 2 known/);
    expect(s.stdout).toMatch(/new failures \(not failing as they are at the end of run #1, the last finished run before #2\): 0\n {2}known failures .*: 2\n/);
    expect(s.stdout).toMatch(/failed +\S*a\.txt\n +password-protected PDF.* \(failing since run #1, /);
  });

  it('--fail-on any exits 1 for known failures (run and status)', () => {
    expect(run('--fail-on', 'any').status).toBe(1);
    expect(status('--fail-on', 'any').status).toBe(1);
    expect(status('--fail-on', 'new').status).toBe(0);
    expect(run('--fail-on', 'some').status).toBe(2);
  });

  it('a broken file replaced by another broken one is new again: exit 1, with 1 new and 1 known apart in status', () => {
    writeFileSync(path.join(input, 'b.txt'), '');
    utimesSync(path.join(input, 'b.txt'), 1_800_000_000, 1_800_000_000);
    const r = run();
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/failures: 1 new, 1 known/);
    const s = status('--json');
    expect(s.status).toBe(1);
    const json = JSON.parse(s.stdout) as {
      runs: Array<{ id: number; status: string; files_failed_new: number; files_failed_known: number }>;
      failures: Record<'new' | 'known', { total: number; rows: Array<{ path: string; reason: string; failing_since_run: number }> }>;
    };
    const last = json.runs[0]!;
    expect(last).toMatchObject({ status: 'partial', files_failed_new: 1, files_failed_known: 1 });
    expect(json.failures.new.rows.map((f) => [path.basename(f.path), f.reason, f.failing_since_run])).toEqual([['b.txt', 'empty file (0 bytes)', last.id]]);
    expect(json.failures.known.rows.map((f) => [path.basename(f.path), f.failing_since_run])).toEqual([['a.txt', 1]]);
  });

  it('a fixed file loads and loses its failing mark; the one broken last night is known now', () => {
    replace(
      path.join(input, 'a.txt'),
      path.join(
        SEEDS,
        readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!,
      ),
      1_800_000_100,
    );
    const r = run();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 changed, .*\n {2}failures: 0 new, 1 known/);
    const handle = new Database(db, { readonly: true });
    const rows = handle.prepare(`SELECT path, status, failing_since_run FROM source_files ORDER BY path`).all() as Array<{
      path: string;
      status: string;
      failing_since_run: number | null;
    }>;
    handle.close();
    expect(rows.map((f) => [path.basename(f.path), f.status, f.failing_since_run])).toEqual([
      ['a.txt', 'loaded', null],
      ['b.txt', 'failed', 4],
    ]);
  });
});
