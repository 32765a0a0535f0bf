// Which template tables a report's figures came from, and how completely: 表二, 表三 and 表四
// are fixed grids, so every cell the template has and the report did not give is known.
// A table read in part or not at all becomes a finding naming it, so that a lost 表四 shows
// in data_quality instead of passing as a report with no appeals.
import type { MetricSet } from './metric-set.js';
import { T2_ROW_DEFS, T3_COLUMNS, T4_KEYS, t2Keys, t3RowsOf } from './metrics/index.js';
import type { GovTemplate, TableCoverage, ValidationIssue } from './report.js';

const TITLES = { 表二: '主动公开政府信息情况', 表三: '收到和处理政府信息公开申请情况', 表四: '政府信息公开行政复议、行政诉讼情况' } as const;

/** 表三's rows; a 2021 table that prints the single 2019 （六）其他处理 row has that row instead of the three. */
function t3Rows(set: MetricSet, template: GovTemplate): string[] {
  const rows = t3RowsOf(template);
  if (template === 'gov2021' && set.has('applications.other.total') && !set.has('applications.other.overdue_correction.total')) {
    return rows.filter((r) => !r.startsWith('other.')).concat('other');
  }
  return rows;
}

function expectedKeys(set: MetricSet, template: GovTemplate): Record<keyof typeof TITLES, string[]> {
  return {
    表二: T2_ROW_DEFS.flatMap((r) => t2Keys(r, template)),
    表三: t3Rows(set, template).flatMap((r) => T3_COLUMNS.map((c) => `applications.${r}.${c}`)),
    表四: T4_KEYS,
  };
}

export function tableCoverage(set: MetricSet, template: GovTemplate): { tables: TableCoverage[]; issues: ValidationIssue[] } {
  const tables: TableCoverage[] = [];
  const issues: ValidationIssue[] = [];
  for (const [table, keys] of Object.entries(expectedKeys(set, template)) as Array<[keyof typeof TITLES, string[]]>) {
    const read = keys.filter((k) => set.has(k));
    const missing = keys.filter((k) => !set.has(k));
    // glued text (web 文字版) is rebuilt from digit runs; a grid or row of cells is read as laid out
    const via = [...new Set(read.map((k) => (set.entry(k)!.rule.includes('.glued') ? 'glued text' : 'table')))].sort();
    const status = missing.length === 0 ? 'whole' : read.length === 0 ? 'missing' : 'partial';
    tables.push({ table, status, cells_read: read.length, cells_expected: keys.length, via });
    if (status === 'missing') {
      issues.push({
        code: 'table_missing',
        severity: 'warning',
        message: `${table} ${TITLES[table]}: the ${template} template has it, but none of its ${keys.length} cells was read`,
        cells: keys,
      });
    } else if (status === 'partial') {
      const shown = missing.slice(0, 8).join(', ');
      issues.push({
        code: 'table_incomplete',
        severity: 'warning',
        message: `${table} ${TITLES[table]}: ${read.length} of ${keys.length} cells read; not read: ${shown}${missing.length > 8 ? ` and ${missing.length - 8} more` : ''}`,
        cells: missing,
      });
    }
  }
  return { tables, issues };
}
