// The runs table: one row per `disclosure run`, with its counts by status and how it ended:
// ok / partial (some files failed), crashed (a database error, or a process that died),
// interrupted (SIGINT/SIGTERM), refused (the input looked unmounted; nothing was changed).
import os from 'node:os';
import type { DB } from './db.js';

export interface RunCounts {
  files_seen: number;
  files_new: number;
  files_changed: number;
  files_unchanged: number;
  /** failed or needs_ocr: files_failed_new + files_failed_known */
  files_failed: number;
  /** failures that were not there, as they are, at the end of the last finished run */
  files_failed_new: number;
  /** the same file, same content, same failure as at the end of the last finished run */
  files_failed_known: number;
  files_needs_ocr: number;
  files_unsupported: number;
  files_missing: number;
  reports_loaded: number;
  reports_failing_checks: number;
}

export const emptyCounts = (): RunCounts => ({
  files_seen: 0,
  files_new: 0,
  files_changed: 0,
  files_unchanged: 0,
  files_failed: 0,
  files_failed_new: 0,
  files_failed_known: 0,
  files_needs_ocr: 0,
  files_unsupported: 0,
  files_missing: 0,
  reports_loaded: 0,
  reports_failing_checks: 0,
});

export type RunStatus = 'running' | 'ok' | 'partial' | 'crashed' | 'interrupted' | 'refused';

/** Which failures make `disclosure run` and `disclosure status` exit 1 (`--fail-on`). */
export type FailOn = 'new' | 'any' | 'none';

/** The failures of a run that count under `failOn`. */
export const failuresThatCount = (c: Pick<RunCounts, 'files_failed' | 'files_failed_new'>, failOn: FailOn): number =>
  failOn === 'new' ? c.files_failed_new : failOn === 'any' ? c.files_failed : 0;

/** A run that finished its work (its failures were reported by its exit code). */
export const FINISHED: readonly RunStatus[] = ['ok', 'partial'];

/** The last run that finished (0: none): a failure that was there at its end is known. */
export function lastFinishedRun(db: DB, before = Number.MAX_SAFE_INTEGER): number {
  const row = db.prepare(`SELECT COALESCE(MAX(id), 0) AS id FROM runs WHERE status IN ('ok', 'partial') AND id < ?`).get(before) as { id: number };
  return row.id;
}

/**
 * Whether the last run that touched the files (a refused one touched none) stopped before its
 * end (killed, interrupted, refused by the database): its copies, bodies and exports were
 * not settled, so the next run settles them whatever it finds changed.
 */
export function lastRunUnfinished(db: DB): boolean {
  const row = db.prepare(`SELECT status FROM runs WHERE status <> 'refused' ORDER BY id DESC LIMIT 1`).get() as { status: RunStatus } | undefined;
  return row !== undefined && !FINISHED.includes(row.status);
}

/** Rows left 'running' by a process that is gone: the caller holds the lock, so none is alive. */
function closeAbandoned(db: DB): void {
  db.prepare(
    `UPDATE runs SET status = 'crashed', error = COALESCE(error, 'the process ended without closing its run (killed, power loss)') WHERE status = 'running'`,
  ).run();
}

