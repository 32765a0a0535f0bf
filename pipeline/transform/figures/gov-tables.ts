// Reads 表二, 表三 and 表四 of the 2019 and 2021 templates from table rows, with the rule
// tables of rules/gov-tables.ts. A blank cell is a stated 0 (`blank_cell`); a blank 总计
// whose parts are filled is derived as their sum (`derived`).
import type { MetricSet } from '../metric-set.js';
import { MONEY_KEYS, SIGNED_KEY, T2_ROW_DEFS, T3_APPLICANTS, T3_COLUMNS, T3_ROW_DEFS, T4_KEYS, TOLERANCE, t2Keys, type T3RowDef } from '../metrics/index.js';
import { parseCell } from '../numbers.js';
import type { RowView } from '../rows.js';
import { T3_GROUP, T3_NUMBERED } from '../rules/gov-tables.js';
import { readCell } from './cells.js';
import { similarity } from './similarity.js';
import type { GovTemplate } from '../report.js';

/** A numbered sub-row's label: its number and its words ("（2）其他法律行政止公开"). */
const NUMBERED = /^[（(]?(\d{1,2})[)）.、．]\s*(.+)$/;
/** How much of the printed label a typo'd one must keep, in order, to be read as it. */
const MIN_SIMILARITY = 0.6;
/** The group a matched row belongs to: a row matched by its words places the rows after it. */
const GROUP_OF = Object.fromEntries(Object.entries(T3_NUMBERED).flatMap(([g, rows]) => rows.map((r) => [r.row, g])));

/** A label no rule matched, read by its number inside its group when its words are mostly the printed ones. */
function numberedRule(last: string, group: string | undefined): T3RowDef | undefined {
  const m = NUMBERED.exec(last);
  const printed = group && m ? T3_NUMBERED[group]?.[Number(m[1]) - 1] : undefined;
  if (!printed || similarity(m![2]!, printed.printed) < MIN_SIMILARITY) return undefined;
  return T3_ROW_DEFS.find((r) => r.row === printed.row);
}

function t3Rule(labels: string[], group: string | undefined, template: GovTemplate): T3RowDef | undefined {
  const last = labels[labels.length - 1];
  if (!last) return undefined;
  return (
    T3_ROW_DEFS.find((r) => r.label.test(last) && (!r.under || r.under === group) && (r.readIn ?? r.printedIn).includes(template)) ?? numberedRule(last, group)
  );
}

/** A label ending in a figure: in aligned columns, the row's first figure ran into it. */
const figureInLabel = (label: string) => /\d$/.test(label);

/** A cell's number, a blank as 0; undefined for text or "/". */
const countOf = (raw: string) => {
  const c = parseCell(raw);
  return c.kind === 'number' ? c.value : c.kind === 'blank' ? 0 : undefined;
};

/**
 * A row whose columns were inferred from alignment ('aligned') is taken only where its own
 * arithmetic holds: a figure that ran into its label leaves a blank that would read as a
 * stated 0, and a row shifted by one column moves its figures under other keys. The sum
 * check catches both; such a row is left absent with a finding naming it.
 */
function alignedRowHolds(set: MetricSet, row: RowView, what: string, blocks: Array<[parts: string[], total: string]>): boolean {
  if (row.via !== 'aligned') return true;
  // a row of zeros and blanks is zeros wherever its figures stand, unless a figure ran into its label
  const cells = blocks.flatMap(([parts, total]) => [...parts, total]);
  if (cells.every((c) => countOf(c) === 0) && !figureInLabel(row.labels[row.labels.length - 1] ?? '')) return true;
  for (const [parts, total] of blocks) {
    const nums = parts.map(countOf);
    const t = parseCell(total);
    if (t.kind === 'number' && nums.every((n) => n !== undefined) && Math.abs(nums.reduce((a, b) => a! + b!, 0)! - t.value) < TOLERANCE) continue;
    set.issues.push({
      code: 'unaligned_row',
      severity: 'warning',
      message: `${what}: the figures of "${row.snippet.slice(0, 80)}" were placed in columns by alignment and do not add up to their 总计 (${parts.map((p) => p || '·').join(' + ')} ≠ ${total || '·'}); left absent`,
    });
    return false;
  }
  return true;
}

