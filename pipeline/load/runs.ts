// The runs table: one row per `disclosure run`, with its counts by status.
import os from 'node:os';
import type { DB } from './db.js';

export interface RunCounts {
  files_seen: number;
  files_new: number;
  files_changed: number;
  files_unchanged: number;
  /** failed or needs_ocr: the files that make the run exit 1 */
  files_failed: number;
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
  files_needs_ocr: 0,
  files_unsupported: 0,
  files_missing: 0,
  reports_loaded: 0,
  reports_failing_checks: 0,
});

export function startRun(db: DB, input: string, parserVersion: string, mode: 'incremental' | 'full', workers = 0): number {
  // a run that never finished (killed) is recorded as crashed, not left "running"
  db.prepare(`UPDATE runs SET status = 'crashed' WHERE status = 'running'`).run();
  const info = db
    .prepare('INSERT INTO runs (started_at, input, parser_version, host, mode, workers) VALUES (?, ?, ?, ?, ?, ?)')
    .run(new Date().toISOString(), input, parserVersion, os.hostname(), mode, workers);
  return Number(info.lastInsertRowid);
}

export function finishRun(db: DB, runId: number, counts: RunCounts): void {
  db.prepare(
    `UPDATE runs SET finished_at = @finished_at, status = @status, files_seen = @files_seen, files_new = @files_new,
       files_changed = @files_changed, files_unchanged = @files_unchanged, files_failed = @files_failed,
       files_needs_ocr = @files_needs_ocr, files_unsupported = @files_unsupported, files_missing = @files_missing, reports_loaded = @reports_loaded, reports_failing_checks = @reports_failing_checks
     WHERE id = @id`,
  ).run({ ...counts, id: runId, finished_at: new Date().toISOString(), status: counts.files_failed ? 'partial' : 'ok' });
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
    db.prepare(
      `UPDATE runs SET finished_at = @finished_at, status = 'crashed', error = @error, files_seen = @files_seen, files_new = @files_new,
         files_changed = @files_changed, files_unchanged = @files_unchanged, files_failed = @files_failed,
         files_needs_ocr = @files_needs_ocr, files_unsupported = @files_unsupported, files_missing = @files_missing, reports_loaded = @reports_loaded, reports_failing_checks = @reports_failing_checks
       WHERE id = @id`,
    ).run({ ...counts, id: runId, finished_at: new Date().toISOString(), error: reason });
    return true;
  } catch {
    return false;
  }
}
