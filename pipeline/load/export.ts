// CSV exports, one per analyst view (UTF-8 with BOM, for Excel), streamed so that a national
// database never sits in memory. Column order is the view's, stable between runs. Filters:
// a report year and a region (a 6- or 9-digit code: its province, prefecture or county and
// everything below it). Headers in English (column names) or Chinese (the metric dictionary
// and the labels below).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DB } from './db.js';
import { writeCsvRows } from './csv.js';
import { dictionaryLabels, headlineKeys } from './dictionary.js';

export interface ExportOptions {
  headers?: 'en' | 'zh';
  /** Also the views with a row per figure (applications, review, provenance): large at national scale. */
  full?: boolean;
  year?: number;
  /** GB/T 2260 code; 150000 selects 内蒙古, 150700 呼伦贝尔市, 150724 鄂温克族自治旗. */
  region?: string;
  /** The map of the regional rollup: as it stood in each report year (default) or today's. */
  map?: 'year' | 'current';
}

/** One CSV per view: file name, view, order; `full` ones (a row per figure) only from `disclosure export`. */
const VIEWS: Array<{ file: string; view: string; order: string; full?: boolean }> = [
  { file: 'reports.csv', view: 'v_report_headline', order: 'body_id, report_year, is_primary DESC, file' },
  { file: 'bodies.csv', view: 'v_bodies', order: 'region_code, body_id' },
  {
    file: 'region_year.csv',
    view: 'v_region_year',
    order: `CASE level WHEN 'province' THEN 1 WHEN 'prefecture' THEN 2 ELSE 3 END, region_code, report_year, key`,
  },
  { file: 'region_year_consolidated.csv', view: 'v_region_year_consolidated', order: 'region_code, report_year, body_name, key' },
  { file: 'applications.csv', view: 'v_applications', order: 'body_name, report_year, file, outcome, applicant_position', full: true },
  { file: 'review.csv', view: 'v_review', order: 'body_name, report_year, file, kind, result', full: true },
  { file: 'data_quality.csv', view: 'v_data_quality', order: 'body_name, report_year, file' },
  { file: 'provenance.csv', view: 'v_provenance', order: 'file, key', full: true },
  { file: 'metric_dictionary.csv', view: 'metric_dictionary', order: 'key' },
];

/** Chinese headers of the views' own columns (metric columns come from the dictionary). */
const COLUMN_ZH: Record<string, string> = {
  report_id: '报告编号',
  file: '文件',
  format: '文件格式',
  encoding: '编码',
  body_name: '报告机关',
  body_short_name: '机关简称',
  body_level: '机关层级',
  scope: '范围',
  report_year: '报告年度',
  template: '格式',
  period_start: '统计起始日',
  period_end: '统计截止日',
  published_on: '发布日期',
  region_code: '区划代码',
  province: '省级',
  prefecture: '地级',
  county: '县级',
  township: '乡级',
  region_confidence: '区划可信度',
  region_status: '区划状态',
  failing_checks: '勾稽关系不符项数',
  figures: '数字项数',
  level: '层级',
  key: '指标',
  value: '数值',
  reports: '报告数',
  reports_in_region: '区域报告总数',
  outcome: '办理结果',
  applicant: '申请人类型',
  applicant_position: '申请人列序',
  count: '件数',
  flags: '标记',
  kind: '类别',
  result: '结果',
  unit: '单位',
  raw_text: '原文数字',
  snippet: '出处原文',
  offset: '字符位置',
  rule: '读取规则',
  cross_year_mismatches: '跨年结转不符项数',
  text_table_mismatches: '正文与表格不符项数',
  unread_glued_rows: '未能拆分的粘连行',
  approximate_figures: '约数项数',
  derived_figures: '推算项数',
  blank_cells: '空白单元格数',
  decoding_damage: '解码损坏',
  missing_sections: '缺失表格',
  label_zh: '中文名称',
  label_en: '英文名称',
  templates: '适用格式',
  comparable: '跨格式可比',
  caveat: '说明',
  change: '变化',
  previous_value: '上年数值',
  previous_year: '上一年度',
  change_pct: '变化率(%)',
  headline_rank: '主要指标序号',
  body_id: '机关编号',
  body_name_printed: '报告所署机关名称',
  body_full_name: '机关全称',
  body_kind: '机关类别',
  organ: '机关',
  region_code_current: '现行区划代码',
  copy_group: '副本组',
  is_primary: '主报告',
  basis: '汇总依据',
  bodies: '机关数',
  consolidated: '其中汇总报告数',
  name: '机关名称',
  aliases: '所署名称',
  headline_not_stated: '未载明的主要指标',
  first_year: '首个年度',
  last_year: '最近年度',
  incomplete_sections: '未读全的表格',
  table_id: '所在表格',
  row_key: '行',
  column_key: '列',
};

