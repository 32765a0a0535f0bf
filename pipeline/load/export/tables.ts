// The tables an export writes, one per analyst view, each with its file, its sheet and its
// order; the CSV and the workbook writers both read them from here. Rows are streamed from
// SQLite (a national database never sits in memory), filtered by the selection and, for
// `--lang zh`, translated as they pass.
import { columnsOf, type DB } from '../db.js';
import { headlineKeys } from '../dictionary.js';
import type { Lang, Translator } from '../zh/index.js';
import { whereOf, type Selection } from './selection.js';

export interface ExportOptions extends Selection {
  lang?: Lang;
  /** Also the views with a row per figure (applications, review, provenance): large at national scale. */
  full?: boolean;
  /** The map of the regional rollup: as it stood in each report year (default) or today's. */
  map?: 'year' | 'current';
}

export interface ViewExport {
  file: string;
  view: string;
  order: string;
  /** The workbook's sheet in Chinese (an English workbook names sheets by file). */
  sheetZh: string;
  full?: boolean;
}

/** One CSV per view; `full` ones (a row per figure) only from `disclosure export`. */
export const VIEWS: readonly ViewExport[] = [
  { file: 'reports.csv', view: 'v_report_headline', order: 'body_id, report_year, is_primary DESC, file', sheetZh: '报告' },
  { file: 'bodies.csv', view: 'v_bodies', order: 'region_code, body_id', sheetZh: '机关' },
  {
    file: 'region_year.csv',
    view: 'v_region_year',
    order: `CASE level WHEN 'province' THEN 1 WHEN 'prefecture' THEN 2 ELSE 3 END, region_code, report_year, key`,
    sheetZh: '区域年度',
  },
  { file: 'region_year_consolidated.csv', view: 'v_region_year_consolidated', order: 'region_code, report_year, body_name, key', sheetZh: '汇总报告' },
  { file: 'applications.csv', view: 'v_applications', order: 'body_name, report_year, file, outcome, applicant_position', sheetZh: '依申请公开', full: true },
  { file: 'review.csv', view: 'v_review', order: 'body_name, report_year, file, kind, result', sheetZh: '复议诉讼', full: true },
  { file: 'data_quality.csv', view: 'v_data_quality', order: 'body_name, report_year, file', sheetZh: '数据质量' },
  { file: 'findings.csv', view: 'v_findings', order: 'body_name, report_year, file, finding_id', sheetZh: '问题清单', full: true },
  { file: 'provenance.csv', view: 'v_provenance', order: 'file, key', sheetZh: '数据来源', full: true },
  { file: 'metric_dictionary.csv', view: 'metric_dictionary', order: 'key', sheetZh: '指标字典' },
];
export const YEARLY = { file: 'yearly_comparison.csv', sheetZh: '逐年对比' } as const;

/** A table ready to write: its columns, their headers in the export's language, its rows. */
export interface ExportTable {
  file: string;
  sheet: string;
  columns: string[];
  headers: string[];
  rows: Iterable<Record<string, unknown>>;
}

function* mapRows(rows: Iterable<Record<string, unknown>>, f: (r: Record<string, unknown>) => Record<string, unknown>) {
  for (const r of rows) yield f(r);
}

export function* viewTables(db: DB, t: Translator, opts: ExportOptions): Generator<ExportTable> {
  for (const v of VIEWS.filter((x) => opts.full || !x.full)) {
    const view = v.view === 'v_region_year' && opts.map === 'current' ? 'v_region_year_current' : v.view;
    const cols = columnsOf(db, view);
    const w = whereOf(cols, opts);
    const rows = db.prepare(`SELECT * FROM ${view} ${w.sql} ORDER BY ${v.order}`).iterate(...w.params) as Iterable<Record<string, unknown>>;
    const columns = t.columns(cols);
    yield {
      file: v.file,
      sheet: t.lang === 'zh' ? v.sheetZh : v.file.replace(/\.csv$/, ''),
      columns,
      headers: columns.map(t.header),
      rows: mapRows(rows, t.row),
    };
  }
  yield yearlyComparison(db, t, opts);
}

interface YearRow {
  body_id: string;
  body_name: string;
  region_code: string | null;
  report_year: number;
  key: string;
  value: number;
  change: number | null;
}

/** Bodies as rows, years as column groups; rows sorted by body, so one body at a time in memory. */
export function yearlyComparison(db: DB, t: Translator, opts: ExportOptions = {}): ExportTable {
  // the years of the primary reports of present files: a year only missing files had gets no columns
  const years = (
    db.prepare('SELECT DISTINCT report_year FROM v_report_primary WHERE is_primary AND report_year IS NOT NULL ORDER BY 1').all() as Array<{
      report_year: number;
    }>
  )
    .map((r) => r.report_year)
    .filter((y) => opts.year === undefined || y === opts.year);
  const headline = headlineKeys(db);
  const columns = ['body_id', 'body_name', 'region_code', ...years.flatMap((y) => headline.flatMap((k) => [`${y} ${k}`, `${y} ${k} change`]))];
  const w = whereOf(['report_year', 'region_code'], opts);
  const rows = db
    .prepare(`SELECT body_id, body_name, region_code, report_year, key, value, change FROM v_yearly_comparison ${w.sql} ORDER BY body_id, report_year, key`)
    .iterate(...w.params) as Iterable<YearRow>;
  function* bodies(): Generator<Record<string, unknown>> {
    let current: Record<string, unknown> | undefined;
    for (const r of rows) {
      if (current && current.body_id !== r.body_id) {
        yield current;
        current = undefined;
      }
      current ??= { body_id: r.body_id, body_name: r.body_name, region_code: r.region_code };
      current[`${r.report_year} ${r.key}`] = r.value;
      if (r.change !== null) current[`${r.report_year} ${r.key} change`] = r.change;
    }
    if (current) yield current;
  }
  return { file: YEARLY.file, sheet: t.lang === 'zh' ? YEARLY.sheetZh : 'yearly_comparison', columns, headers: columns.map(t.header), rows: bodies() };
}
