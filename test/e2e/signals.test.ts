// Long (npm run test:e2e): a real `disclosure run` stopped with SIGINT (Ctrl-C) or SIGTERM
// (systemctl stop) once its log shows files being loaded. It exits 130 / 143 within seconds,
// its run row says interrupted with its counts, every report it loaded is whole, the lock is
// released, and the next run loads the rest. A second signal exits at once, as a SIGKILL
// would: `disclosure status` then shows the run crashed (process gone). The engine's side,
// without processes, is test/run/interrupt.test.ts.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV, ROOT } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
/** The 平潭 series four times over, under four prefixes: a run of several seconds. */
const COPIES = 4;
let dir: string;
let input: string;
let total: number;

interface Exit {
  code: number | null;
  stderr: string;
  /** From the first signal to the process's exit. */
  ms: number;
}

/** Runs the CLI; `onLog` sees each line of stderr, where the CLI logs JSON when it is not a terminal. */
function cli(args: string[], onLog?: (line: { msg: string }, child: ReturnType<typeof spawn>) => void): Promise<Exit & { stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    let signalledAt: number | undefined;
    const kill = child.kill.bind(child);
    child.kill = (signal?: NodeJS.Signals | number) => ((signalledAt ??= Date.now()), kill(signal));
    child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr!.on('data', (b: Buffer) => {
      stderr += b.toString();
      pending += b.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      // the CLI's own lines (not JSON) come as they are
      for (const l of lines) onLog?.(l.startsWith('{') ? (JSON.parse(l) as { msg: string }) : { msg: l }, child);
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr, ms: signalledAt ? Date.now() - signalledAt : 0 }));
  });
}

const run = (db: string, onLog?: Parameters<typeof cli>[1]) =>
  cli(['run', '--input', input, '--db', db, '--out', path.join(path.dirname(db), 'out'), '--workers', '2'], onLog);

/** Figures and findings per file, and the reports loaded. */
function loaded(db: string) {
  const h = new Database(db, { readonly: true });
  try {
    const per = (sql: string) => new Map((h.prepare(sql).all() as Array<{ path: string; n: number }>).map((r) => [path.basename(r.path), r.n]));
    return {
      figures: per(
        `SELECT f.path, COUNT(m.key) AS n FROM reports r JOIN source_files f ON f.id = r.source_file_id LEFT JOIN metric_values m ON m.report_id = r.id GROUP BY f.path`,
      ),
      issues: per(
        `SELECT f.path, COUNT(i.id) AS n FROM reports r JOIN source_files f ON f.id = r.source_file_id LEFT JOIN validation_issues i ON i.report_id = r.id GROUP BY f.path`,
      ),
      runs: h.prepare(`SELECT id, status, finished_at, error, files_new, reports_loaded, files_missing FROM runs ORDER BY id`).all() as Array<{
        id: number;
        status: string;
        finished_at: string | null;
        error: string | null;
        files_new: number;
        reports_loaded: number;
        files_missing: number;
      }>,
    };
  } finally {
    h.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-signals-'));
  input = path.join(dir, 'raw');
  mkdirSync(input);
  const files = readdirSync(path.join(DEV, 'raw'));
  for (let i = 1; i <= COPIES; i++) for (const f of files) copyFileSync(path.join(DEV, 'raw', f), path.join(input, `c${i}_${f}`));
  total = files.length * COPIES;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('disclosure run stopped by %s', (signal, exitCode) => {
  it(`exits ${exitCode}: run row interrupted, reports whole, lock released, and the next run loads the rest`, async () => {
    const db = path.join(dir, signal, 'db.sqlite');
    mkdirSync(path.dirname(db));
    let statusWhileRunning: Promise<Exit & { stdout: string }> | undefined;
    let sent = false;
    const stopped = await run(db, (line, child) => {
      // while it runs, status says so (and exits 1)
      if (line.msg === 'run started') statusWhileRunning = cli(['status', '--db', db, '--json']);
      // once: a second signal would exit at once
      if (line.msg === 'report loaded' && !sent) {
        sent = true;
        child.kill(signal);
      }
    });
    expect(stopped.code, stopped.stderr).toBe(exitCode);
    expect(stopped.ms).toBeLessThan(8000); // the parse threads were stopped, not waited for
    expect(stopped.stderr).toMatch(new RegExp(`${signal}: stopping after the files in hand`));
    expect(stopped.stderr).toMatch(/run #1 stopped by .*: \d+ file\(s\) recorded, whole/);
    expect(stopped.stderr).not.toMatch(/did not stop/);
    const live = await statusWhileRunning!;
    expect(live.code).toBe(1);
    expect(JSON.parse(live.stdout).runs[0]).toMatchObject({ id: 1, status: 'running' });

    const first = loaded(db);
    expect(first.runs).toHaveLength(1);
    expect(first.runs[0]).toMatchObject({ status: 'interrupted', files_missing: 0 });
    expect(first.runs[0]!.finished_at).not.toBeNull();
    expect(first.runs[0]!.reports_loaded).toBe(first.figures.size);
    expect(first.figures.size).toBeGreaterThan(0);
    expect(first.figures.size).toBeLessThan(total);
    expect(existsSync(`${db}.lock`)).toBe(false);
    const status = await cli(['status', '--db', db]);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/#1 \S+ incremental interrupted in [\d.]+ s/);

    const next = await run(db);
    expect(next.code, next.stderr).toBe(0);
    const after = loaded(db);
    expect(after.runs.map((r) => r.status)).toEqual(['interrupted', 'ok']);
    expect(after.runs[1]!.files_new).toBe(total - first.figures.size);
    expect(after.figures.size).toBe(total);
    // whole reports: each report the stopped run loaded has the figures and findings of its
    // copies (same content) that the complete run loaded
    const same = (m: Map<string, number>, name: string) => new Set(Array.from({ length: COPIES }, (_, i) => m.get(name.replace(/^c\d_/, `c${i + 1}_`))));
    for (const name of first.figures.keys()) {
      expect(same(after.figures, name).size, `${name} figures`).toBe(1);
      expect(same(after.issues, name).size, `${name} findings`).toBe(1);
      expect(first.figures.get(name)).toBe(after.figures.get(name));
    }
  });
});

describe('a second signal', () => {
  it('exits at once; status shows the run crashed (process gone); the next run takes the lock over and completes', async () => {
    const db = path.join(dir, 'twice', 'db.sqlite');
    mkdirSync(path.dirname(db));
    let sent = 0;
    const stopped = await run(db, (line, child) => {
      // the second once the first was taken (two at once are one pending signal to the kernel):
      // it lands while the run commits and closes, well before it ends
      if ((line.msg === 'report loaded' && sent === 0) || (line.msg.includes('stopping after the files in hand') && sent === 1)) {
        sent++;
        child.kill('SIGINT');
      }
    });
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/SIGINT again: exiting now/);
    const status = await cli(['status', '--db', db]);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/#1 \S+ incremental crashed \(process gone\) in —/);
    const next = await run(db);
    expect(next.code, next.stderr).toBe(0);
    const after = loaded(db);
    expect(after.runs.map((r) => r.status)).toEqual(['crashed', 'ok']);
    expect(after.figures.size).toBe(total);
  });
});
