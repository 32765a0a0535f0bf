// The figures behind the visual report, each a small table: the yearly trends of the
// headline metrics (as v_region_year sums them), applications received per province,
// the outcome mix of applications per year, reports per template per year, and data quality.
import type { DB } from '../db.js';

export interface Table {
  columns: string[];
  rows: Array<Array<string | number | null>>;
}

/** The metrics the report charts, each in its own small chart: their sizes differ a hundredfold. */
export const HEADLINE = ['proactive.total', 'applications.received', 'applications.handled', 'review.reconsideration.total', 'review.litigation.total'];

export interface ProvinceCell {
  report_year: number;
  province: string;
  key: string;
  value: number | null;
}

/**
 * The charted metrics of every province and year, read once for the trends and the provinces
 * (v_region_year computes its rollup for each query: two queries cost three times one).
 */
export function provinceCells(db: DB): ProvinceCell[] {
  return db
    .prepare(
      `SELECT report_year, province, key, value FROM v_region_year WHERE level = 'province' AND key IN (${HEADLINE.map(() => '?').join(',')}) ORDER BY report_year`,
    )
    .all(...HEADLINE) as ProvinceCell[];
}

/** The charted metrics per year, summed over the provinces (a sum of none stated is absent). */
export function yearlyTrends(cells: readonly ProvinceCell[]): Table {
  const sums = new Map<string, [number, string, number]>();
  for (const c of cells) {
    if (c.value === null) continue;
    const k = `${c.report_year}|${c.key}`;
    const cur = sums.get(k);
    if (cur) cur[2] += c.value;
    else sums.set(k, [c.report_year, c.key, c.value]);
  }
  return pivot([...sums.values()], HEADLINE);
}

export function receivedByProvince(cells: readonly ProvinceCell[]): Table {
  const rows = cells.filter((c) => c.key === 'applications.received' && c.value !== null);
  const provinces = [...new Set(rows.map((r) => r.province))].sort();
  return pivot(
    rows.map((r) => [r.report_year, r.province, r.value!]),
    provinces,
  );
}

/**
 * 表三's 总计 column, one report per body and year: not through v_applications, whose column
 * join reads every figure (5 s on 10,000 reports), nor metric_values, whose source-line join
 * SQLite keeps under a GROUP BY; each primary report's own figures, kept by key (CROSS JOIN
 * keeps that order and the + keeps SQLite from the key index, whose lookup of each figure
 * took 7 s at 100,000 reports). Exported for the plan's test.
 */
export const outcomeMixSql = `SELECT report_year, CASE WHEN instr(outcome, '.') > 0 THEN substr(outcome, 1, instr(outcome, '.') - 1) ELSE outcome END AS grp, SUM(value) AS v
  FROM (SELECT r.report_year, d.row_key AS outcome, f.value
        FROM v_report_primary p CROSS JOIN reports r ON r.id = p.report_id
        CROSS JOIN figures f ON f.report_id = r.id
        JOIN figure_keys k ON k.id = f.key_id JOIN metric_dictionary d ON d.key = k.key
        WHERE +f.key_id IN (SELECT k.id FROM metric_dictionary d JOIN figure_keys k ON k.key = d.key WHERE d.table_id = 't3' AND d.column_key = 'total')
          AND r.template IN ('gov2019', 'gov2021') AND p.is_primary AND r.report_year IS NOT NULL)
  WHERE outcome NOT IN ('received', 'carried_over', 'handled', 'carried_forward')
  GROUP BY report_year, grp ORDER BY report_year`;

/** 表三 outcomes grouped as the template groups them, all applicants, one report per body and year. */
export function outcomeMix(db: DB): Table {
  const groups = ['granted', 'partial', 'denied', 'unavailable', 'not_processed', 'other'];
  const rows = db.prepare(outcomeMixSql).all() as Array<{ report_year: number; grp: string; v: number }>;
  return pivot(
    rows.map((r) => [r.report_year, r.grp, r.v]),
    groups,
  );
}

export function templatesPerYear(db: DB): Table {
  const templates = ['narrative', 'stat2008', 'gov2019', 'gov2021'];
  const rows = db
    .prepare(
      `SELECT r.report_year, r.template, COUNT(*) AS v FROM v_report_primary p JOIN reports r ON r.id = p.report_id WHERE p.is_primary AND r.report_year IS NOT NULL GROUP BY 1, 2 ORDER BY 1`,
    )
    .all() as Array<{ report_year: number; template: string; v: number }>;
  return pivot(
    rows.map((r) => [r.report_year, r.template, r.v]),
    templates,
  );
}

export function dataQuality(db: DB): Table {
  const rows = db
    .prepare(
      `SELECT report_year,
         SUM(failing_checks > 0) AS failing, SUM(region_status <> 'decided') AS region, SUM(approximate_figures > 0) AS approximate,
         SUM(decoding_damage) AS damaged, COUNT(*) AS reports
       FROM v_data_quality WHERE report_year IS NOT NULL AND is_primary = 1 GROUP BY report_year ORDER BY report_year`,
    )
    .all() as Array<Record<string, number>>;
  return {
    columns: ['report_year', 'reports', 'failing_checks', 'region_undecided', 'approximate', 'decoding_damage'],
    rows: rows.map((r) => [r.report_year!, r.reports!, r.failing!, r.region!, r.approximate!, r.damaged!]),
  };
}

export interface Counts {
  reports: number;
  files: number;
  bodies: number;
  first: number | null;
  last: number | null;
}

/** Reports, not files: copies of one report (a page and its text dump) count once. */
export function datasetCounts(db: DB): Counts {
  const c = db
    .prepare(
      `SELECT SUM(r.is_primary) AS reports, COUNT(*) AS files, COUNT(DISTINCT r.body_id) AS bodies, MIN(r.report_year) AS first, MAX(r.report_year) AS last
       FROM reports r JOIN source_files f ON f.id = r.source_file_id WHERE f.present = 1`,
    )
    .get() as Omit<Counts, 'reports'> & { reports: number | null };
  return { ...c, reports: c.reports ?? 0 };
}

/** [year, series, value] rows → one row per year, one column per series. */
function pivot(cells: Array<[number, string, number]>, series: string[]): Table {
  const years = [...new Set(cells.map((c) => c[0]))].sort((a, b) => a - b);
  const at = new Map(cells.map(([y, s, v]) => [`${y}|${s}`, v]));
  return { columns: ['report_year', ...series], rows: years.map((y) => [y, ...series.map((s) => at.get(`${y}|${s}`) ?? null)]) };
}
