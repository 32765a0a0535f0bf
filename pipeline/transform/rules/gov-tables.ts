// The 2019 trial and 2021 template tables (FORMATS.md §2–§4) as data.
import type { GovTemplate, Template } from '../report.js';
import { GOV_TEMPLATES } from '../templates.js';

import { MONEY_KEYS, SIGNED_KEY, T2_ROW_DEFS, T3_APPLICANTS, T3_COLUMNS, T3_ROW_DEFS, T4_KEYS, T4_KINDS, T4_RESULTS, t2Keys } from '../metrics/index.js';

// The label tables the table readers match with, derived from the metric registry
// (metrics/t2.ts, t3.ts, t4.ts), where each row is declared once.
export { MONEY_KEYS, SIGNED_KEY, T3_APPLICANTS, T3_COLUMNS, T4_KEYS, T4_KINDS, T4_RESULTS };

export interface T3RowRule {
  row: string;
  label: RegExp;
  /** Group label (（三）…（六）) the row must sit under, for labels that are ambiguous alone. */
  group?: string;
  templates?: Template[];
}

// Matched against the row's last label cell first (the most specific), whitespace removed.
export const T3_ROWS: T3RowRule[] = T3_ROW_DEFS.map((r) => ({
  row: r.row,
  label: r.label,
  ...(r.under ? { group: r.under } : {}),
  // a row of both templates is read in any table
  ...((r.readIn ?? r.printedIn).length < 2 ? { templates: [...(r.readIn ?? r.printedIn)] } : {}),
}));

/** Group labels of 表三 （三）不予公开 …（六）其他处理. */
export const T3_GROUP = /^\((三|四|五|六)\)/;

/**
 * The numbered sub-rows of each 表三 group as the 2021 template prints them, in order. A label
 * the rules above miss (a printed typo: "2.其他法律行政止公开") is read by its number inside its
 * group when its words are mostly these (figures/gov-tables.ts).
 */
export const T3_NUMBERED: Record<string, Array<{ row: string; printed: string }>> = {};
for (const r of T3_ROW_DEFS) if (r.group && r.numbered) (T3_NUMBERED[r.group] ??= []).push({ row: r.row, printed: r.numbered });

export interface T2RowRule {
  id: string;
  label: RegExp;
  /** Keys of the row's value columns in order, per template. Absent: not in that template. */
  columns: Partial<Record<GovTemplate, string[]>>;
  /** Unit of money columns when the cell states none (the 2021 header says 万元). */
  moneyUnit?: Partial<Record<GovTemplate, string>>;
}

export const T2_ROWS: T2RowRule[] = T2_ROW_DEFS.map((r) => ({
  id: r.id,
  label: r.label,
  columns: Object.fromEntries(GOV_TEMPLATES.filter((t) => r.columns[t]).map((t) => [t, t2Keys(r, t)])),
  ...(r.moneyUnit ? { moneyUnit: r.moneyUnit } : {}),
}));

/** Header words that tell the two templates apart (FORMATS.md §4). */
export const GOV2021_MARKERS = [/本年制发件数/, /本年废止件数/, /现行有效件数/, /逾期不补正/, /逾期未按收费通知/];
// only table header words: prose of any year mentions 政府集中采购 or 第二十条
export const GOV2019_MARKERS = [/本年新制作数量/, /本年新公开数量/, /对外公开总数量/, /上一年项目数量/, /采购总金额/];
export const GOV_TABLE_MARKERS = [/本年新收政府信息公开申请数量/, /上年结转政府信息公开申请数量/, /结转下年度继续办理/];