function columnsOf(db: DB, view: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(view) as Array<{ name: string }>).map((r) => r.name);
}

/** The code as a prefix: 150000 → 15, 150700 → 1507, 150724 → 150724, townships as they are. */
export function regionPrefix(code: string): string {
  if (!/^\d{6}(\d{3})?$/.test(code)) throw new Error(`region ${code} is not a 6- or 9-digit division code`);
  return code.length === 9 ? code : code.replace(/(00)+$/, '') || code;
}

function where(cols: string[], opts: ExportOptions): { sql: string; params: unknown[] } {
  const terms: string[] = [];
  const params: unknown[] = [];
  if (opts.year !== undefined && cols.includes('report_year')) {
    terms.push('report_year = ?');
    params.push(opts.year);
  }
  if (opts.region && cols.includes('region_code')) {
    terms.push('substr(region_code, 1, ?) = ?');
    const p = regionPrefix(opts.region);
    params.push(p.length, p);
  }
  return { sql: terms.length ? `WHERE ${terms.join(' AND ')}` : '', params };
}

/** Chinese header of a column: its own label, a metric's (proactive_total), or a year's metric ("2017 proactive.total change"). */
function zhHeader(col: string, labels: Map<string, string>, headline: readonly string[]): string {
  if (COLUMN_ZH[col]) return COLUMN_ZH[col]!;
  const m = /^(\d{4}) (\S+?)( change)?$/.exec(col);
  if (m) return `${m[1]} ${labels.get(m[2]!) ?? m[2]}${m[3] ? ' 变化' : ''}`;
  const key = headline.find((k) => col === k.replaceAll('.', '_') || col === `${k.replaceAll('.', '_')}_yuan`);
  return key ? `${labels.get(key) ?? key}${col.endsWith('_yuan') ? '(元)' : ''}` : col;
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
export function exportYearlyComparison(db: DB, file: string, opts: ExportOptions = {}, header = (c: string) => c): number {
  // the years of the primary reports of present files: a year only missing files had gets no columns
  const years = (
    db.prepare('SELECT DISTINCT report_year FROM v_report_primary WHERE is_primary AND report_year IS NOT NULL ORDER BY 1').all() as Array<{
      report_year: number;
    }>
  )
    .map((r) => r.report_year)
    .filter((y) => opts.year === undefined || y === opts.year);
  const headline = headlineKeys(db);
  const cols = ['body_id', 'body_name', 'region_code', ...years.flatMap((y) => headline.flatMap((k) => [`${y} ${k}`, `${y} ${k} change`]))];
  const w = where(['report_year', 'region_code'], opts);
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
  return writeCsvRows(file, cols, bodies(), cols.map(header));
}

export const exportFiles = (outDir: string, full = false) => [
  ...VIEWS.filter((v) => full || !v.full).map((v) => path.join(outDir, v.file)),
  path.join(outDir, 'yearly_comparison.csv'),
];

export function writeExports(db: DB, outDir: string, opts: ExportOptions = {}): string[] {
  mkdirSync(outDir, { recursive: true });
  const labels = opts.headers === 'zh' ? dictionaryLabels(db) : new Map<string, string>();
  const headline = headlineKeys(db);
  const header = (c: string) => (opts.headers === 'zh' ? zhHeader(c, labels, headline) : c);
  const written: string[] = [];
  for (const v of VIEWS.filter((x) => opts.full || !x.full)) {
    const view = v.view === 'v_region_year' && opts.map === 'current' ? 'v_region_year_current' : v.view;
    const cols = columnsOf(db, view);
    const w = where(cols, opts);
    const rows = db.prepare(`SELECT * FROM ${view} ${w.sql} ORDER BY ${v.order}`).iterate(...w.params) as Iterable<Record<string, unknown>>;
    const file = path.join(outDir, v.file);
    writeCsvRows(file, cols, rows, cols.map(header));
    written.push(file);
  }
  const yearly = path.join(outDir, 'yearly_comparison.csv');
  exportYearlyComparison(db, yearly, opts, header);
  return [...written, yearly];
}
