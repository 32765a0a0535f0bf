// A run that dies abruptly mid-way (SIGKILL, power cut) leaves whole reports or none, and the
// next run ends as a clean run would. Deterministic: the crash hook
// (DISCLOSURE_CRASH_AFTER_BATCHES, pipeline/run/crash-hook.ts) makes the run SIGKILL itself
// right after its first committed batch, so the kill always lands between a commit and the
// end of the run. The wall-clock kills at many points are in test/e2e/kill.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH_ENV } from '../../pipeline/run/crash-hook.js';
import { content, partialReports, type Content } from '../db-content.js';
import { FORMATS, ROOT, SEEDS } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
let dir: string;
let input: string;
let clean: Content;

/** Runs the CLI to its end; resolves with its exit code or the signal that ended it. */
function runCli(db: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'run', '--input', input, '--db', db, '--out', path.join(path.dirname(db), 'out'), '--workers', '2'], {
      stdio: 'ignore',
      env: { ...process.env, [CRASH_ENV]: '', ...env },
    });
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-crash-'));
  input = path.join(dir, 'raw');
  mkdirSync(input);
  // text, Word and PDF: the seeds and their printed copies
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) copyFileSync(path.join(SEEDS, f), path.join(input, f));
  for (const f of readdirSync(FORMATS).filter((x) => /^seed00[01]\.(docx|pdf)$/.test(x))) copyFileSync(path.join(FORMATS, f), path.join(input, f));
  const cleanDb = path.join(dir, 'clean', 'db.sqlite');
  mkdirSync(path.dirname(cleanDb));
  expect(await runCli(cleanDb)).toEqual({ code: 0, signal: null });
  clean = content(cleanDb);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a run killed right after its first committed batch', () => {
  it('leaves an intact database with no partial report, and the next run matches a clean run', async () => {
    const db = path.join(dir, 'crashed', 'db.sqlite');
    mkdirSync(path.dirname(db));
    expect(await runCli(db, { [CRASH_ENV]: '1' })).toEqual({ code: null, signal: 'SIGKILL' });
    const handle = new Database(db, { readonly: true });
    expect(handle.pragma('integrity_check', { simple: true })).toBe('ok');
    // killed mid-run: the run row was never closed, and the batch it committed is there
    expect(handle.prepare('SELECT status, finished_at FROM runs').all()).toEqual([{ status: 'running', finished_at: null }]);
    handle.close();
    // status tells a dead run from a live one by the lock's owner, and writes nothing
    const status = spawnSync(process.execPath, [BIN, 'status', '--db', db, '--json'], { encoding: 'utf8' });
    expect(status.status).toBe(1);
    expect(JSON.parse(status.stdout).runs[0]).toMatchObject({ status: 'crashed', recorded_status: 'running', status_note: 'process gone' });
    expect(spawnSync(process.execPath, [BIN, 'status', '--db', db], { encoding: 'utf8' }).stdout).toMatch(/#1 \S+ incremental crashed \(process gone\) in —/);
    const reopened = new Database(db, { readonly: true });
    expect(reopened.prepare('SELECT status FROM runs').all()).toEqual([{ status: 'running' }]);
    reopened.close();
    const after = content(db);
    expect(after.files.length).toBeGreaterThan(0);
    expect(partialReports(after, clean)).toEqual([]);
    expect(await runCli(db)).toEqual({ code: 0, signal: null });
    expect(content(db)).toEqual(clean);
  }, 60_000);
});
