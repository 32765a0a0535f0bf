// The figures behind the report's body index and per-body sections, read from the views:
// v_bodies (who), v_yearly_comparison (the headline series from each year's primary report),
// v_findings (failing identity checks) and v_report_primary (the files).
import type { DB } from '../db.js';
import type { FindingRow } from '../zh/index.js';

export interface BodyRow {
  body_id: string;
  name: string;
  level: string | null;
  region_code: string | null;
  province: string | null;
  prefecture: string | null;
  county: string | null;
  first_year: number | null;
  last_year: number | null;
  reports: number;
  aliases: string | null;
}

export interface BodyFile {
  report_year: number | null;
  file: string;
  format: string | null;
  template: string | null;
  is_primary: number;
}

export interface BodyFinding extends FindingRow {
  report_year: number | null;
}

export interface BodyDetail {
  /** year → headline key → value, from the body-year's primary report. */
  series: Map<number, Map<string, number>>;
  findings: BodyFinding[];
  files: BodyFile[];
}

/** Every body, by region code (bodies without one last), the order of the index and of the sections. */
export function bodyIndex(db: DB): BodyRow[] {
  return db
    .prepare(
      `SELECT body_id, name, level, region_code, province, prefecture, county, first_year, last_year, reports, aliases
       FROM v_bodies ORDER BY region_code IS NULL, region_code, body_id`,
    )
    .all() as BodyRow[];
}

/**
 * The details of the given bodies, each view read once for all of them: a view filtered per body
 * would compute v_report_primary's window over every report once per body.
 */
export function bodyDetails(db: DB, ids: readonly string[]): Map<string, BodyDetail> {
  const out = new Map<string, BodyDetail>(ids.map((id) => [id, { series: new Map(), findings: [], files: [] }]));
  if (ids.length === 0) return out;
  const json = JSON.stringify(ids);
  const these = 'body_id IN (SELECT value FROM json_each(?))';
  const series = db.prepare(`SELECT body_id, report_year, key, value FROM v_yearly_comparison WHERE ${these} ORDER BY report_year`).all(json) as Array<{
    body_id: string;
    report_year: number;
    key: string;
    value: number;
  }>;
  for (const r of series) {
    const years = out.get(r.body_id)!.series;
    if (!years.has(r.report_year)) years.set(r.report_year, new Map());
    years.get(r.report_year)!.set(r.key, r.value);
  }
  // the checks of the reports the series come from; a copy repeats its primary's findings
  const findings = db
    .prepare(
      `SELECT body_id, report_year, code, check_id, message, left_value, right_value, cells FROM v_findings
       WHERE ${these} AND is_primary = 1 AND severity = 'error' AND check_id IS NOT NULL ORDER BY report_year, finding_id`,
    )
    .all(json) as Array<BodyFinding & { body_id: string }>;
  for (const f of findings) out.get(f.body_id)!.findings.push(f);
  const files = db
    .prepare(
      `SELECT p.body_id, p.report_year, p.file, p.format, r.template, p.is_primary FROM v_report_primary p JOIN reports r ON r.id = p.report_id
       WHERE p.${these} ORDER BY p.report_year, p.is_primary DESC, p.file`,
    )
    .all(json) as Array<BodyFile & { body_id: string }>;
  for (const f of files) out.get(f.body_id)!.files.push(f);
  return out;
}

/** An anchor id for a body that any browser accepts, whatever its name: its id's UTF-8 bytes in hex. */
export const bodyAnchor = (bodyId: string) => `body-${Buffer.from(bodyId, 'utf8').toString('hex')}`;