/** Stores a row of applicant cells; a blank 总计 with filled parts becomes their sum. */
function readT3Row(set: MetricSet, row: RowView, rule: T3RowDef): void {
  const rid = `t3.${rule.row}`;
  const cells = row.values;
  if (!alignedRowHolds(set, row, `表三 ${rule.row}`, [[cells.slice(0, 6), cells[6]!]])) return;
  T3_APPLICANTS.forEach((col, i) => readCell(set, row, cells[i]!, { key: `applications.${rule.row}.${col}`, rule: rid }));
  const total = `applications.${rule.row}.total`;
  if (parseCell(cells[6]!).kind === 'blank') {
    const parts = T3_APPLICANTS.map((c) => set.get(`applications.${rule.row}.${c}`));
    if (parts.every((p) => p !== undefined) && parts.some((p) => p! > 0)) {
      const sum = parts.reduce((a, b) => a! + b!, 0)!;
      set.add({ key: total, value: sum, raw: '', snippet: row.snippet, offset: row.offset, rule: `${rid}.derived_total`, flags: ['derived'] });
      return;
    }
  }
  readCell(set, row, cells[6]!, { key: total, rule: rid });
}

function readT4Row(set: MetricSet, row: RowView): void {
  const v = row.values;
  if (
    !alignedRowHolds(
      set,
      row,
      '表四',
      [0, 5, 10].map((i): [string[], string] => [v.slice(i, i + 4), v[i + 4]!]),
    )
  )
    return;
  T4_KEYS.forEach((key, i) => readCell(set, row, row.values[i]!, { key, rule: 't4' }));
}

/** Column headings of the template tables: two in one row's labels make it a header row. */
const HEADER_CELL =
  /^(?:自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|申请人情况|本年新制作数量|本年新公开数量|对外公开总数量|本年制发件数|本年废止件数|现行有效件数|上一年项目数量|本年增\/减|处理决定数量|结果维持|结果纠正|其他结果|尚未审结)$/;

export function readGovTables(rows: RowView[], template: GovTemplate, set: MetricSet): void {
  let group: string | undefined;
  for (const row of rows) {
    for (const l of row.labels) {
      const g = T3_GROUP.exec(l);
      if (g) group = g[1];
      // 三、本年度办理结果 is the groups' parent, printed beside every one of them: no reset
      else if (/^(\([一二七]\)|[一二四]、)/.test(l)) group = undefined;
    }
    const n = row.values.length;
    if (!n) continue;
    // a header row (自然人 | 法人或其他组织 | 总计 | | |): its 总计 is a column heading, and
    // the blanks after it are no stated zeros
    // (headings run into a data row's label cells, "本年制发件数 | … | 规章 | 0 | 0 | 0", are not one)
    const lastLabel = row.labels[row.labels.length - 1] ?? '';
    if (row.labels.filter((l) => HEADER_CELL.test(l)).length >= 2 && (HEADER_CELL.test(lastLabel) || lastLabel === '总计')) continue;
    // 表二's label column is headed 信息内容: a layout that runs the heading into the first row's label
    const last = (row.labels[row.labels.length - 1] ?? '').replace(/^信息内容(?=.)/, '');
    const t3 = t3Rule(row.labels, group, template);
    if (t3 && n === T3_COLUMNS.length) {
      readT3Row(set, row, t3);
      // the group cell may be empty on this row (a merged cell cut by a page break)
      group = GROUP_OF[t3.row] ?? group;
      continue;
    }
    const t2 = T2_ROW_DEFS.find((r) => r.label.test(last));
    const cols = t2 ? t2Keys(t2, template) : [];
    if (t2 && cols.length) {
      if (n !== cols.length) {
        set.issues.push({
          code: 'unexpected_columns',
          severity: 'warning',
          message: `${t2.id}: ${n} value cells where the ${template} template has ${cols.length}: "${row.snippet.slice(0, 80)}"`,
        });
        continue;
      }
      cols.forEach((key, i) =>
        readCell(set, row, row.values[i]!, {
          // 表二 has no sum to check a blank by: in aligned columns it may be a figure that ran into
          // its label, or stand in another column; a row of one column whose label ends in no
          // figure has nowhere else for it
          blankIsZero: row.via !== 'aligned' || (cols.length === 1 && !figureInLabel(last)),
          key,
          rule: t2.id,
          signed: SIGNED_KEY.test(key),
          moneyUnit: MONEY_KEYS.has(key) ? (t2.moneyUnit?.[template] ?? '元') : undefined,
        }),
      );
      continue;
    }
    if (!t3 && n === T4_KEYS.length) readT4Row(set, row);
  }
}
