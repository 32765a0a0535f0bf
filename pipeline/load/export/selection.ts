// Which rows an export keeps: one report year, one region and what lies below it. A filter
// that keeps no report is an error the CLI reports (exit 2), never a set of empty CSVs.
import type { DB } from '../db.js';

export interface Selection {
  year?: number;
  /** GB/T 2260 code; 150000 selects 内蒙古, 150700 呼伦贝尔市, 150724 鄂温克族自治旗. */
  region?: string;
}

export class EmptySelectionError extends Error {
  override readonly name = 'EmptySelectionError';
}

/** The code as a prefix: 150000 → 15, 150700 → 1507, 150724 → 150724, townships as they are. */
export function regionPrefix(code: string): string {
  if (!/^\d{6}(\d{3})?$/.test(code)) throw new Error(`region ${code} is not a 6- or 9-digit division code`);
  return code.length === 9 ? code : code.replace(/(00)+$/, '') || code;
}

/** The filter's terms over a view with these columns (a view without report_year is not filtered by year). */
export function termsOf(cols: readonly string[], sel: Selection): { terms: string[]; params: unknown[] } {
  const terms: string[] = [];
  const params: unknown[] = [];
  if (sel.year !== undefined && cols.includes('report_year')) {
    terms.push('report_year = ?');
    params.push(sel.year);
  }
  if (sel.region && cols.includes('region_code')) {
    terms.push('substr(region_code, 1, ?) = ?');
    const p = regionPrefix(sel.region);
    params.push(p.length, p);
  }
  return { terms, params };
}

/** The WHERE clause of a view with these columns (empty when nothing filters it). */
export function whereOf(cols: readonly string[], sel: Selection): { sql: string; params: unknown[] } {
  const { terms, params } = termsOf(cols, sel);
  return { sql: terms.length ? `WHERE ${terms.join(' AND ')}` : '', params };
}

/** The report years of the selected reports of present files (null: reports without a year). */
export function selectedYears(db: DB, sel: Selection): Array<number | null> {
  const w = whereOf(['report_year', 'region_code'], sel);
  const rows = db
    .prepare(
      `SELECT DISTINCT report_year FROM (SELECT r.report_year, r.region_code FROM v_report_primary p JOIN reports r ON r.id = p.report_id) ${w.sql} ORDER BY 1`,
    )
    .all(...w.params) as Array<{ report_year: number | null }>;
  return rows.map((r) => r.report_year);
}

/** Throws when the filters keep no report of a present file, naming what matched nothing. */
export function assertSelects(db: DB, sel: Selection): void {
  if (sel.year === undefined && !sel.region) return;
  if (selectedYears(db, sel).length) return;
  const what = [sel.year !== undefined ? `report year ${sel.year}` : '', sel.region ? `region ${sel.region}` : ''].filter(Boolean).join(' and ');
  const years = db.prepare('SELECT MIN(report_year) AS a, MAX(report_year) AS b FROM v_report_primary WHERE report_year IS NOT NULL').get() as {
    a: number | null;
    b: number | null;
  };
  throw new EmptySelectionError(`no report matches ${what} (the database holds report years ${years.a ?? '—'}–${years.b ?? '—'}); nothing written`);
}
