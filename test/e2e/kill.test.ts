// Long (npm run test:e2e): the fast, deterministic form is test/run/crash.test.ts.
// A run killed with SIGKILL at many points: after each, the database opens, passes its
// integrity check and holds no partial report (every report has all of its figures and
// issues); a second run then completes and the database matches a clean run exactly.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH_ENV } from '../../pipeline/run/crash-hook.js';
import { content, countBy, partialReports, type Content } from '../db-content.js';
import { DEV, FORMATS, ROOT, SEEDS } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
let dir: string;
let input: string;

/** Runs the CLI; with `killAfterMs`, SIGKILLs it then. Resolves when the process is gone. */
function runCli(db: string, killAfterMs?: number, env: NodeJS.ProcessEnv = {}): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'run', '--input', input, '--db', db, '--out', path.join(path.dirname(db), 'out'), '--workers', '2'], {
      stdio: 'ignore',
      env: { ...process.env, [CRASH_ENV]: '', ...env },
    });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

let clean: Content;
/** How long a clean run takes here: the kill points are fractions of it, so they land mid-run on a slow or a fast machine. */
let cleanMs: number;
const landed: Array<{ ms: number; killed: boolean; reports: number }> = [];
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-kill-'));
  input = path.join(dir, 'raw');
  mkdirSync(input);
  // a corpus of every format: the 平潭 series, the seeds, their Word and PDF copies
  for (const f of readdirSync(path.join(DEV, 'raw'))) copyFileSync(path.join(DEV, 'raw', f), path.join(input, f));
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) copyFileSync(path.join(SEEDS, f), path.join(input, f));
  for (const f of readdirSync(FORMATS).filter((x) => /\.(docx?|pdf)$/.test(x))) copyFileSync(path.join(FORMATS, f), path.join(input, f));
  const cleanDb = path.join(dir, 'clean', 'db.sqlite');
  // the faster of two clean runs: the first pays for cold caches, and a kill point measured
  // on it lands after the end of a warm run
  cleanMs = Infinity;
  for (const name of ['clean', 'clean2']) {
    const file = path.join(dir, name, 'db.sqlite');
    mkdirSync(path.dirname(file), { recursive: true });
    const t = Date.now();
    expect(await runCli(file)).toBe(0);
    cleanMs = Math.min(cleanMs, Date.now() - t);
  }
  clean = content(cleanDb);
  expect(content(path.join(dir, 'clean2', 'db.sqlite'))).toEqual(clean);
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SIGKILL during a run', () => {
  // denser where the files are written (after start-up, before the exports and report.html): with
  // the faster PDF reader that window is about a quarter of a run here
  it.each([0.1, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.75, 0.9])(
    'killed at %f of a clean run: no partial report, and the next run matches a clean run',
    async (fraction) => {
      const ms = Math.round(cleanMs * fraction);
      const db = path.join(dir, `k${fraction}`, 'db.sqlite');
      mkdirSync(path.dirname(db));
      const code = await runCli(db, ms);
      // whether it was killed in time or had finished, the database is whole
      const handle = new Database(db);
      expect(handle.pragma('integrity_check', { simple: true })).toBe('ok');
      handle.close();
      const after = content(db);
      const figures = countBy(clean.metrics);
      const issues = countBy(clean.issues);
      for (const [file, n] of countBy(after.metrics)) expect(n, `${file} figures`).toBe(figures.get(file));
      for (const [file, n] of countBy(after.issues)) expect(n, `${file} issues`).toBe(issues.get(file));
      for (const r of after.reports as Array<{ path: string }>) expect(countBy(after.metrics).get(r.path) ?? 0).toBe(figures.get(r.path) ?? 0);
      landed.push({ ms, killed: code !== 0, reports: after.reports.length });
      expect(await runCli(db)).toBe(0);
      expect(content(db)).toEqual(clean);
    },
    60_000,
  );

  // the same after each of the first batches on the whole corpus, wherever the clock is
  it.each([1, 2, 3])(
    'killed by the crash hook after batch %i: no partial report, and the next run matches a clean run',
    async (batches) => {
      const db = path.join(dir, `b${batches}`, 'db.sqlite');
      mkdirSync(path.dirname(db));
      const code = await runCli(db, undefined, { [CRASH_ENV]: String(batches) });
      const after = content(db);
      expect(partialReports(after, clean)).toEqual([]);
      // killed (by its own SIGKILL: no exit code), unless the run had fewer batches than that
      expect([null, 0]).toContain(code);
      expect(await runCli(db)).toBe(0);
      expect(content(db)).toEqual(clean);
    },
    60_000,
  );

  it('landed mid-run: some kills left a database with some reports and not all', () => {
    const mid = landed.filter((l) => l.killed && l.reports > 0 && l.reports < clean.reports.length);
    expect(mid.length, JSON.stringify(landed)).toBeGreaterThanOrEqual(2);
  });
});
