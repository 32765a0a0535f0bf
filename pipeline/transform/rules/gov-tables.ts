// The 2019 trial and 2021 template tables (FORMATS.md §2–§4) as data.
import { T3_ROW_DEFS } from '../metrics/index.js';

// What the table readers need beside the metric registry (metrics/t2.ts, t3.ts, t4.ts, where
// each row and its label rule are declared once): group labels, numbered sub-rows, markers.

/** Group labels of 表三 （三）不予公开 …（六）其他处理. */
export const T3_GROUP = /^\((三|四|五|六)\)/;

/**
 * The numbered sub-rows of each 表三 group as the 2021 template prints them, in order. A label
 * the registry's label rules miss (a printed typo: "2.其他法律行政止公开") is read by its number inside its
 * group when its words are mostly these (figures/gov-tables.ts).
 */
export const T3_NUMBERED: Record<string, Array<{ row: string; printed: string }>> = {};
for (const r of T3_ROW_DEFS) if (r.group && r.numbered) (T3_NUMBERED[r.group] ??= []).push({ row: r.row, printed: r.numbered });

/** Header words that tell the two templates apart (FORMATS.md §4). */
export const GOV2021_MARKERS = [/本年制发件数/, /本年废止件数/, /现行有效件数/, /逾期不补正/, /逾期未按收费通知/];
// only table header words: prose of any year mentions 政府集中采购 or 第二十条
export const GOV2019_MARKERS = [/本年新制作数量/, /本年新公开数量/, /对外公开总数量/, /上一年项目数量/, /采购总金额/];
export const GOV_TABLE_MARKERS = [/本年新收政府信息公开申请数量/, /上年结转政府信息公开申请数量/, /结转下年度继续办理/];
