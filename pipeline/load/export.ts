// CSV exports of the analyst views: reports.csv (v_report_headline),
// yearly_comparison.csv (bodies as rows, years as column groups, with the change from the
// previous year for every headline metric) and region_year.csv (v_region_year).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DB } from './db.js';
import { writeCsvRows } from './csv.js';

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
  return writeCsvRows(file, cols, db.prepare('SELECT * FROM v_report_headline ORDER BY body_name, report_year, file').iterate() as Iterable<Record<string, unknown>>);
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
  // the years first (as columns), then one body at a time from rows sorted by body: the
  // pivot never holds more than one body in memory
  const years = (db.prepare('SELECT DISTINCT report_year FROM reports WHERE report_year IS NOT NULL ORDER BY 1').all() as Array<{ report_year: number }>).map((r) => r.report_year);
  const cols = ['body_name', 'region_code', ...years.flatMap((y) => HEADLINE_KEYS.flatMap((k) => [`${y} ${k}`, `${y} ${k} change`]))];
  const rows = db.prepare('SELECT body_name, region_code, report_year, key, value, change FROM v_yearly_comparison ORDER BY body_name, report_year, key').iterate() as Iterable<YearRow>;
  function* bodies(): Generator<Record<string, unknown>> {
    let current: Record<string, unknown> | undefined;
    for (const r of rows) {
      if (current && current.body_name !== r.body_name) {
        yield current;
        current = undefined;
      }
      current ??= { body_name: r.body_name, region_code: r.region_code };
      current[`${r.report_year} ${r.key}`] = r.value;
      if (r.change !== null) current[`${r.report_year} ${r.key} change`] = r.change;
    }
    if (current) yield current;
  }
  return writeCsvRows(file, cols, bodies());
}

/** v_region_year as it stands: province, prefecture, county rows per year and metric. */
export function exportRegionYear(db: DB, file: string): number {
  const cols = columnsOf(db, 'v_region_year');
  const rows = db.prepare(`SELECT * FROM v_region_year ORDER BY CASE level WHEN 'province' THEN 1 WHEN 'prefecture' THEN 2 ELSE 3 END, region_code, report_year, key`);
  return writeCsvRows(file, cols, rows.iterate() as Iterable<Record<string, unknown>>);
}

export const exportFiles = (outDir: string) => [path.join(outDir, 'reports.csv'), path.join(outDir, 'yearly_comparison.csv'), path.join(outDir, 'region_year.csv')];

export function writeExports(db: DB, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const files = exportFiles(outDir);
  exportReports(db, files[0]!);
  exportYearlyComparison(db, files[1]!);
  exportRegionYear(db, files[2]!);
  return files;
}
