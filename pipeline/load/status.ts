// What `disclosure status` reports: the last runs, and the files and reports that need a
// person: unreadable files (failed, needs_ocr), new ones apart from known ones, reports whose
// region is undecided, reports whose published tables break their own arithmetic, and reports
// read from a damaged file (a PDF with broken objects or fonts, text with characters that
// could not be decoded). Read-only: nothing here writes.
import type { lockOwner } from './lock.js';
import type { DB } from './db.js';
import type { FindingRow } from './zh/index.js';
import { lastFinishedRun, type RunCounts, type RunStatus } from './runs.js';

export interface RunRow extends RunCounts {
  id: number;
  started_at: string;
  finished_at: string | null;
  input: string;
  mode: string;
  /** As recorded; a 'running' row whose process is gone is shown as 'crashed' (runState). */
  status: RunStatus;
  parser_version: string;
  host: string;
  workers: number | null;
  /** Why it crashed, was interrupted or refused. */
  error: string | null;
  pid: number | null;
}

/** A run as status shows it: `status` the truth, `recorded_status` what the row says when they differ. */
export type ShownRun = RunRow & { recorded_status?: RunStatus; status_note?: string };

/**
 * A 'running' row runs only while its process holds the lock beside the database: with no
 * lock, a lock of another process, or a lock whose owner is dead, the process is gone
 * (SIGKILL, power loss) and the row is shown as crashed. The row itself is left for the next
 * run to close. A row from before runs kept their pid is running while the lock's owner lives.
 */
export function runState(row: RunRow, owner: ReturnType<typeof lockOwner>): ShownRun {
  if (row.status !== 'running') return row;
  const gone = !owner || owner.pid === undefined || owner.alive === false || (row.pid !== null && (owner.pid !== row.pid || owner.host !== row.host));
  return gone ? { ...row, status: 'crashed', recorded_status: 'running', status_note: 'process gone' } : row;
}

export interface Attention {
  path: string;
  status: string;
  reason: string;
}

export function lastRuns(db: DB, n: number): RunRow[] {
  return db.prepare('SELECT * FROM runs ORDER BY id DESC LIMIT ?').all(n) as RunRow[];
}

export interface Failure extends Attention {
  /** The run since which it fails as it is, and when that run started. */
  failing_since_run: number | null;
  failing_since: string | null;
}

export interface Failures {
  /** The last run that finished before `run` (0: none): what failed at its end, as it is, is known. */
  since_run: number;
  new: { total: number; rows: Failure[] };
  known: { total: number; rows: Failure[] };
}

/**
 * The failing files of the folder (present, failed or needs_ocr) as run `runId` left them:
 * new (failing as they are only since the last run that finished before it) apart from known.
 */
export function failuresOf(db: DB, runId: number | undefined, limit: number): Failures {
  const since = runId === undefined ? 0 : lastFinishedRun(db, runId);
  const part = (cond: string) => {
    const where = `f.present = 1 AND f.status IN ('failed', 'needs_ocr') AND ${cond}`;
    const total = (db.prepare(`SELECT COUNT(*) AS n FROM source_files f WHERE ${where}`).get(since) as { n: number }).n;
    const rows = db
      .prepare(
        `SELECT f.path, f.status, COALESCE(f.error, '') AS reason, f.failing_since_run, r.started_at AS failing_since
         FROM source_files f LEFT JOIN runs r ON r.id = f.failing_since_run WHERE ${where} ORDER BY f.status, f.path LIMIT ?`,
      )
      .all(since, limit) as Failure[];
    return { total, rows };
  };
  // a failing row without the mark (none since migration 016 set it) is known
  return { since_run: since, new: part('f.failing_since_run > ?'), known: part('COALESCE(f.failing_since_run, 0) <= ?') };
}

/** Present files that did not load (failed first, then scans), with their reasons. */
export function filesNeedingAttention(db: DB, limit: number): { total: number; rows: Attention[] } {
  const where = `present = 1 AND status IN ('failed', 'needs_ocr')`;
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM source_files WHERE ${where}`).get() as { n: number }).n;
  const rows = db
    .prepare(`SELECT path, status, COALESCE(error, '') AS reason FROM source_files WHERE ${where} ORDER BY status, path LIMIT ?`)
    .all(limit) as Attention[];
  return { total, rows };
}

/**
 * Findings that a report was read from a damaged file, or that its template tables vanished:
 * its figures may be incomplete.
 */
export const DAMAGE_CODES = ['document_damaged', 'decoding_damage', 'table_missing'] as const;

/**
 * Loaded reports with an undecided region, a failing hard identity check, or a damaged source
 * file. One row per report and finding; a damaged file's notes are joined into one reason, a line each.
 */
export function reportsNeedingAttention(db: DB, limit: number): { total: number; rows: Attention[] } {
  const damage = DAMAGE_CODES.map((c) => `'${c}'`).join(', ');
  const sql = `FROM validation_issues i JOIN reports r ON r.id = i.report_id JOIN source_files f ON f.id = r.source_file_id
    WHERE f.present = 1 AND (i.code IN ('region_ambiguous', 'region_unknown', ${damage}) OR (i.check_id IS NOT NULL AND i.severity = 'error'))`;
  const total = (db.prepare(`SELECT COUNT(DISTINCT r.id) AS n ${sql}`).get() as { n: number }).n;
  const reason = `CASE WHEN i.code IN (${damage}) THEN GROUP_CONCAT(i.message, char(10) ORDER BY i.id) ELSE MIN(i.message) END`;
  const rows = db
    .prepare(`SELECT f.path, i.code AS status, ${reason} AS reason ${sql} GROUP BY f.path, i.code ORDER BY i.code, f.path LIMIT ?`)
    .all(limit) as Attention[];
  return { total, rows };
}

/** The first finding of a report's file and code, whole: what `status --lang zh` words in Chinese. */
export function firstFinding(db: DB, path: string, code: string): FindingRow | undefined {
  return db
    .prepare(
      `SELECT i.code, i.check_id, i.message, i.left_value, i.right_value, i.cells FROM validation_issues i
       JOIN reports r ON r.id = i.report_id JOIN source_files f ON f.id = r.source_file_id
       WHERE f.path = ? AND i.code = ? ORDER BY i.id LIMIT 1`,
    )
    .get(path, code) as FindingRow | undefined;
}
