// CSV exports of the analyst views: reports.csv (v_report_headline),
// yearly_comparison.csv (bodies as rows, years as column groups, with the change from the
// previous year for every headline metric) and region_year.csv (v_region_year).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DB } from './db.js';
import { writeCsv } from './csv.js';

export const HEADLINE_KEYS = [
  'proactive.total',
  'applications.received',
  'applications.carried_over',
  'applications.handled',
  'applications.granted',
  'applications.partial',
  'applications.denied',
  'applications.carried_forward',
  'fees.application',
  'review.reconsideration.total',
  'review.litigation.total',
  'complaints.total',
] as const;

function columnsOf(db: DB, view: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(view) as Array<{ name: string }>).map((r) => r.name);
}

export function exportReports(db: DB, file: string): number {
  const cols = columnsOf(db, 'v_report_headline');
  const rows = db.prepare('SELECT * FROM v_report_headline ORDER BY body_name, report_year, file').all() as Array<Record<string, unknown>>;
  writeCsv(file, cols, rows);
  return rows.length;
}

interface YearRow {
  body_name: string;
  region_code: string | null;
  report_year: number;
  key: string;
  value: number;
  change: number | null;
}

export function exportYearlyComparison(db: DB, file: string): number {
  const rows = db.prepare('SELECT body_name, region_code, report_year, key, value, change FROM v_yearly_comparison ORDER BY body_name, report_year, key').all() as YearRow[];
  const years = [...new Set(rows.map((r) => r.report_year))].sort((a, b) => a - b);
  const bodies = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const b = bodies.get(r.body_name) ?? { body_name: r.body_name, region_code: r.region_code };
    b[`${r.report_year} ${r.key}`] = r.value;
    if (r.change !== null) b[`${r.report_year} ${r.key} change`] = r.change;
    bodies.set(r.body_name, b);
  }
  const cols = ['body_name', 'region_code', ...years.flatMap((y) => HEADLINE_KEYS.flatMap((k) => [`${y} ${k}`, `${y} ${k} change`]))];
  writeCsv(file, cols, [...bodies.values()]);
  return bodies.size;
}

/** v_region_year as it stands: province, prefecture, county rows per year and metric. */
export function exportRegionYear(db: DB, file: string): number {
  const cols = columnsOf(db, 'v_region_year');
  const rows = db
    .prepare(`SELECT * FROM v_region_year ORDER BY CASE level WHEN 'province' THEN 1 WHEN 'prefecture' THEN 2 ELSE 3 END, region_code, report_year, key`)
    .all() as Array<Record<string, unknown>>;
  writeCsv(file, cols, rows);
  return rows.length;
}

export function writeExports(db: DB, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const files = [path.join(outDir, 'reports.csv'), path.join(outDir, 'yearly_comparison.csv'), path.join(outDir, 'region_year.csv')];
  exportReports(db, files[0]!);
  exportYearlyComparison(db, files[1]!);
  exportRegionYear(db, files[2]!);
  return files;
}
