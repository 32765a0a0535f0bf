// What `disclosure status` reports: the last runs, and the files and reports that need a
// person: unreadable files (failed, needs_ocr), reports whose region is undecided, reports
// whose published tables break their own arithmetic, and reports read from a damaged file
// (a PDF with broken objects or fonts, text with characters that could not be decoded).
import type { DB } from './db.js';
import type { RunCounts } from './runs.js';

export interface RunRow extends RunCounts {
  id: number;
  started_at: string;
  finished_at: string | null;
  mode: string;
  status: string;
  parser_version: string;
  host: string;
  workers: number | null;
}

export interface Attention {
  path: string;
  status: string;
  reason: string;
}

export function lastRuns(db: DB, n: number): RunRow[] {
  return db.prepare('SELECT * FROM runs ORDER BY id DESC LIMIT ?').all(n) as RunRow[];
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