export function startRun(db: DB, input: string, parserVersion: string, mode: 'incremental' | 'full', workers = 0): number {
  // a run that never finished (killed) is recorded as crashed, not left "running"
  closeAbandoned(db);
  const info = db
    .prepare('INSERT INTO runs (started_at, input, parser_version, host, mode, workers, pid) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(new Date().toISOString(), input, parserVersion, os.hostname(), mode, workers, process.pid);
  return Number(info.lastInsertRowid);
}

const CLOSE = `UPDATE runs SET finished_at = @finished_at, status = @status, error = @error, files_seen = @files_seen, files_new = @files_new,
    files_changed = @files_changed, files_unchanged = @files_unchanged, files_failed = @files_failed, files_failed_new = @files_failed_new,
    files_failed_known = @files_failed_known, files_needs_ocr = @files_needs_ocr, files_unsupported = @files_unsupported,
    files_missing = @files_missing, reports_loaded = @reports_loaded, reports_failing_checks = @reports_failing_checks
  WHERE id = @id`;

function closeRun(db: DB, runId: number, counts: RunCounts, status: RunStatus, error: string | null): void {
  db.prepare(CLOSE).run({ ...counts, id: runId, finished_at: new Date().toISOString(), status, error });
}

export function finishRun(db: DB, runId: number, counts: RunCounts, totals?: DatabaseTotals): void {
  db.transaction(() => {
    closeRun(db, runId, counts, counts.files_failed ? 'partial' : 'ok', null);
    if (totals)
      db.prepare('UPDATE runs SET report_groups = ?, report_copies = ?, report_conflicts = ?, bodies = ? WHERE id = ?').run(
        totals.groups,
        totals.copies,
        totals.conflicts,
        totals.bodies,
        runId,
      );
  })();
}

/** What the database holds, as a finished run leaves it: distinct reports (copy groups), copies, conflicts, bodies. */
export interface DatabaseTotals {
  groups: number;
  copies: number;
  conflicts: number;
  bodies: number;
}

/** The totals the last finished run recorded (undefined before migration 018 or when none did). */
export function lastTotals(db: DB): DatabaseTotals | undefined {
  const r = db
    .prepare(
      `SELECT report_groups AS groups, report_copies AS copies, report_conflicts AS conflicts, bodies FROM runs
       WHERE status IN ('ok', 'partial') AND report_groups IS NOT NULL ORDER BY id DESC LIMIT 1`,
    )
    .get() as DatabaseTotals | undefined;
  return r;
}

/** The run stopped on a signal: the files recorded so far are whole; the next run does the rest. */
export function interruptRun(db: DB, runId: number, counts: RunCounts, reason: string): void {
  closeRun(db, runId, counts, 'interrupted', reason);
}

/** A run closed as finished, then stopped by a signal before its exports were written: marked interrupted. */
export function markInterrupted(db: DB, runId: number, reason: string): void {
  db.prepare(`UPDATE runs SET status = 'interrupted', error = ? WHERE id = ?`).run(reason, runId);
}

/**
 * The run refused to start (the input looked unmounted or emptied): a closed row says so, with
 * the reason, and nothing else is written. Best effort: undefined when the database refused the write.
 */
export function refuseRun(
  db: DB,
  run: { input: string; parserVersion: string; mode: 'incremental' | 'full'; workers: number; seen: number; reason: string },
): number | undefined {
  try {
    return db.transaction(() => {
      closeAbandoned(db);
      const now = new Date().toISOString();
      const info = db
        .prepare(
          `INSERT INTO runs (started_at, finished_at, input, parser_version, host, mode, workers, pid, status, error, files_seen)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'refused', ?, ?)`,
        )
        .run(now, now, run.input, run.parserVersion, os.hostname(), run.mode, run.workers, process.pid, run.reason, run.seen);
      return Number(info.lastInsertRowid);
    })();
  } catch {
    return undefined;
  }
}

export type FileStatusCounts = Record<'loaded' | 'failed' | 'needs_ocr' | 'unsupported', number>;

/** The files of the folder as it stands (present ones), counted by their status. */
export function fileStatusCounts(db: DB): FileStatusCounts {
  const out: FileStatusCounts = { loaded: 0, failed: 0, needs_ocr: 0, unsupported: 0 };
  const rows = db.prepare('SELECT status, COUNT(*) AS n FROM source_files WHERE present = 1 GROUP BY status').all() as Array<{
    status: keyof FileStatusCounts;
    n: number;
  }>;
  for (const r of rows) out[r.status] = r.n;
  return out;
}

/** The run ended on an error: recorded as crashed with the reason (best effort: the database may refuse it). */
export function failRun(db: DB, runId: number, counts: RunCounts, reason: string): boolean {
  try {
    closeRun(db, runId, counts, 'crashed', reason);
    return true;
  } catch {
    return false;
  }
}
